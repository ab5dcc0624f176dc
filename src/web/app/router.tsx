import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout.js';
import { RouteError } from './RouteError.js';
import { RequireAuth, SignedOutOnly } from '../auth/guards.js';
import { WelcomePage } from '../features/welcome/WelcomePage.js';
import { LoginPage } from '../features/auth/LoginPage.js';
import { SignupPage } from '../features/auth/SignupPage.js';
import { HomePage } from '../features/home/HomePage.js';
import { JournalListPage } from '../features/journal/JournalListPage.js';
import { JournalNewPage } from '../features/journal/JournalNewPage.js';
import { JournalEntryPage } from '../features/journal/JournalEntryPage.js';
import { SosPage } from '../features/sos/SosPage.js';
import { SettingsPage } from '../features/settings/SettingsPage.js';
import { NotFoundPage } from '../features/notfound/NotFoundPage.js';

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
      {
        path: 'home',
        element: (
          <RequireAuth>
            <HomePage />
          </RequireAuth>
        ),
      },
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
      // Open to everyone: someone signed out, or locked out, may need it most.
      { path: 'sos', element: <SosPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
