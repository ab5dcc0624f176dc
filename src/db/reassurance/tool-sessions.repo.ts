import type { Actor } from '../../core/account/actor.js';
import type { SortKey } from '../../core/paging.js';
import type { Tool, ToolSession } from '../../contracts/reassurance/tools.js';
import { toolSessionContributions } from '../../core/reassurance/rollups.js';
import type { Executor, Tx } from '../database.js';
import { before } from '../keyset.js';
import { InsightRollupsRepo } from './insight-rollups.repo.js';
import type { ToolSessionsTable } from '../schema.js';

const columns = [
  'id',
  'tool',
  'variant',
  'started_at',
  'duration_seconds',
  'distress_before',
  'distress_after',
  'urge_id',
  'created_at',
] as const;
type Row = Pick<ToolSessionsTable, (typeof columns)[number]>;

function toSession(r: Row): ToolSession {
  return {
    id: r.id,
    tool: r.tool as Tool,
    variant: r.variant,
    startedAt: r.started_at,
    durationSeconds: r.duration_seconds,
    distressBefore: r.distress_before,
    distressAfter: r.distress_after,
    urgeId: r.urge_id,
    createdAt: r.created_at,
  };
}

export class ToolSessionsRepo<E extends Executor = Executor> {
  constructor(private readonly db: E) {}

  /**
   * The session and its insight rollups are written together. The
   * caller checks that `urgeId`, when set, is one of the actor's own urges (UrgesRepo.owns).
   */
  async insert(this: ToolSessionsRepo<Tx>, actor: Actor, s: ToolSession): Promise<void> {
    await this.db
      .insertInto('tool_sessions')
      .values({
        id: s.id,
        user_id: actor.userId,
        tool: s.tool,
        variant: s.variant,
        started_at: s.startedAt,
        duration_seconds: s.durationSeconds,
        distress_before: s.distressBefore,
        distress_after: s.distressAfter,
        urge_id: s.urgeId,
        created_at: s.createdAt,
      })
      .execute();
    await new InsightRollupsRepo(this.db).add(actor.userId, toolSessionContributions(s));
  }

  async get(actor: Actor, id: string): Promise<ToolSession | undefined> {
    const r = await this.db
      .selectFrom('tool_sessions')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toSession(r);
  }

  /** Newest startedAt first; fetches `limit + 1` so the caller can tell whether another page exists. */
  async list(
    actor: Actor,
    opts: { from?: string | undefined; to?: string | undefined; after?: SortKey | null; limit: number },
  ): Promise<ToolSession[]> {
    let q = this.db.selectFrom('tool_sessions').select(columns).where('user_id', '=', actor.userId);
    if (opts.from !== undefined) q = q.where('started_at', '>=', opts.from);
    if (opts.to !== undefined) q = q.where('started_at', '<', opts.to);
    if (opts.after) q = q.where(before('started_at', opts.after));
    const rows = await q
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(opts.limit + 1)
      .execute();
    return rows.map(toSession);
  }

  /** Everything, oldest first, for export. */
  async all(actor: Actor): Promise<ToolSession[]> {
    const rows = await this.db
      .selectFrom('tool_sessions')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .orderBy('started_at')
      .orderBy('id')
      .execute();
    return rows.map(toSession);
  }

  /** The session's share of the rollups goes with it. */
  async delete(this: ToolSessionsRepo<Tx>, actor: Actor, id: string): Promise<boolean> {
    const gone = await this.db
      .deleteFrom('tool_sessions')
      .where('user_id', '=', actor.userId)
      .where('id', '=', id)
      .returning(['tool', 'started_at', 'distress_before', 'distress_after'])
      .executeTakeFirst();
    if (!gone) return false;
    await new InsightRollupsRepo(this.db).remove(
      actor.userId,
      toolSessionContributions({
        tool: gone.tool,
        startedAt: gone.started_at,
        distressBefore: gone.distress_before,
        distressAfter: gone.distress_after,
      }),
    );
    return true;
  }
}
