import type { Actor } from '../../core/account/actor.js';
import type { Executor } from '../database.js';

export interface SocialSettingsRow {
  rhythmsInCalendar: boolean;
  updatedAt: string | null;
}

/** Everything off until the person turns it on; no row means the defaults. */
export const DEFAULT_SOCIAL_SETTINGS: SocialSettingsRow = { rhythmsInCalendar: false, updatedAt: null };

export class SocialSettingsRepo {
  constructor(private readonly db: Executor) {}

  async get(actor: Actor): Promise<SocialSettingsRow> {
    const r = await this.db
      .selectFrom('social_settings')
      .select(['rhythms_in_calendar', 'updated_at'])
      .where('user_id', '=', actor.userId)
      .executeTakeFirst();
    return r ? { rhythmsInCalendar: r.rhythms_in_calendar === 1, updatedAt: r.updated_at } : DEFAULT_SOCIAL_SETTINGS;
  }

  async put(actor: Actor, settings: { rhythmsInCalendar: boolean }, now: string): Promise<SocialSettingsRow> {
    const values = { rhythms_in_calendar: settings.rhythmsInCalendar ? 1 : 0, updated_at: now };
    await this.db
      .insertInto('social_settings')
      .values({ user_id: actor.userId, ...values })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
      .execute();
    return { rhythmsInCalendar: settings.rhythmsInCalendar, updatedAt: now };
  }
}
