import { randomUUID } from 'node:crypto';
import type { Locale } from '../../contracts/locale.js';
import type {
  Channel,
  CreatePushSubscriptionBody,
  NotificationSettings,
  NotificationSettingsBody,
} from '../../contracts/notifications/notifications.js';
import type { Actor } from '../../core/account/actor.js';
import { snoozedUntil } from '../../core/notifications/schedule.js';
import { defaultSettings, type Settings } from '../../core/notifications/settings.js';
import { NotificationSettingsRepo } from '../../db/notifications/notification-settings.repo.js';
import { NotificationsRepo } from '../../db/notifications/notifications.repo.js';
import { PushSubscriptionsRepo } from '../../db/notifications/push-subscriptions.repo.js';
import { badRequest, notFound } from '../problem.js';
import type { ServiceDeps } from '../service.js';
import type { NotificationChannels } from './channels.js';
import { planCheckInWindows } from './check-in-window.js';
import type { NotificationScheduler } from './scheduler.js';

export interface NotificationsDeps extends ServiceDeps {
  channels: NotificationChannels;
  scheduler: NotificationScheduler;
}

/**
 * The person's side of notifications: their settings, their devices, snoozing, and the test
 * message. Everything is found by the person's own id only, so a partner asking gets their own
 * (or nothing), never the other's.
 */
export class NotificationsService {
  constructor(private readonly deps: NotificationsDeps) {}

  /** The saved settings, or the defaults (in the language of the screen asking) before any were saved. */
  async stored(actor: Actor, locale: Locale): Promise<Settings> {
    return (await new NotificationSettingsRepo(this.deps.database.db).get(actor.userId)) ?? defaultSettings(locale);
  }

  async settings(actor: Actor, locale: Locale): Promise<NotificationSettings> {
    const s = await this.stored(actor, locale);
    return {
      ...s,
      emailAvailable: this.deps.channels.mail !== null,
      pushDevices: await new PushSubscriptionsRepo(this.deps.database.db).count(actor.userId),
    };
  }

  async putSettings(actor: Actor, body: Required<NotificationSettingsBody>, locale: Locale): Promise<NotificationSettings> {
    const now = this.deps.clock().toISOString();
    await this.deps.database.transaction(async (trx) => {
      await new NotificationSettingsRepo(trx).put(actor, body, now);
      // Turned on or off, or quiet hours moved: the waiting check-in reminder follows at once.
      await planCheckInWindows(trx, [actor.userId], now);
    });
    return this.settings(actor, locale);
  }

  async subscribe(actor: Actor, body: CreatePushSubscriptionBody): Promise<{ id: string; createdAt: string }> {
    const problem = this.deps.channels.endpointProblem(body.endpoint);
    if (problem) throw badRequest([{ field: 'endpoint', in: 'body', message: problem }]);
    const keys = { p256dh: body.keys.p256dh, auth: body.keys.auth };
    return new PushSubscriptionsRepo(this.deps.database.db).upsert(
      actor,
      { endpoint: body.endpoint, ...keys },
      this.deps.clock().toISOString(),
    );
  }

  /** Later by a few minutes, and never inside quiet hours; 404 unless it is one of the person's delivered ones. */
  async snooze(actor: Actor, id: string, minutes: number, locale: Locale) {
    const repo = new NotificationsRepo(this.deps.database.db);
    const s = await this.stored(actor, locale);
    const person = (await repo.people([actor.userId])).get(actor.userId);
    const until = snoozedUntil(this.deps.clock(), minutes, s.quietHours, person?.timeZone ?? 'UTC');
    const current = await repo.get(actor, id);
    if (!current || !(await repo.snooze(actor, id, until))) throw notFound();
    return { ...current, dueAt: until, deliveredAt: null, readAt: null };
  }

  /**
   * A test, at once, to the inbox and every channel the person can be reached on, whatever the
   * quiet hours or the daily maximum say: the person asked for it now.
   */
  async test(actor: Actor): Promise<{ channels: Channel[]; pushDevices: number }> {
    const now = this.deps.clock().toISOString();
    const id = randomUUID();
    await new NotificationsRepo(this.deps.database.db).insert([
      { id, userId: actor.userId, kind: 'test', dueAt: now, link: '/settings', about: null, partnerUserId: null, createdAt: now },
    ]);
    const sent = await this.deps.scheduler.deliverNow([id]);
    const channels: Channel[] = ['inbox'];
    if (sent.push > 0) channels.push('push');
    if (sent.email > 0) channels.push('email');
    return { channels, pushDevices: sent.push };
  }
}
