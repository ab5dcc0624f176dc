import type { Actor } from '../../core/account/actor.js';
import type { SortKey } from '../../core/paging.js';
import type { PairMember } from '../../core/pair/member.js';
import type { Kudos } from '../../contracts/pair/kudos.js';
import type { Executor } from '../database.js';
import type { KudosTable } from '../schema.js';

const toKudos = (r: KudosTable): Kudos => ({
  id: r.id,
  giverId: r.giver_id,
  text: r.text,
  category: r.category as Kudos['category'],
  createdAt: r.created_at,
});

export class KudosRepo {
  constructor(private readonly db: Executor) {}

  async insert(member: PairMember, k: Kudos): Promise<void> {
    await this.db
      .insertInto('kudos')
      .values({ id: k.id, pair_id: member.pairId, giver_id: member.userId, text: k.text, category: k.category, created_at: k.createdAt })
      .execute();
  }

  async get(member: PairMember, id: string): Promise<Kudos | undefined> {
    const r = await this.db.selectFrom('kudos').selectAll().where('pair_id', '=', member.pairId).where('id', '=', id).executeTakeFirst();
    return r && toKudos(r);
  }

  /** Newest first; one row more than `limit` tells the caller a next page exists. */
  async list(member: PairMember, after: SortKey | null, limit: number): Promise<Kudos[]> {
    let q = this.db.selectFrom('kudos').selectAll().where('pair_id', '=', member.pairId);
    if (after) {
      q = q.where((w) => w.or([w('created_at', '<', after.at), w.and([w('created_at', '=', after.at), w('id', '<', after.id)])]));
    }
    const rows = await q
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    return rows.map(toKudos);
  }

  async written(actor: Actor): Promise<Array<Kudos & { pairId: string }>> {
    const rows = await this.db
      .selectFrom('kudos')
      .selectAll()
      .where('giver_id', '=', actor.userId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ ...toKudos(r), pairId: r.pair_id }));
  }
}
