import type { Actor } from '../../core/account/actor.js';
import type { SupportResource } from '../../contracts/support/support.js';
import type { Executor } from '../database.js';
import type { SupportResourcesTable } from '../schema.js';

const columns = ['id', 'name', 'kind', 'contact', 'cost', 'notes', 'created_at', 'updated_at'] as const;
type Row = Pick<SupportResourcesTable, (typeof columns)[number]>;

const toResource = (r: Row): SupportResource => ({
  id: r.id,
  name: r.name,
  kind: r.kind as SupportResource['kind'],
  contact: r.contact,
  cost: r.cost,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class SupportResourcesRepo {
  constructor(private readonly db: Executor) {}

  async insert(actor: Actor, r: SupportResource): Promise<void> {
    await this.db
      .insertInto('support_resources')
      .values({
        id: r.id,
        user_id: actor.userId,
        name: r.name,
        kind: r.kind,
        contact: r.contact,
        cost: r.cost,
        notes: r.notes,
        created_at: r.createdAt,
        updated_at: r.updatedAt,
      })
      .execute();
  }

  async get(actor: Actor, id: string): Promise<SupportResource | undefined> {
    const r = await this.db
      .selectFrom('support_resources')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toResource(r);
  }

  /** Oldest first: the order the person built their list in. */
  async all(actor: Actor): Promise<SupportResource[]> {
    const rows = await this.db
      .selectFrom('support_resources')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toResource);
  }

  async update(actor: Actor, r: SupportResource): Promise<boolean> {
    const res = await this.db
      .updateTable('support_resources')
      .set({ name: r.name, kind: r.kind, contact: r.contact, cost: r.cost, notes: r.notes, updated_at: r.updatedAt })
      .where('user_id', '=', actor.userId)
      .where('id', '=', r.id)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('support_resources').where('user_id', '=', actor.userId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
