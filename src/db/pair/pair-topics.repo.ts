import type { Actor } from '../../core/account/actor.js';
import type { Topic } from '../../contracts/pair/topics.js';
import type { PairMember } from '../../core/pair/member.js';
import type { Executor } from '../database.js';
import type { PairTopicsTable } from '../schema.js';

export interface NewTopic {
  id: string;
  text: string;
  shared: boolean;
  createdAt: string;
}

const toTopic = (userId: string, r: PairTopicsTable): Topic => ({
  id: r.id,
  text: r.text,
  shared: r.shared === 1,
  mine: r.author_id === userId,
  createdAt: r.created_at,
  discussedAt: r.discussed_at,
});

export class PairTopicsRepo {
  constructor(private readonly db: Executor) {}

  /** What the member may see in their pair: shared topics, and private ones only their own. */
  private visible(member: PairMember) {
    return this.db
      .selectFrom('pair_topics')
      .selectAll()
      .where('pair_id', '=', member.pairId)
      .where((eb) => eb.or([eb('shared', '=', 1), eb('author_id', '=', member.userId)]));
  }

  async insert(member: PairMember, topic: NewTopic): Promise<void> {
    await this.db
      .insertInto('pair_topics')
      .values({
        id: topic.id,
        pair_id: member.pairId,
        author_id: member.userId,
        text: topic.text,
        shared: topic.shared ? 1 : 0,
        created_at: topic.createdAt,
        discussed_at: null,
        check_in_id: null,
      })
      .execute();
  }

  async get(member: PairMember, id: string): Promise<Topic | undefined> {
    const r = await this.visible(member).where('id', '=', id).executeTakeFirst();
    return r && toTopic(member.userId, r);
  }

  async list(member: PairMember, limit = 200): Promise<Topic[]> {
    const rows = await this.visible(member).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map((r) => toTopic(member.userId, r));
  }

  /**
   * A check-in's agenda: topics not yet discussed, parked before it ends (a topic left over from
   * an earlier check-in stays on the agenda until it is talked through); shared first, oldest first.
   */
  async agenda(member: PairMember, before: string): Promise<Topic[]> {
    const rows = await this.visible(member)
      .where('discussed_at', 'is', null)
      .where('created_at', '<', before)
      .orderBy('shared', 'desc')
      .orderBy('created_at')
      .orderBy('id')
      .limit(200)
      .execute();
    return rows.map((r) => toTopic(member.userId, r));
  }

  /**
   * Changes a topic its author parked in this pair; returns the topic before and after, or
   * undefined when there is no such topic of theirs (the partner's, shared or not, included).
   */
  async update(
    member: PairMember,
    id: string,
    patch: { text?: string; shared?: boolean },
  ): Promise<{ before: Topic; after: Topic } | undefined> {
    const row = await this.db
      .selectFrom('pair_topics')
      .selectAll()
      .where('id', '=', id)
      .where('pair_id', '=', member.pairId)
      .where('author_id', '=', member.userId)
      .executeTakeFirst();
    if (!row) return undefined;
    const next = {
      ...row,
      ...(patch.text !== undefined && { text: patch.text }),
      ...(patch.shared !== undefined && { shared: patch.shared ? 1 : 0 }),
    };
    await this.db
      .updateTable('pair_topics')
      .set({ text: next.text, shared: next.shared })
      .where('id', '=', id)
      .where('pair_id', '=', member.pairId)
      .where('author_id', '=', member.userId)
      .execute();
    return { before: toTopic(member.userId, row), after: toTopic(member.userId, next) };
  }

  /** Deletes a topic its author parked in this pair; returns it, or undefined when it is not theirs. */
  async delete(member: PairMember, id: string): Promise<Topic | undefined> {
    const row = await this.db
      .deleteFrom('pair_topics')
      .where('id', '=', id)
      .where('pair_id', '=', member.pairId)
      .where('author_id', '=', member.userId)
      .returningAll()
      .executeTakeFirst();
    return row && toTopic(member.userId, row);
  }

  /** Marks the given visible, undiscussed topics discussed; returns how many it found. */
  async markDiscussed(member: PairMember, ids: string[], checkInId: string, now: string): Promise<number> {
    if (ids.length === 0) return 0;
    const r = await this.db
      .updateTable('pair_topics')
      .set({ discussed_at: now, check_in_id: checkInId })
      .where('pair_id', '=', member.pairId)
      .where('id', 'in', ids)
      .where((eb) => eb.or([eb('shared', '=', 1), eb('author_id', '=', member.userId)]))
      .where('discussed_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /** How many of these ids the member may see (to refuse an id that is not theirs to name). */
  async countVisible(member: PairMember, ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const r = await this.visible(member)
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('id', 'in', ids)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  /** Every topic the person parked, in any pair, for their export and archive. */
  async authoredBy(actor: Actor): Promise<Array<Topic & { pairId: string }>> {
    const rows = await this.db.selectFrom('pair_topics').selectAll().where('author_id', '=', actor.userId).orderBy('created_at').execute();
    return rows.map((r) => ({ pairId: r.pair_id, ...toTopic(actor.userId, r) }));
  }
}
