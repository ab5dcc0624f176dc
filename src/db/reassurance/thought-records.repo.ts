import type { Actor } from '../../core/account/actor.js';
import type { SortKey } from '../../core/paging.js';
import type { ThoughtRecord } from '../../contracts/reassurance/thought-records.js';
import type { Executor } from '../database.js';
import { before } from '../keyset.js';
import type { ThoughtRecordsTable } from '../schema.js';

const columns = [
  'id',
  'occurred_at',
  'situation',
  'automatic_thought',
  'emotion',
  'emotion_intensity',
  'distortions',
  'evidence_for',
  'evidence_against',
  'balanced_thought',
  'emotion_intensity_after',
  'created_at',
  'updated_at',
] as const;
type Row = Pick<ThoughtRecordsTable, (typeof columns)[number]>;

function toRecord(r: Row): ThoughtRecord {
  return {
    id: r.id,
    occurredAt: r.occurred_at,
    situation: r.situation,
    automaticThought: r.automatic_thought,
    emotion: r.emotion,
    emotionIntensity: r.emotion_intensity,
    distortions: JSON.parse(r.distortions) as ThoughtRecord['distortions'],
    evidenceFor: r.evidence_for,
    evidenceAgainst: r.evidence_against,
    balancedThought: r.balanced_thought,
    emotionIntensityAfter: r.emotion_intensity_after,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toColumns(t: ThoughtRecord) {
  return {
    occurred_at: t.occurredAt,
    situation: t.situation,
    automatic_thought: t.automaticThought,
    emotion: t.emotion,
    emotion_intensity: t.emotionIntensity,
    distortions: JSON.stringify(t.distortions),
    evidence_for: t.evidenceFor,
    evidence_against: t.evidenceAgainst,
    balanced_thought: t.balancedThought,
    emotion_intensity_after: t.emotionIntensityAfter,
    updated_at: t.updatedAt,
  };
}

export class ThoughtRecordsRepo {
  constructor(private readonly db: Executor) {}

  async insert(actor: Actor, t: ThoughtRecord): Promise<void> {
    await this.db
      .insertInto('thought_records')
      .values({ id: t.id, user_id: actor.userId, created_at: t.createdAt, ...toColumns(t) })
      .execute();
  }

  async get(actor: Actor, id: string): Promise<ThoughtRecord | undefined> {
    const r = await this.db
      .selectFrom('thought_records')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toRecord(r);
  }

  /** Newest occurredAt first; fetches `limit + 1` so the caller can tell whether another page exists. */
  async list(
    actor: Actor,
    opts: { from?: string | undefined; to?: string | undefined; after?: SortKey | null; limit: number },
  ): Promise<ThoughtRecord[]> {
    let q = this.db.selectFrom('thought_records').select(columns).where('user_id', '=', actor.userId);
    if (opts.from !== undefined) q = q.where('occurred_at', '>=', opts.from);
    if (opts.to !== undefined) q = q.where('occurred_at', '<', opts.to);
    if (opts.after) q = q.where(before('occurred_at', opts.after));
    const rows = await q
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(opts.limit + 1)
      .execute();
    return rows.map(toRecord);
  }

  /** Everything, oldest first, for export. */
  async all(actor: Actor): Promise<ThoughtRecord[]> {
    const rows = await this.db
      .selectFrom('thought_records')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
    return rows.map(toRecord);
  }

  /** Returns false when the actor has no such record. */
  async update(actor: Actor, t: ThoughtRecord): Promise<boolean> {
    const r = await this.db
      .updateTable('thought_records')
      .set(toColumns(t))
      .where('user_id', '=', actor.userId)
      .where('id', '=', t.id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('thought_records').where('user_id', '=', actor.userId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
