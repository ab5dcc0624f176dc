import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout.js';
import { RouteError } from './RouteError.js';
import { RequireAuth, SignedOutOnly } from '../auth/guards.js';
import { WelcomePage } from '../features/welcome/WelcomePage.js';
import { LoginPage } from '../features/account/auth/LoginPage.js';
import { SignupPage } from '../features/account/auth/SignupPage.js';
import { ConfirmSignupPage } from '../features/account/auth/ConfirmSignupPage.js';
import { ForgotPage } from '../features/account/recovery/ForgotPage.js';
import { ResetPage } from '../features/account/recovery/ResetPage.js';
import { HomePage } from '../features/home/HomePage.js';
import { FirstRunPage } from '../features/first-run/FirstRunPage.js';
import { OverTimePage } from '../features/over-time/OverTimePage.js';
import { JournalListPage } from '../features/journal/JournalListPage.js';
import { JournalNewPage } from '../features/journal/JournalNewPage.js';
import { JournalEntryPage } from '../features/journal/JournalEntryPage.js';
import { SosPage } from '../features/support/sos/SosPage.js';
import { SafetyPlanPage } from '../features/support/safety-plan/SafetyPlanPage.js';
import { KeptPage } from '../features/kept/KeptPage.js';
import { SettingsPage } from '../features/account/settings/SettingsPage.js';
import { NotFoundPage } from '../features/notfound/NotFoundPage.js';
import { UrgeLogPage } from '../features/reassurance/urges/UrgeLogPage.js';
import { PausePage } from '../features/reassurance/urges/PausePage.js';
import { UrgeHistoryPage } from '../features/reassurance/urges/UrgeHistoryPage.js';
import { UrgePage } from '../features/reassurance/urges/UrgePage.js';
import { ToolsPage } from '../features/reassurance/tools/ToolsPage.js';
import { BreathingPage } from '../features/reassurance/tools/BreathingPage.js';
import { GroundingPage } from '../features/reassurance/tools/GroundingPage.js';
import { MusclesPage } from '../features/reassurance/tools/MusclesPage.js';
import { JournalToolPage } from '../features/reassurance/tools/JournalToolPage.js';
import { ThoughtListPage } from '../features/reassurance/tools/ThoughtListPage.js';
import { ThoughtNewPage } from '../features/reassurance/tools/ThoughtNewPage.js';
import { ThoughtPage } from '../features/reassurance/tools/ThoughtPage.js';
import { PairPage } from '../features/pair/PairPage.js';
import { AgreementPage } from '../features/pair/AgreementPage.js';
import { CheckInPage } from '../features/pair/CheckInPage.js';
import { TogetherPage } from '../features/pair/together/TogetherPage.js';
import { RequestsPage } from '../features/pair/requests/RequestsPage.js';
import { KudosPage } from '../features/pair/kudos/KudosPage.js';
import { StressPlanPage } from '../features/pair/stress-plan/StressPlanPage.js';
import { GoalsPage } from '../features/pair/goals/GoalsPage.js';
import { ReviewsPage } from '../features/pair/reviews/ReviewsPage.js';
import { CyclesPage } from '../features/cycles/CyclesPage.js';
import { PauseMessagePage } from '../features/reassurance/drafts/PauseMessagePage.js';
import { QuestionnairesPage } from '../features/support/QuestionnairesPage.js';
import { QuestionnairePage } from '../features/support/QuestionnairePage.js';
import { SupportPage } from '../features/support/SupportPage.js';
import { PeoplePage } from '../features/social/PeoplePage.js';
import { NewPersonPage } from '../features/social/NewPersonPage.js';
import { PersonPage } from '../features/social/PersonPage.js';
import { ImportPage } from '../features/social/ImportPage.js';
import { LogInteractionPage } from '../features/social/LogInteractionPage.js';
import { InvitationsPage } from '../features/social/InvitationsPage.js';
import { PracticesPage } from '../features/social/PracticesPage.js';
import { NotificationsPage } from '../features/notifications/NotificationsPage.js';
import { Loading } from '../components/Loading.js';
import { lazy, Suspense, type ReactNode } from 'react';

// The charting library is most of the insights page's weight: it loads only when someone opens it
// (the service worker precaches the chunk, so it still opens offline).
const InsightsPage = lazy(() => import('../features/reassurance/insights/InsightsPage.js').then((m) => ({ default: m.InsightsPage })));

// The cycle and the pause before sending (issue 5); the cycle insights carry the charting library, so they load lazily too.
const CycleInsightsPage = lazy(() => import('../features/cycles/CycleInsightsPage.js').then((m) => ({ default: m.CycleInsightsPage })));

// Social insights and the monthly review's trend carry the charting library too.
const SocialInsightsPage = lazy(() => import('../features/social/SocialInsightsPage.js').then((m) => ({ default: m.SocialInsightsPage })));
const SocialReviewPage = lazy(() => import('../features/social/SocialReviewPage.js').then((m) => ({ default: m.SocialReviewPage })));

const authed = (page: ReactNode) => <RequireAuth>{page}</RequireAuth>;

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        index: true,
        element: (
          <SignedOutOnly>
            <WelcomePage />
          </SignedOutOnly>
        ),
      },
      {
        path: 'login',
        element: (
          <SignedOutOnly>
            <LoginPage />
          </SignedOutOnly>
        ),
      },
      {
        path: 'signup',
        element: (
          <SignedOutOnly>
            <SignupPage />
          </SignedOutOnly>
        ),
      },
      // The sign-up mail's link (with mail set up); open whoever is signed in here, like /reset.
      { path: 'signup/confirm', element: <ConfirmSignupPage /> },
      // Recovery (issue 14.7). /reset is open whoever is signed in here: the link's token says whose account it is.
      {
        path: 'forgot',
        element: (
          <SignedOutOnly>
            <ForgotPage />
          </SignedOutOnly>
        ),
      },
      { path: 'reset', element: <ResetPage /> },
      {
        path: 'home',
        element: (
          <RequireAuth>
            <HomePage />
          </RequireAuth>
        ),
      },
      // The first-run welcome (issue 13): home sends a person here until they finish or skip it once.
      { path: 'welcome', element: authed(<FirstRunPage />) },
      { path: 'over-time', element: authed(<OverTimePage />) },
      {
        path: 'journal',
        element: (
          <RequireAuth>
            <JournalListPage />
          </RequireAuth>
        ),
      },
      {
        path: 'journal/new',
        element: (
          <RequireAuth>
            <JournalNewPage />
          </RequireAuth>
        ),
      },
      {
        path: 'journal/:id',
        element: (
          <RequireAuth>
            <JournalEntryPage />
          </RequireAuth>
        ),
      },
      {
        path: 'settings',
        element: (
          <RequireAuth>
            <SettingsPage />
          </RequireAuth>
        ),
      },
      { path: 'urge', element: authed(<UrgeLogPage />) },
      { path: 'urge/:ref', element: authed(<PausePage />) },
      { path: 'urges', element: authed(<UrgeHistoryPage />) },
      { path: 'urges/:id', element: authed(<UrgePage />) },
      { path: 'pair', element: authed(<PairPage />) },
      { path: 'pair/agreement', element: authed(<AgreementPage />) },
      { path: 'pair/check-in', element: authed(<CheckInPage />) },
      { path: 'tools', element: authed(<ToolsPage />) },
      { path: 'tools/breathing', element: authed(<BreathingPage />) },
      { path: 'tools/grounding', element: authed(<GroundingPage />) },
      { path: 'tools/muscles', element: authed(<MusclesPage />) },
      { path: 'tools/journal', element: authed(<JournalToolPage />) },
      { path: 'tools/thoughts', element: authed(<ThoughtListPage />) },
      { path: 'tools/thoughts/new', element: authed(<ThoughtNewPage />) },
      { path: 'tools/thoughts/:id', element: authed(<ThoughtPage />) },
      // Support between partners (issue 4).
      { path: 'together', element: authed(<TogetherPage />) },
      { path: 'pair/requests', element: authed(<RequestsPage />) },
      { path: 'pair/kudos', element: authed(<KudosPage />) },
      { path: 'pair/stress-plan', element: authed(<StressPlanPage />) },
      { path: 'goals', element: authed(<GoalsPage />) },
      { path: 'reviews', element: authed(<ReviewsPage />) },
      // Questionnaires and finding support (issue 5).
      { path: 'questionnaires', element: authed(<QuestionnairesPage />) },
      { path: 'questionnaires/:id', element: authed(<QuestionnairePage />) },
      { path: 'support', element: authed(<SupportPage />) },
      {
        path: 'insights',
        element: authed(
          <Suspense fallback={<Loading />}>
            <InsightsPage />
          </Suspense>,
        ),
      },
      // The pursue–withdraw cycle and the pause before sending (issue 5).
      { path: 'cycles', element: authed(<CyclesPage />) },
      {
        path: 'cycles/insights',
        element: authed(
          <Suspense fallback={<Loading />}>
            <CycleInsightsPage />
          </Suspense>,
        ),
      },
      { path: 'pause-message', element: authed(<PauseMessagePage />) },
      // The social map (issue 6): one "People" entry in the navigation, everything else beneath it.
      { path: 'people', element: authed(<PeoplePage />) },
      { path: 'people/new', element: authed(<NewPersonPage />) },
      { path: 'people/import', element: authed(<ImportPage />) },
      { path: 'people/log', element: authed(<LogInteractionPage />) },
      { path: 'people/invitations', element: authed(<InvitationsPage />) },
      { path: 'people/practices', element: authed(<PracticesPage />) },
      {
        path: 'people/review',
        element: authed(
          <Suspense fallback={<Loading />}>
            <SocialReviewPage />
          </Suspense>,
        ),
      },
      {
        path: 'people/insights',
        element: authed(
          <Suspense fallback={<Loading />}>
            <SocialInsightsPage />
          </Suspense>,
        ),
      },
      { path: 'people/:id', element: authed(<PersonPage />) },
      // Open to everyone: someone signed out, or locked out, may need it most.
      { path: 'sos', element: <SosPage /> },
      // The personal safety plan (issue 12): the person's alone.
      { path: 'safety-plan', element: authed(<SafetyPlanPage />) },
      { path: 'kept', element: authed(<KeptPage />) },
      // Reminders that came due (issue 16): the bell in the header opens it.
      { path: 'notifications', element: authed(<NotificationsPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
