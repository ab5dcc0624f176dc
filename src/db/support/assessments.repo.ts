import type { Actor } from '../../core/account/actor.js';
import type { StoredAnswers } from '../../core/support/results.js';
import type { InstrumentId } from '../../contracts/support/instruments.js';
import type { Executor } from '../database.js';

export class AssessmentsRepo {
  constructor(private readonly db: Executor) {}

  async insert(actor: Actor, a: StoredAnswers): Promise<void> {
    await this.db
      .insertInto('assessments')
      .values({ id: a.id, user_id: actor.userId, instrument: a.instrument, answers: JSON.stringify(a.answers), created_at: a.createdAt })
      .execute();
  }

  /** Oldest first, optionally one questionnaire: results are built in order so each sees the one before. */
  async all(actor: Actor, instrument?: InstrumentId): Promise<StoredAnswers[]> {
    const rows = await this.db
      .selectFrom('assessments')
      .select(['id', 'instrument', 'answers', 'created_at'])
      .where('user_id', '=', actor.userId)
      .$if(instrument !== undefined, (q) => q.where('instrument', '=', instrument!))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      instrument: r.instrument as InstrumentId,
      answers: JSON.parse(r.answers) as number[],
      createdAt: r.created_at,
    }));
  }

  /** The latest of one questionnaire, or the latest before `before`: what a new result is compared with. */
  async latest(actor: Actor, instrument: InstrumentId, before?: string): Promise<StoredAnswers | undefined> {
    const r = await this.db
      .selectFrom('assessments')
      .select(['id', 'instrument', 'answers', 'created_at'])
      .where('user_id', '=', actor.userId)
      .where('instrument', '=', instrument)
      .$if(before !== undefined, (q) => q.where('created_at', '<', before!))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return r && { id: r.id, instrument: r.instrument as InstrumentId, answers: JSON.parse(r.answers) as number[], createdAt: r.created_at };
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('assessments').where('user_id', '=', actor.userId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
