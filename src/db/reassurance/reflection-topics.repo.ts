import type { Actor } from '../../core/account/actor.js';
import type { ReflectionTopic } from '../../contracts/pair/topics.js';
import type { Executor } from '../database.js';
import type { ReflectionTopicsTable } from '../schema.js';

const toTopic = (r: ReflectionTopicsTable): ReflectionTopic => ({
  id: r.id,
  text: r.text,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A person's own list for their next reflection: every query is by its owner, so nobody else can name a row. */
export class ReflectionTopicsRepo {
  constructor(private readonly db: Executor) {}

  async insert(actor: Actor, topic: ReflectionTopic): Promise<void> {
    await this.db
      .insertInto('reflection_topics')
      .values({ id: topic.id, user_id: actor.userId, text: topic.text, created_at: topic.createdAt, updated_at: topic.updatedAt })
      .execute();
  }

  async list(actor: Actor, limit = 200): Promise<ReflectionTopic[]> {
    const rows = await this.db
      .selectFrom('reflection_topics')
      .selectAll()
      .where('user_id', '=', actor.userId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toTopic);
  }

  async update(actor: Actor, id: string, text: string, now: string): Promise<ReflectionTopic | undefined> {
    const row = await this.db
      .updateTable('reflection_topics')
      .set({ text, updated_at: now })
      .where('id', '=', id)
      .where('user_id', '=', actor.userId)
      .returningAll()
      .executeTakeFirst();
    return row && toTopic(row);
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('reflection_topics').where('id', '=', id).where('user_id', '=', actor.userId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** For the person's export. */
  async all(actor: Actor): Promise<ReflectionTopic[]> {
    const rows = await this.db
      .selectFrom('reflection_topics')
      .selectAll()
      .where('user_id', '=', actor.userId)
      .orderBy('created_at')
      .execute();
    return rows.map(toTopic);
  }
}
