import type { Actor } from '../../core/account/actor.js';
import type { Executor } from '../database.js';

export interface PracticeRow {
  id: string;
  name: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const columns = ['id', 'name', 'archived_at', 'created_at', 'updated_at'] as const;
const toRow = (r: { id: string; name: string; archived_at: string | null; created_at: string; updated_at: string }): PracticeRow => ({
  id: r.id,
  name: r.name,
  archivedAt: r.archived_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class PracticesRepo {
  constructor(private readonly db: Executor) {}

  async insert(actor: Actor, p: PracticeRow): Promise<void> {
    await this.db
      .insertInto('practices')
      .values({
        id: p.id,
        user_id: actor.userId,
        name: p.name,
        archived_at: p.archivedAt,
        created_at: p.createdAt,
        updated_at: p.updatedAt,
      })
      .execute();
  }

  async get(actor: Actor, id: string): Promise<PracticeRow | undefined> {
    const r = await this.db
      .selectFrom('practices')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toRow(r);
  }

  /** Oldest first: the order they were picked in stays put as days are ticked. */
  async list(actor: Actor, archived?: boolean): Promise<PracticeRow[]> {
    const rows = await this.db
      .selectFrom('practices')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .$if(archived === true, (q) => q.where('archived_at', 'is not', null))
      .$if(archived === false, (q) => q.where('archived_at', 'is', null))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toRow);
  }

  async update(actor: Actor, p: PracticeRow): Promise<boolean> {
    const r = await this.db
      .updateTable('practices')
      .set({ name: p.name, archived_at: p.archivedAt, updated_at: p.updatedAt })
      .where('user_id', '=', actor.userId)
      .where('id', '=', p.id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('practices').where('user_id', '=', actor.userId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** Ticking a day twice is the same as once. The caller has checked the practice is the actor's. */
  async check(actor: Actor, practiceId: string, day: string, now: string): Promise<void> {
    await this.db
      .insertInto('practice_checks')
      .values({ practice_id: practiceId, user_id: actor.userId, day, created_at: now })
      .onConflict((oc) => oc.columns(['practice_id', 'day']).doNothing())
      .execute();
  }

  async uncheck(actor: Actor, practiceId: string, day: string): Promise<void> {
    await this.db
      .deleteFrom('practice_checks')
      .where('user_id', '=', actor.userId)
      .where('practice_id', '=', practiceId)
      .where('day', '=', day)
      .execute();
  }

  /** Days done per practice, ascending; practices with none are absent. */
  async days(actor: Actor, practiceIds?: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (practiceIds && practiceIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('practice_checks')
      .select(['practice_id', 'day'])
      .where('user_id', '=', actor.userId)
      .$if(practiceIds !== undefined, (q) => q.where('practice_id', 'in', practiceIds!))
      .orderBy('day')
      .execute();
    for (const r of rows) {
      const list = out.get(r.practice_id) ?? [];
      list.push(r.day);
      out.set(r.practice_id, list);
    }
    return out;
  }
}
