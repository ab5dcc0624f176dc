import { agreementTable } from './agreement.routes.js';
import { appLockTable } from './app-lock.routes.js';
import { assessmentsTable } from './assessments.routes.js';
import { authTable } from './auth.routes.js';
import { calendarTable } from './calendar.routes.js';
import { capabilityLinksTable } from './capability-links.routes.js';
import { cyclesTable } from './cycles.routes.js';
import { disclosuresTable } from './disclosures.routes.js';
import { draftsTable } from './drafts.routes.js';
import { eventsTable } from './events.routes.js';
import { feedbackTable } from './feedback.routes.js';
import { goalsTable } from './goals.routes.js';
import { healthTable } from './health.routes.js';
import { insightsTable } from './insights.routes.js';
import { interactionsTable } from './interactions.routes.js';
import { invitationsTable } from './invitations.routes.js';
import { journalTable } from './journal.routes.js';
import { kudosTable } from './kudos.routes.js';
import { meTable } from './me.routes.js';
import { pairTable } from './pair.routes.js';
import { passkeysTable } from './passkeys.routes.js';
import { peopleTable } from './people.routes.js';
import { practicesTable } from './practices.routes.js';
import { quickExitTable } from './quick-exit.routes.js';
import { reassuranceRequestsTable } from './reassurance-requests.routes.js';
import { recoveryTable } from './recovery.routes.js';
import { reflectionTopicsTable } from './reflection-topics.routes.js';
import { reviewsTable } from './reviews.routes.js';
import { safetyTable } from './safety.routes.js';
import { safetyPlanTable } from './safety-plan.routes.js';
import { sessionsTable } from './sessions.routes.js';
import { socialInsightsTable } from './social-insights.routes.js';
import { socialReviewsTable } from './social-reviews.routes.js';
import { socialSettingsTable } from './social-settings.routes.js';
import { stressPlanTable } from './stress-plan.routes.js';
import { summaryTable } from './summary.routes.js';
import { supportTable } from './support.routes.js';
import { thoughtRecordsTable } from './thought-records.routes.js';
import { toolSessionsTable } from './tool-sessions.routes.js';
import { topicsTable } from './topics.routes.js';
import { twoStepTable } from './two-step.routes.js';
import { urgesTable } from './urges.routes.js';

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
};
