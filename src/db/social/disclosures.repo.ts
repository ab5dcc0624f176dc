import type { Actor } from '../../core/account/actor.js';
import type { Disclosure } from '../../contracts/social/disclosures.js';
import type { Executor } from '../database.js';
import type { DisclosuresTable } from '../schema.js';

const columns = ['id', 'person_id', 'level', 'what', 'comfort', 'next_step_plan', 'created_at', 'updated_at'] as const;
type Row = Pick<DisclosuresTable, (typeof columns)[number]>;

const toDisclosure = (r: Row): Disclosure => ({
  id: r.id,
  personId: r.person_id,
  level: r.level as Disclosure['level'],
  what: r.what,
  comfort: r.comfort,
  nextStepPlan: r.next_step_plan,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class DisclosuresRepo {
  constructor(private readonly db: Executor) {}

  async insert(actor: Actor, d: Disclosure): Promise<void> {
    await this.db
      .insertInto('disclosures')
      .values({
        id: d.id,
        user_id: actor.userId,
        person_id: d.personId,
        level: d.level,
        what: d.what,
        comfort: d.comfort,
        next_step_plan: d.nextStepPlan,
        created_at: d.createdAt,
        updated_at: d.updatedAt,
      })
      .execute();
  }

  async get(actor: Actor, id: string): Promise<Disclosure | undefined> {
    const r = await this.db
      .selectFrom('disclosures')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toDisclosure(r);
  }

  async update(actor: Actor, d: Disclosure): Promise<boolean> {
    const r = await this.db
      .updateTable('disclosures')
      .set({ level: d.level, what: d.what, comfort: d.comfort, next_step_plan: d.nextStepPlan, updated_at: d.updatedAt })
      .where('user_id', '=', actor.userId)
      .where('id', '=', d.id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** One person's ladder, oldest first; or every step when no person is named (the export). */
  async list(actor: Actor, personId?: string): Promise<Disclosure[]> {
    const rows = await this.db
      .selectFrom('disclosures')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .$if(personId !== undefined, (q) => q.where('person_id', '=', personId!))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toDisclosure);
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('disclosures').where('user_id', '=', actor.userId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
