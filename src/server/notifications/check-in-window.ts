import { pairMemberOfUser } from '../../core/pair/member.js';
import { nextOccurrence } from '../../core/pair/occurrences.js';
import type { Executor } from '../../db/database.js';
import { NotificationSettingsRepo } from '../../db/notifications/notification-settings.repo.js';
import { NotificationsRepo } from '../../db/notifications/notifications.repo.js';
import { CheckInsRepo } from '../../db/pair/check-ins.repo.js';
import { PairsRepo } from '../../db/pair/pairs.repo.js';
import { effectiveAgreement } from '../pair/agreement.js';
import { planNotifications } from './plan.js';

/** The check-in screen (src/web/app/router.tsx). */
const CHECK_IN_LINK = '/pair/check-in';

/** A few check-ins held early or already under way are looked past; several a day is the most a rhythm has. */
const LOOK_PAST = 4;

/**
 * The check-in window reminder is planned one at a time: for each person who turned it on, only
 * the next opening waits in the notifications table. Why not a cron that walks every pair's rule
 * each minute: the scheduler already delivers stored rows exactly once across restarts and
 * servers, so a stored row is all a reminder needs, and one row per person keeps the table from
 * filling with a year of openings. The cost is that every change that could move the next opening
 * plans again, in the same transaction as the change: the person's settings, an accepted
 * agreement, the pair linking or ending, a check-in held, and the delivery of the one waiting
 * (which plans the one after it). Planning again is idempotent: it drops what waits of this kind
 * for the person and writes the next opening, so it can be called from anywhere that is unsure.
 *
 * The opening comes from the pair's agreed rule in the pair's zone (DST as the rule's expansion
 * says); quiet hours are then applied in the person's own zone by planNotifications. A check-in
 * already held (completed early) is skipped, and one whose window has opened is not announced.
 */
export async function planCheckInWindows(ex: Executor, userIds: string[], now: string): Promise<void> {
  const notifications = new NotificationsRepo(ex);
  const settings = await new NotificationSettingsRepo(ex).many(userIds);
  for (const userId of new Set(userIds)) {
    await notifications.cancelKind(userId, 'check-in-window');
    if (!settings.get(userId)?.kinds['check-in-window'].on) continue;
    const membership = await new PairsRepo(ex).activeMembershipOf(userId);
    if (!membership) continue;
    const member = pairMemberOfUser(userId, membership);
    const { rhythm } = await effectiveAgreement(ex, member);
    const checkIns = new CheckInsRepo(ex);
    let from = now;
    for (let i = 0; i < LOOK_PAST; i++) {
      const next = nextOccurrence(rhythm, from);
      if (!next) break;
      if (Date.parse(next.startsAt) <= Date.parse(now)) {
        from = next.endsAt;
        continue;
      }
      // The occurrence's row is what the check-in screen shows and completes, so the reminder is about it.
      const row = await checkIns.materialize(member, next.startsAt, next.endsAt, rhythm.minutes);
      if (row.completed_at) {
        from = row.ends_at;
        continue;
      }
      await planNotifications(ex, [{ userId, kind: 'check-in-window', dueAt: row.starts_at, link: CHECK_IN_LINK, about: row.id }], now);
      break;
    }
  }
}
