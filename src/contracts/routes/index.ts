import { agreementTable } from '../pair/agreement.routes.js';
import { appLockTable } from '../account/app-lock.routes.js';
import { assessmentsTable } from '../support/assessments.routes.js';
import { authTable } from '../account/auth.routes.js';
import { calendarTable } from '../pair/calendar.routes.js';
import { capabilityLinksTable } from '../account/capability-links.routes.js';
import { cyclesTable } from '../cycles/cycles.routes.js';
import { disclosuresTable } from '../social/disclosures.routes.js';
import { draftsTable } from '../reassurance/drafts.routes.js';
import { eventsTable } from './events.routes.js';
import { feedbackTable } from '../social/feedback.routes.js';
import { goalsTable } from '../pair/goals.routes.js';
import { healthTable } from './health.routes.js';
import { insightsTable } from '../reassurance/insights.routes.js';
import { interactionsTable } from '../social/interactions.routes.js';
import { invitationsTable } from '../social/invitations.routes.js';
import { journalTable } from '../journal/journal.routes.js';
import { kudosTable } from '../pair/kudos.routes.js';
import { meTable } from '../account/me.routes.js';
import { notificationsTable } from '../notifications/notifications.routes.js';
import { pairTable } from '../pair/pair.routes.js';
import { passkeysTable } from '../account/passkeys.routes.js';
import { peopleTable } from '../social/people.routes.js';
import { practicesTable } from '../social/practices.routes.js';
import { quickExitTable } from '../account/quick-exit.routes.js';
import { reassuranceRequestsTable } from '../pair/reassurance-requests.routes.js';
import { recoveryTable } from '../account/recovery.routes.js';
import { reflectionTopicsTable } from '../reassurance/reflection-topics.routes.js';
import { reviewsTable } from '../pair/reviews.routes.js';
import { safetyTable } from '../support/safety.routes.js';
import { safetyPlanTable } from '../support/safety-plan.routes.js';
import { sessionsTable } from '../account/sessions.routes.js';
import { socialInsightsTable } from '../social/social-insights.routes.js';
import { socialReviewsTable } from '../social/social-reviews.routes.js';
import { socialSettingsTable } from '../social/social-settings.routes.js';
import { stressPlanTable } from '../pair/stress-plan.routes.js';
import { summaryTable } from '../support/summary.routes.js';
import { supportTable } from '../support/support.routes.js';
import { thoughtRecordsTable } from '../reassurance/thought-records.routes.js';
import { toolSessionsTable } from '../reassurance/tool-sessions.routes.js';
import { topicsTable } from '../pair/topics.routes.js';
import { twoStepTable } from '../account/two-step.routes.js';
import { urgesTable } from '../reassurance/urges.routes.js';
import { waitingLadderTable } from '../reassurance/waiting-ladder.routes.js';
import { weeklyReflectionTable } from '../support/weekly-reflection.routes.js';

/** Every operation the server serves, by operationId. */
export const Routes = {
  ...agreementTable,
  ...appLockTable,
  ...assessmentsTable,
  ...authTable,
  ...calendarTable,
  ...capabilityLinksTable,
  ...cyclesTable,
  ...disclosuresTable,
  ...draftsTable,
  ...eventsTable,
  ...feedbackTable,
  ...goalsTable,
  ...healthTable,
  ...insightsTable,
  ...interactionsTable,
  ...invitationsTable,
  ...journalTable,
  ...kudosTable,
  ...meTable,
  ...notificationsTable,
  ...pairTable,
  ...passkeysTable,
  ...peopleTable,
  ...practicesTable,
  ...quickExitTable,
  ...reassuranceRequestsTable,
  ...recoveryTable,
  ...reflectionTopicsTable,
  ...reviewsTable,
  ...safetyTable,
  ...safetyPlanTable,
  ...sessionsTable,
  ...socialInsightsTable,
  ...socialReviewsTable,
  ...socialSettingsTable,
  ...stressPlanTable,
  ...summaryTable,
  ...supportTable,
  ...thoughtRecordsTable,
  ...toolSessionsTable,
  ...topicsTable,
  ...twoStepTable,
  ...urgesTable,
  ...waitingLadderTable,
  ...weeklyReflectionTable,
};
