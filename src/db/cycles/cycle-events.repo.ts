import type { Actor } from '../../core/account/actor.js';
import type { StageEvent } from '../../core/cycles/cycles.js';
import type { PairMember } from '../../core/pair/member.js';
import type { SortKey } from '../../core/paging.js';
import type { CycleEvent } from '../../contracts/cycles/cycles.js';
import type { Executor } from '../database.js';
import { before } from '../keyset.js';
import type { CycleEventsTable } from '../schema.js';

const columns = ['id', 'occurred_at', 'stage', 'actor', 'intensity', 'triggers', 'note', 'shared', 'created_at', 'updated_at'] as const;
type Row = Pick<CycleEventsTable, (typeof columns)[number]>;

const toEvent = (r: Row): CycleEvent => ({
  id: r.id,
  occurredAt: r.occurred_at,
  stage: r.stage as CycleEvent['stage'],
  actor: r.actor as CycleEvent['actor'],
  intensity: r.intensity,
  triggers: JSON.parse(r.triggers) as string[],
  note: r.note,
  shared: r.shared === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRow = (e: CycleEvent) => ({
  occurred_at: e.occurredAt,
  stage: e.stage,
  actor: e.actor,
  intensity: e.intensity,
  triggers: JSON.stringify(e.triggers),
  note: e.note,
  shared: e.shared ? 1 : 0,
  updated_at: e.updatedAt,
});

export interface SharedMoment extends Omit<CycleEvent, 'note' | 'shared' | 'updatedAt'> {
  authorId: string;
}

export class CycleEventsRepo {
  constructor(private readonly db: Executor) {}

  /** `pairId`: the author's pair now, which a shared moment is shown to; null when they are in none. */
  async insert(actor: Actor, e: CycleEvent, pairId: string | null): Promise<void> {
    await this.db
      .insertInto('cycle_events')
      .values({ id: e.id, user_id: actor.userId, created_at: e.createdAt, pair_id: e.shared ? pairId : null, ...toRow(e) })
      .execute();
  }

  async get(actor: Actor, id: string): Promise<CycleEvent | undefined> {
    const r = await this.db
      .selectFrom('cycle_events')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toEvent(r);
  }

  /** Newest first; fetches `limit + 1` so the caller can tell whether another page exists. */
  async list(
    actor: Actor,
    opts: { from?: string | undefined; to?: string | undefined; after?: SortKey | null; limit: number },
  ): Promise<CycleEvent[]> {
    const rows = await this.db
      .selectFrom('cycle_events')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .$if(opts.from !== undefined, (q) => q.where('occurred_at', '>=', opts.from!))
      .$if(opts.to !== undefined, (q) => q.where('occurred_at', '<', opts.to!))
      .$if(!!opts.after, (q) => q.where(before('occurred_at', opts.after!)))
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(opts.limit + 1)
      .execute();
    return rows.map(toEvent);
  }

  /** Everything, oldest first, for export. */
  async all(actor: Actor): Promise<CycleEvent[]> {
    const rows = await this.db
      .selectFrom('cycle_events')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
    return rows.map(toEvent);
  }

  /** `pairId` as for insert: sharing again while in another pair moves the moment to that pair. */
  async update(actor: Actor, e: CycleEvent, pairId: string | null): Promise<boolean> {
    const r = await this.db
      .updateTable('cycle_events')
      .set({ ...toRow(e), pair_id: e.shared ? pairId : null })
      .where('user_id', '=', actor.userId)
      .where('id', '=', e.id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('cycle_events').where('user_id', '=', actor.userId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /**
   * What the cycle state machine reads, for the period, already in its order (time, then creation):
   * three columns from the covering index, the creation order given as the row's position, so
   * fifty thousand moments cost three values each.
   */
  async stageEvents(actor: Actor, range: { from: string | null; to: string }): Promise<StageEvent[]> {
    const rows = await this.db
      .selectFrom('cycle_events')
      .select(['occurred_at', 'stage', 'intensity'])
      .where('user_id', '=', actor.userId)
      .$if(range.from !== null, (q) => q.where('occurred_at', '>=', range.from!))
      .where('occurred_at', '<', range.to)
      .orderBy('occurred_at')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r, i) => ({ occurredAt: r.occurred_at, stage: r.stage as StageEvent['stage'], intensity: r.intensity, order: i }));
  }

  /** The moments both members chose to share, newest first: never a note, never an unshared one. */
  async shared(member: PairMember, opts: { after?: SortKey | null; limit: number }): Promise<SharedMoment[]> {
    const rows = await this.db
      .selectFrom('cycle_events')
      .select(['id', 'user_id', 'occurred_at', 'stage', 'actor', 'intensity', 'triggers', 'created_at'])
      .where('pair_id', '=', member.pairId)
      .where('shared', '=', 1)
      .where('user_id', 'in', [member.userId, member.partnerId])
      .$if(!!opts.after, (q) => q.where(before('occurred_at', opts.after!)))
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(opts.limit + 1)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      authorId: r.user_id,
      occurredAt: r.occurred_at,
      stage: r.stage as CycleEvent['stage'],
      actor: r.actor as CycleEvent['actor'],
      intensity: r.intensity,
      triggers: JSON.parse(r.triggers) as string[],
      createdAt: r.created_at,
    }));
  }
}
