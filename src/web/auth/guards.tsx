import type { ReactNode } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { useSession } from './session.js';
import { Loading } from '../components/Loading.js';
import { LockScreen } from '../features/account/app-lock/LockScreen.js';

/** Only same-site paths, so a crafted ?next= cannot send someone to another site. */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : null;
}

export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <Loading />;
  // The page asked for is not mounted at all while locked; the lock screen stands in its place.
  if (state.status === 'locked') return <LockScreen />;
  if (state.status === 'signedOut') {
    // After a deliberate log-out or deletion, go home rather than to a log-in form.
    if (state.reason === 'loggedOut' || state.reason === 'deleted') return <Navigate to="/" replace />;
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return <>{children}</>;
}

export function SignedOutOnly({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const [params] = useSearchParams();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signedIn') return <Navigate to={safeNext(params.get('next')) ?? '/home'} replace />;
  if (state.status === 'locked') return <LockScreen />;
  return <>{children}</>;
}
