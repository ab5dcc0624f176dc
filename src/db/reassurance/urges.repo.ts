import type { Actor } from '../../core/account/actor.js';
import type { SortKey } from '../../core/paging.js';
import type { FollowUp, Urge, UrgeAction, UrgeTriggerCount } from '../../contracts/reassurance/urges.js';
import { followUpContributions, urgeContributions } from '../../core/reassurance/rollups.js';
import type { Executor, Tx } from '../database.js';
import { before } from '../keyset.js';
import { InsightRollupsRepo } from './insight-rollups.repo.js';
import type { UrgeFollowUpsTable, UrgesTable } from '../schema.js';

/** An urge as stored: the contract's Urge plus the calendar day it counts towards for the person. */
export interface UrgeRecord extends Urge {
  localDate: string;
}

const columns = [
  'id',
  'occurred_at',
  'local_date',
  'intensity',
  'anxiety_before',
  'triggers',
  'wanted_to',
  'action',
  'delay_minutes',
  'note',
  'created_at',
  'updated_at',
] as const;
type Row = Pick<UrgesTable, (typeof columns)[number]>;

const followUpColumns = ['id', 'urge_id', 'minutes_after', 'anxiety', 'created_at'] as const;
type FollowUpRow = Pick<UrgeFollowUpsTable, (typeof followUpColumns)[number]>;

function toRecord(r: Row, followUps: FollowUp[]): UrgeRecord {
  return {
    id: r.id,
    occurredAt: r.occurred_at,
    localDate: r.local_date,
    intensity: r.intensity,
    anxietyBefore: r.anxiety_before,
    triggers: JSON.parse(r.triggers) as string[],
    wantedTo: r.wanted_to,
    action: r.action as UrgeAction,
    delayMinutes: r.delay_minutes,
    note: r.note,
    followUps,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const toFollowUp = (r: FollowUpRow): FollowUp => ({ id: r.id, minutesAfter: r.minutes_after, anxiety: r.anxiety, createdAt: r.created_at });

export class UrgesRepo<E extends Executor = Executor> {
  constructor(private readonly db: E) {}

  /** The urge, its trigger index and its insight rollups are written together. */
  async insert(this: UrgesRepo<Tx>, actor: Actor, u: UrgeRecord): Promise<void> {
    await this.db
      .insertInto('urges')
      .values({
        id: u.id,
        user_id: actor.userId,
        occurred_at: u.occurredAt,
        local_date: u.localDate,
        intensity: u.intensity,
        anxiety_before: u.anxietyBefore,
        triggers: JSON.stringify(u.triggers),
        wanted_to: u.wantedTo,
        action: u.action,
        delay_minutes: u.delayMinutes,
        note: u.note,
        created_at: u.createdAt,
        updated_at: u.updatedAt,
      })
      .execute();
    await this.writeTriggers(actor, u.id, u.triggers);
    await new InsightRollupsRepo(this.db).add(actor.userId, urgeContributions(u));
  }

  /**
   * Taken before reading an urge to change it or what hangs on it. A no-op
   * UPDATE takes the row lock on PostgreSQL, so a concurrent edit, deletion or follow-up of the
   * same urge waits until this transaction ends, and the read after it sees the latest committed
   * urge: the rollups' before-and-after shares are then computed from the truth. (SQLite has one
   * writer at a time anyway.) Returns false when the actor has no such urge.
   */
  async lock(this: UrgesRepo<Tx>, actor: Actor, id: string): Promise<boolean> {
    const r = await this.db
      .updateTable('urges')
      .set((eb) => ({ id: eb.ref('id') }))
      .where('user_id', '=', actor.userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async get(actor: Actor, id: string): Promise<UrgeRecord | undefined> {
    const r = await this.db.selectFrom('urges').select(columns).where('user_id', '=', actor.userId).where('id', '=', id).executeTakeFirst();
    if (!r) return undefined;
    return (await this.withFollowUps(actor, [r]))[0];
  }

  /** Whether the actor has this urge: the check before linking anything to it. */
  async owns(actor: Actor, id: string): Promise<boolean> {
    const r = await this.db.selectFrom('urges').select('id').where('user_id', '=', actor.userId).where('id', '=', id).executeTakeFirst();
    return r !== undefined;
  }

  /** Newest occurredAt first; fetches `limit + 1` so the caller can tell whether another page exists. */
  async list(
    actor: Actor,
    opts: { from?: string | undefined; to?: string | undefined; after?: SortKey | null; limit: number },
  ): Promise<UrgeRecord[]> {
    let q = this.db.selectFrom('urges').select(columns).where('user_id', '=', actor.userId);
    if (opts.from !== undefined) q = q.where('occurred_at', '>=', opts.from);
    if (opts.to !== undefined) q = q.where('occurred_at', '<', opts.to);
    if (opts.after) q = q.where(before('occurred_at', opts.after));
    const rows = await q
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(opts.limit + 1)
      .execute();
    return this.withFollowUps(actor, rows);
  }

  /** Everything, oldest first, for export. */
  async all(actor: Actor): Promise<UrgeRecord[]> {
    const rows = await this.db
      .selectFrom('urges')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
    const followUps = await this.db
      .selectFrom('urge_follow_ups')
      .select(followUpColumns)
      .where('user_id', '=', actor.userId)
      .orderBy('created_at')
      .orderBy('minutes_after')
      .orderBy('id')
      .execute();
    return attach(rows, followUps);
  }

  /** With `before` read after `lock`. Returns false when the actor has no such urge. */
  async update(this: UrgesRepo<Tx>, actor: Actor, before: UrgeRecord, u: UrgeRecord): Promise<boolean> {
    const r = await this.db
      .updateTable('urges')
      .set({
        occurred_at: u.occurredAt,
        local_date: u.localDate,
        intensity: u.intensity,
        anxiety_before: u.anxietyBefore,
        triggers: JSON.stringify(u.triggers),
        wanted_to: u.wantedTo,
        action: u.action,
        delay_minutes: u.delayMinutes,
        note: u.note,
        updated_at: u.updatedAt,
      })
      .where('user_id', '=', actor.userId)
      .where('id', '=', u.id)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) return false;
    await this.db.deleteFrom('urge_triggers').where('user_id', '=', actor.userId).where('urge_id', '=', u.id).execute();
    await this.writeTriggers(actor, u.id, u.triggers);
    await new InsightRollupsRepo(this.db).change(actor.userId, urgeContributions(before), urgeContributions(u));
    return true;
  }

  /**
   * Follow-ups and triggers go with it (ON DELETE CASCADE); tool
   * sessions stay, unlinked. Returns false when the actor has no such urge.
   */
  async delete(this: UrgesRepo<Tx>, actor: Actor, id: string): Promise<boolean> {
    if (!(await this.lock(actor, id))) return false;
    const urge = await this.get(actor, id);
    if (!urge) return false;
    await this.db.deleteFrom('urges').where('user_id', '=', actor.userId).where('id', '=', id).execute();
    await new InsightRollupsRepo(this.db).remove(actor.userId, urgeContributions(urge));
    return true;
  }

  /**
   * With the urge as read after `lock`, so the rating is never written
   * against someone else's and counts under the urge's current action and day.
   */
  async addFollowUp(this: UrgesRepo<Tx>, actor: Actor, urge: UrgeRecord, f: FollowUp): Promise<void> {
    await this.db
      .insertInto('urge_follow_ups')
      .values({
        id: f.id,
        urge_id: urge.id,
        user_id: actor.userId,
        minutes_after: f.minutesAfter,
        anxiety: f.anxiety,
        created_at: f.createdAt,
      })
      .execute();
    await new InsightRollupsRepo(this.db).add(actor.userId, followUpContributions(urge, f));
  }

  /** Which urge a follow-up belongs to; for replaying an idempotent follow-up. */
  async urgeIdOfFollowUp(actor: Actor, followUpId: string): Promise<string | undefined> {
    const r = await this.db
      .selectFrom('urge_follow_ups')
      .select('urge_id')
      .where('user_id', '=', actor.userId)
      .where('id', '=', followUpId)
      .executeTakeFirst();
    return r?.urge_id;
  }

  /** The person's triggers, most used first (ties alphabetically). */
  async triggerCounts(actor: Actor, limit: number): Promise<UrgeTriggerCount[]> {
    const rows = await this.db
      .selectFrom('urge_triggers')
      .select((eb) => ['tag', eb.fn.countAll().as('count')])
      .where('user_id', '=', actor.userId)
      .groupBy('tag')
      .orderBy('count', 'desc')
      .orderBy('tag')
      .limit(limit)
      .execute();
    // PostgreSQL returns count(*) as a bigint string.
    return rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
  }

  /** One query for the follow-ups of every urge on the page, not one per urge. */
  private async withFollowUps(actor: Actor, rows: Row[]): Promise<UrgeRecord[]> {
    if (rows.length === 0) return [];
    const followUps = await this.db
      .selectFrom('urge_follow_ups')
      .select(followUpColumns)
      .where('user_id', '=', actor.userId)
      .where(
        'urge_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('created_at')
      .orderBy('minutes_after')
      .orderBy('id')
      .execute();
    return attach(rows, followUps);
  }

  private async writeTriggers(actor: Actor, urgeId: string, tags: string[]): Promise<void> {
    if (tags.length === 0) return;
    await this.db
      .insertInto('urge_triggers')
      .values(tags.map((tag) => ({ urge_id: urgeId, user_id: actor.userId, tag })))
      .execute();
  }
}

/** Follow-ups arrive oldest first (as the contract promises); each urge keeps that order. */
function attach(rows: Row[], followUps: FollowUpRow[]): UrgeRecord[] {
  const byUrge = new Map<string, FollowUp[]>();
  for (const f of followUps) {
    const list = byUrge.get(f.urge_id) ?? [];
    list.push(toFollowUp(f));
    byUrge.set(f.urge_id, list);
  }
  return rows.map((r) => toRecord(r, byUrge.get(r.id) ?? []));
}
