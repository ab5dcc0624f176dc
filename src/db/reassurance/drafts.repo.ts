import type { Actor } from '../../core/account/actor.js';
import type { SortKey } from '../../core/paging.js';
import type { Draft } from '../../contracts/reassurance/drafts.js';
import type { Executor } from '../database.js';
import { before } from '../keyset.js';
import type { DraftsTable } from '../schema.js';

const columns = ['id', 'text', 'feeling', 'cool_down_minutes', 'created_at', 'available_at', 'resolved_at', 'outcome', 'early'] as const;
type Row = Pick<DraftsTable, (typeof columns)[number]>;

const toDraft = (r: Row): Draft => ({
  id: r.id,
  text: r.text,
  feeling: r.feeling,
  coolDownMinutes: r.cool_down_minutes,
  createdAt: r.created_at,
  availableAt: r.available_at,
  resolvedAt: r.resolved_at,
  outcome: r.outcome as Draft['outcome'],
  early: r.early === null ? null : r.early === 1,
});

export class DraftsRepo {
  constructor(private readonly db: Executor) {}

  async insert(actor: Actor, d: Draft): Promise<void> {
    await this.db
      .insertInto('drafts')
      .values({
        id: d.id,
        user_id: actor.userId,
        text: d.text,
        feeling: d.feeling,
        cool_down_minutes: d.coolDownMinutes,
        created_at: d.createdAt,
        available_at: d.availableAt,
        resolved_at: null,
        outcome: null,
        early: null,
      })
      .execute();
  }

  async get(actor: Actor, id: string): Promise<Draft | undefined> {
    const r = await this.db
      .selectFrom('drafts')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toDraft(r);
  }

  /** Records the decision once: false when the draft is not the actor's or was already decided. */
  async resolve(actor: Actor, d: Draft): Promise<boolean> {
    const r = await this.db
      .updateTable('drafts')
      .set({ resolved_at: d.resolvedAt, outcome: d.outcome, early: d.early === null ? null : d.early ? 1 : 0 })
      .where('user_id', '=', actor.userId)
      .where('id', '=', d.id)
      .where('resolved_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async list(actor: Actor, opts: { after?: SortKey | null; limit: number }): Promise<Draft[]> {
    const rows = await this.db
      .selectFrom('drafts')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .$if(!!opts.after, (q) => q.where(before('created_at', opts.after!)))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(opts.limit + 1)
      .execute();
    return rows.map(toDraft);
  }

  async all(actor: Actor): Promise<Draft[]> {
    const rows = await this.db
      .selectFrom('drafts')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toDraft);
  }

  /** Just the decisions, for the insights: no message text is read. */
  async outcomes(actor: Actor): Promise<Array<Pick<Draft, 'outcome' | 'early'>>> {
    const rows = await this.db.selectFrom('drafts').select(['outcome', 'early']).where('user_id', '=', actor.userId).execute();
    return rows.map((r) => ({ outcome: r.outcome as Draft['outcome'], early: r.early === null ? null : r.early === 1 }));
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('drafts').where('user_id', '=', actor.userId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
