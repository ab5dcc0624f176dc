import type { Actor } from '../../core/account/actor.js';
import type { Executor } from '../database.js';

export interface WeeklyCheck {
  weekStart: string;
  drained: number | null;
  secure: number | null;
}

export class WeeklyChecksRepo {
  constructor(private readonly db: Executor) {}

  /** One row per person and week; a rewrite replaces it. */
  async save(actor: Actor, check: WeeklyCheck, now: string): Promise<void> {
    await this.db
      .insertInto('weekly_checks')
      .values({ user_id: actor.userId, week_start: check.weekStart, drained: check.drained, secure: check.secure, updated_at: now })
      .onConflict((oc) =>
        oc.columns(['user_id', 'week_start']).doUpdateSet({ drained: check.drained, secure: check.secure, updated_at: now }),
      )
      .execute();
  }

  async get(actor: Actor, weekStart: string): Promise<WeeklyCheck | undefined> {
    const r = await this.db
      .selectFrom('weekly_checks')
      .select(['week_start', 'drained', 'secure'])
      .where('user_id', '=', actor.userId)
      .where('week_start', '=', weekStart)
      .executeTakeFirst();
    return r && { weekStart: r.week_start, drained: r.drained, secure: r.secure };
  }

  /** Weeks starting on or after `fromDay`, newest first. */
  async since(actor: Actor, fromDay: string): Promise<WeeklyCheck[]> {
    const rows = await this.db
      .selectFrom('weekly_checks')
      .select(['week_start', 'drained', 'secure'])
      .where('user_id', '=', actor.userId)
      .where('week_start', '>=', fromDay)
      .orderBy('week_start', 'desc')
      .execute();
    return rows.map((r) => ({ weekStart: r.week_start, drained: r.drained, secure: r.secure }));
  }

  async all(actor: Actor): Promise<WeeklyCheck[]> {
    return this.since(actor, '');
  }
}
