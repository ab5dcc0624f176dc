import { randomUUID } from 'node:crypto';
import type { NotificationKind } from '../../contracts/notifications/notifications.js';
import { afterQuietHours } from '../../core/notifications/schedule.js';
import { defaultSettings, isWanted } from '../../core/notifications/settings.js';
import type { Executor } from '../../db/database.js';
import { NotificationSettingsRepo } from '../../db/notifications/notification-settings.repo.js';
import { NotificationsRepo } from '../../db/notifications/notifications.repo.js';

export interface Plan {
  userId: string;
  kind: NotificationKind;
  dueAt: string;
  link: string | null;
  about: string | null;
  partnerUserId?: string | null;
}

/**
 * Plans notifications inside the caller's transaction, so they exist exactly when the thing they
 * are about does (an urge written and its follow-ups, or neither). A kind the person did not turn
 * on is not made at all, except urge follow-ups, which the person asked for on the urge itself.
 * Quiet hours are applied now, in the person's zone, so the stored due time is when it will come.
 * Answers the ids made.
 */
export async function planNotifications(ex: Executor, plans: Plan[], now: string): Promise<string[]> {
  if (plans.length === 0) return [];
  const userIds = [...new Set(plans.map((p) => p.userId))];
  const repo = new NotificationsRepo(ex);
  const settings = await new NotificationSettingsRepo(ex).many(userIds);
  const people = await repo.people(userIds);
  const rows = plans.flatMap((p) => {
    const s = settings.get(p.userId) ?? defaultSettings('en');
    const person = people.get(p.userId);
    if (!person || !isWanted(s, p.kind)) return [];
    return [
      {
        id: randomUUID(),
        userId: p.userId,
        kind: p.kind,
        dueAt: afterQuietHours(p.dueAt, s.quietHours, person.timeZone),
        link: p.link,
        about: p.about,
        partnerUserId: p.partnerUserId ?? null,
        createdAt: now,
      },
    ];
  });
  await repo.insert(rows);
  return rows.map((r) => r.id);
}
