import type { Actor } from '../core/auth/actor.js';
import type { RhythmPerson } from '../core/social/reach-out.js';
import type { Executor } from './database.js';

/**
 * The people with a wished-for rhythm, with what reach-out needs: one row each, read from people
 * alone (last_contact_at is kept there by every interaction write), never from the interactions.
 */
export class RhythmsRepo {
  constructor(private readonly db: Executor) {}

  async withRhythm(actor: Actor): Promise<RhythmPerson[]> {
    const rows = await this.db
      .selectFrom('people')
      .select(['id', 'name', 'rhythm_days', 'last_contact_at', 'created_at', 'snoozed_until'])
      .where('user_id', '=', actor.userId)
      .where('rhythm_days', 'is not', null)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      rhythmDays: r.rhythm_days,
      lastContactAt: r.last_contact_at,
      createdAt: r.created_at,
      snoozedUntil: r.snoozed_until,
    }));
  }
}
