import type { CapabilityLink } from '../../contracts/account/auth.js';
import type { Actor } from '../../core/account/actor.js';
import { CalendarTokensRepo } from '../../db/pair/calendar-tokens.repo.js';
import type { Executor } from '../../db/database.js';
import { FeedbackLinksRepo } from '../../db/social/feedback-links.repo.js';

/**
 * Links that open something without signing in: the calendar feed and feedback questions. They
 * are listed and turned off together here, and a password change turns them all off, because
 * whoever knew the old password may have copied them.
 */
export async function capabilityLinks(db: Executor, actor: Actor, now: string): Promise<CapabilityLink[]> {
  const items: CapabilityLink[] = [];
  const calendar = await new CalendarTokensRepo(db).createdAt(actor);
  if (calendar) items.push({ kind: 'calendar', id: 'calendar', personName: null, createdAt: calendar, expiresAt: null });
  for (const f of await new FeedbackLinksRepo(db).open(actor, now)) {
    items.push({ kind: 'feedback', id: f.id, personName: f.personName, createdAt: f.createdAt, expiresAt: f.expiresAt });
  }
  return items;
}

/** The calendar address stops working (a new one can be made in Settings); unanswered questions close. */
export async function revokeCapabilityLinks(db: Executor, actor: Actor, now: string): Promise<void> {
  await new CalendarTokensRepo(db).revoke(actor);
  await new FeedbackLinksRepo(db).closeOpen(actor, now);
}
