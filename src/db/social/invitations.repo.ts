import type { Actor } from '../../core/account/actor.js';
import type { SortKey } from '../../core/paging.js';
import type { Invitation } from '../../contracts/social/invitations.js';
import type { Executor } from '../database.js';
import { before } from '../keyset.js';
import type { InvitationsTable } from '../schema.js';

const columns = [
  'id',
  'person_id',
  'idea',
  'text',
  'status',
  'note',
  'planned_for',
  'status_changed_at',
  'created_at',
  'updated_at',
] as const;
type Row = Pick<InvitationsTable, (typeof columns)[number]>;

const toInvitation = (r: Row): Invitation => ({
  id: r.id,
  idea: r.idea as Invitation['idea'],
  text: r.text,
  personId: r.person_id,
  status: r.status as Invitation['status'],
  note: r.note,
  plannedFor: r.planned_for,
  statusChangedAt: r.status_changed_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class InvitationsRepo {
  constructor(private readonly db: Executor) {}

  async insert(actor: Actor, i: Invitation): Promise<void> {
    await this.db
      .insertInto('invitations')
      .values({
        id: i.id,
        user_id: actor.userId,
        person_id: i.personId,
        idea: i.idea,
        text: i.text,
        status: i.status,
        note: i.note,
        planned_for: i.plannedFor,
        status_changed_at: i.statusChangedAt,
        created_at: i.createdAt,
        updated_at: i.updatedAt,
      })
      .execute();
  }

  async get(actor: Actor, id: string): Promise<Invitation | undefined> {
    const r = await this.db
      .selectFrom('invitations')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toInvitation(r);
  }

  async update(actor: Actor, i: Invitation): Promise<boolean> {
    const r = await this.db
      .updateTable('invitations')
      .set({
        person_id: i.personId,
        idea: i.idea,
        text: i.text,
        status: i.status,
        note: i.note,
        planned_for: i.plannedFor,
        status_changed_at: i.statusChangedAt,
        updated_at: i.updatedAt,
      })
      .where('user_id', '=', actor.userId)
      .where('id', '=', i.id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async list(
    actor: Actor,
    opts: { status?: string | undefined; personId?: string | undefined; after?: SortKey | null; limit: number },
  ): Promise<Invitation[]> {
    const rows = await this.db
      .selectFrom('invitations')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .$if(opts.status !== undefined, (q) => q.where('status', '=', opts.status!))
      .$if(opts.personId !== undefined, (q) => q.where('person_id', '=', opts.personId!))
      .$if(!!opts.after, (q) => q.where(before('created_at', opts.after!)))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(opts.limit + 1)
      .execute();
    return rows.map(toInvitation);
  }

  async all(actor: Actor): Promise<Invitation[]> {
    const rows = await this.db
      .selectFrom('invitations')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toInvitation);
  }

  /** Only what the outcomes summary needs: no invitation text is read. */
  async outcomes(actor: Actor): Promise<Array<Pick<Invitation, 'status' | 'createdAt'>>> {
    const rows = await this.db.selectFrom('invitations').select(['status', 'created_at']).where('user_id', '=', actor.userId).execute();
    return rows.map((r) => ({ status: r.status as Invitation['status'], createdAt: r.created_at }));
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('invitations').where('user_id', '=', actor.userId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
