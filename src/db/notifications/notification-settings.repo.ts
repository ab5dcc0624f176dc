import type { Actor } from '../../core/account/actor.js';
import type { Settings } from '../../core/notifications/settings.js';
import type { Executor } from '../database.js';

/** One row per person, read and replaced whole; nobody else's id reaches it. */
export class NotificationSettingsRepo {
  constructor(private readonly db: Executor) {}

  async get(userId: string): Promise<Settings | undefined> {
    const r = await this.db.selectFrom('notification_settings').select('settings').where('user_id', '=', userId).executeTakeFirst();
    return r && (JSON.parse(r.settings) as Settings);
  }

  /** Several people's at once (the scheduler delivers in batches). */
  async many(userIds: string[]): Promise<Map<string, Settings>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('notification_settings')
      .select(['user_id', 'settings'])
      .where('user_id', 'in', userIds)
      .execute();
    return new Map(rows.map((r) => [r.user_id, JSON.parse(r.settings) as Settings]));
  }

  async put(actor: Actor, settings: Settings, now: string): Promise<void> {
    const json = JSON.stringify(settings);
    await this.db
      .insertInto('notification_settings')
      .values({ user_id: actor.userId, settings: json, updated_at: now })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ settings: json, updated_at: now }))
      .execute();
  }
}
