import type { AccountExport } from '../../contracts/account/export.js';
import type { Actor } from '../../core/account/actor.js';
import { accountThrottleKey, pairJoinThrottleKey, sessionThrottleKey } from '../../core/account/tokens.js';
import type { Database } from '../../db/database.js';
import { AssessmentsRepo } from '../../db/support/assessments.repo.js';
import { CycleEventsRepo } from '../../db/cycles/cycle-events.repo.js';
import { DraftsRepo } from '../../db/reassurance/drafts.repo.js';
import { InteractionsRepo } from '../../db/social/interactions.repo.js';
import { PeopleRepo } from '../../db/social/people.repo.js';
import { SupportResourcesRepo } from '../../db/support/support-resources.repo.js';
import { WeeklyChecksRepo } from '../../db/support/weekly-checks.repo.js';
import { results } from '../../core/support/results.js';
import { JournalRepo } from '../../db/journal/journal.repo.js';
import { LoginFailuresRepo } from '../../db/account/login-failures.repo.js';
import { PairsRepo } from '../../db/pair/pairs.repo.js';
import { AgreementsRepo } from '../../db/pair/agreements.repo.js';
import { CheckInsRepo } from '../../db/pair/check-ins.repo.js';
import { PairTopicsRepo } from '../../db/pair/pair-topics.repo.js';
import { ReassuranceRequestsRepo } from '../../db/pair/reassurance-requests.repo.js';
import { ReflectionTopicsRepo } from '../../db/reassurance/reflection-topics.repo.js';
import { SessionsRepo } from '../../db/account/sessions.repo.js';
import { SocialSettingsRepo } from '../../db/social/social-settings.repo.js';
import { ThoughtRecordsRepo } from '../../db/reassurance/thought-records.repo.js';
import { ToolSessionsRepo } from '../../db/reassurance/tool-sessions.repo.js';
import { UrgesRepo } from '../../db/reassurance/urges.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { InvitationsRepo } from '../../db/social/invitations.repo.js';
import { PracticesRepo } from '../../db/social/practices.repo.js';
import { DisclosuresRepo } from '../../db/social/disclosures.repo.js';
import { FeedbackLinksRepo } from '../../db/social/feedback-links.repo.js';
import { planCheckInWindows } from '../notifications/check-in-window.js';
import { GoalsRepo } from '../../db/pair/goals.repo.js';
import { SocialReviewsRepo } from '../../db/social/social-reviews.repo.js';
import { SafetyPlansRepo } from '../../db/support/safety-plans.repo.js';
import { PasskeysRepo } from '../../db/account/passkeys.repo.js';
import { RecoveryCodesRepo } from '../../db/account/recovery-codes.repo.js';
import { TotpRepo } from '../../db/account/totp.repo.js';
import { feedbackLinkView } from '../../core/social/feedback.js';
import { socialReviewView } from '../../core/social/loneliness.js';
import { publicUser } from './public-user.js';
import { pairSpaceWritten } from '../pair/pair-space-export.js';
import { NotificationSettingsRepo } from '../../db/notifications/notification-settings.repo.js';

/**
 * Everything a person owns, in one document. Each capability adds its own key here (and to the
 * AccountExport contract) when it is built, so the export never falls behind the data.
 */
export async function collectExport(database: Database, actor: Actor, now: Date): Promise<AccountExport | undefined> {
  const user = await new UsersRepo(database.db).get(actor);
  if (!user) return undefined;
  const sessions = await new SessionsRepo(database.db).list(actor, now.toISOString());
  return {
    format: 'steady-export/1',
    exportedAt: now.toISOString(),
    user: { ...publicUser(user), createdAt: user.createdAt },
    sessions: sessions.map((s) => ({ id: s.id, createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, userAgent: s.userAgent })),
    journal: await new JournalRepo(database.db).all(actor),
    urges: await new UrgesRepo(database.db).all(actor),
    toolSessions: await new ToolSessionsRepo(database.db).all(actor),
    thoughtRecords: await new ThoughtRecordsRepo(database.db).all(actor),
    cycleEvents: await new CycleEventsRepo(database.db).all(actor),
    drafts: await new DraftsRepo(database.db).all(actor),
    assessments: results(await new AssessmentsRepo(database.db).all(actor)),
    supportResources: await new SupportResourcesRepo(database.db).all(actor),
    weeklyChecks: await new WeeklyChecksRepo(database.db).all(actor),
    pairs: await new PairsRepo(database.db).history(actor),
    pairAgreements: await new AgreementsRepo(database.db).authoredBy(actor),
    pairTopics: await new PairTopicsRepo(database.db).authoredBy(actor),
    reflectionTopics: await new ReflectionTopicsRepo(database.db).all(actor),
    pairCheckIns: (await new CheckInsRepo(database.db).completedBy(actor)).map((c) => ({
      pairId: c.pair_id,
      id: c.id,
      startsAt: c.starts_at,
      completedAt: c.completed_at!,
      durationMinutes: c.duration_minutes ?? c.minutes,
      notes: c.notes,
    })),
    pairSpace: await pairSpaceWritten(database.db, actor),
    people: await new PeopleRepo(database.db).all(actor),
    interactions: await new InteractionsRepo(database.db).all(actor),
    ...(await socialWritten(database, actor, now)),
    socialSettings: await new SocialSettingsRepo(database.db).get(actor),
    safetyPlan: (await new SafetyPlansRepo(database.db).get(actor)) ?? null,
    notificationSettings: (await new NotificationSettingsRepo(database.db).get(actor.userId)) ?? null,
    secondFactors: await secondFactorsWritten(database, actor),
  };
}

async function secondFactorsWritten(database: Database, actor: Actor): Promise<AccountExport['secondFactors']> {
  const totp = await new TotpRepo(database.db).get(actor.userId);
  const passkeys = await new PasskeysRepo(database.db).list(actor.userId);
  return {
    totp: { on: Boolean(totp?.confirmedAt), since: totp?.confirmedAt ?? null },
    passkeys: passkeys.map((p) => ({ name: p.name, createdAt: p.createdAt, lastUsedAt: p.lastUsedAt })),
    recoveryCodesLeft: await new RecoveryCodesRepo(database.db).count(actor.userId),
  };
}

/** Invitations, practices, disclosures, feedback answers and monthly reviews (issue 6). */
async function socialWritten(
  database: Database,
  actor: Actor,
  now: Date,
): Promise<Pick<AccountExport, 'invitations' | 'practices' | 'disclosures' | 'feedbackLinks' | 'socialReviews'>> {
  const practices = new PracticesRepo(database.db);
  const days = await practices.days(actor);
  return {
    invitations: await new InvitationsRepo(database.db).all(actor),
    practices: (await practices.list(actor)).map((p) => ({ ...p, days: days.get(p.id) ?? [] })),
    disclosures: await new DisclosuresRepo(database.db).list(actor),
    feedbackLinks: (await new FeedbackLinksRepo(database.db).list(actor)).map((r) => feedbackLinkView(r, now)),
    socialReviews: (await new SocialReviewsRepo(database.db).list(actor)).map(socialReviewView),
  };
}

/**
 * Deletes the person and everything that points at them, in one transaction. Tables reference
 * users with ON DELETE CASCADE; the throttle counters are keyed by hashes (of the email, the
 * person's id, their sessions), so they are removed by hand. Their active pair ends for the partner who stays (who is told, and free to link
 * again), and the words they wrote in rows that outlive them (the former partner's request, the
 * pair's agreement history and check-ins, a joint goal's title) are removed first. Returns the pair that ended, if any.
 */
export async function deleteAccount(
  database: Database,
  actor: Actor,
  email: string,
  now: string,
): Promise<{ pairId: string; partnerIds: string[] } | undefined> {
  const ended = await database.transaction(async (trx) => {
    const ended = await new PairsRepo(trx).endForDeparture(actor, now);
    // The partner left behind has no check-ins any more (the person's own rows go with the account).
    if (ended) await planCheckInWindows(trx, ended.partnerIds, now);
    // Requests first: they find the formats the person wrote in the agreements blanked next.
    await new ReassuranceRequestsRepo(trx).forgetWordsOf(actor);
    await new AgreementsRepo(trx).forgetWordsOf(actor);
    await new CheckInsRepo(trx).forgetNotesOf(actor);
    await new GoalsRepo(trx).forgetTitlesOf(actor);
    const failures = new LoginFailuresRepo(trx);
    await failures.clearAccount(accountThrottleKey(email));
    const sessions = await new SessionsRepo(trx).list(actor, now);
    for (const key of [pairJoinThrottleKey(actor.userId), ...sessions.map((s) => sessionThrottleKey(s.id))]) await failures.clear(key);
    await new UsersRepo(trx).delete(actor);
    return ended;
  });
  await database.forgetDeleted();
  return ended;
}
