import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AuthResponse, SessionState as SessionStateResponse, User } from '../../contracts/auth.js';
import { ApiError, api, onSignedOut, setCsrfToken } from '../api/client.js';
import { clearOutbox, flush, pauseOutbox } from '../offline/outbox.js';
import { useOutboxSync } from '../offline/useOutboxSync.js';
import { forgetPlan } from '../features/safety-plan/planSync.js';
import { useLiveConnection } from '../live/useLiveEvents.js';
import { forgetPrivateMemory } from './forget.js';
import { clearLogoutPending, finishPendingLogout, markLogoutPending } from './pendingLogout.js';

/** Why nobody is signed in: decides where a protected page sends the person, and what we say. */
export type SignedOutReason = 'initial' | 'loggedOut' | 'deleted' | 'expired';

export type SessionState =
  { status: 'loading' } | { status: 'signedOut'; reason: SignedOutReason; unreachable?: boolean } | { status: 'signedIn'; user: User };

interface SessionApi {
  state: SessionState;
  /** The signed-in person; only call inside pages behind RequireAuth. */
  user: User | null;
  signIn: (res: AuthResponse) => void;
  updateUser: (user: User) => void;
  logOut: () => Promise<void>;
  /** After the account is deleted server-side. */
  forgetDeleted: () => void;
  retry: () => void;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const start = async (): Promise<SessionState> => {
      // A log-out that happened offline is finished before anything else, so the session it left
      // on the server is never picked up again as if the person were still signed in.
      if (!(await finishPendingLogout())) return { status: 'signedOut', reason: 'initial', unreachable: true };
      const res = await api.get<SessionStateResponse>('/api/v1/session', controller.signal);
      if (!res.user || !res.csrfToken) return { status: 'signedOut', reason: 'initial', unreachable: false };
      setCsrfToken(res.csrfToken);
      return { status: 'signedIn', user: res.user };
    };
    start()
      .then((next) => {
        if (!controller.signal.aborted) setState(next);
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        const unreachable = err instanceof ApiError && err.status === 0;
        setState({ status: 'signedOut', reason: 'initial', unreachable });
      });
    return () => controller.abort();
  }, [attempt]);

  // Back online after logging out offline: end that session on the server now.
  useEffect(() => {
    const onOnline = () => void finishPendingLogout();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, []);

  const signOutLocally = useCallback((reason: SignedOutReason) => {
    setCsrfToken(null);
    forgetPrivateMemory();
    // An expired session keeps this person's unsent changes for when they log in again (they are
    // never sent under anyone else's account); logging out or deleting the account forgets them.
    if (reason === 'expired') pauseOutbox();
    else {
      void clearOutbox();
      // The device copy of the safety plan goes too (an expired session keeps it, like the outbox).
      void forgetPlan();
    }
    setState({ status: 'signedOut', reason });
  }, []);

  useOutboxSync(state.status === 'signedIn' ? state.user.id : null);
  // The live connection closes the moment nobody is signed in (log-out, expiry, deletion).
  useLiveConnection(state.status === 'signedIn');

  // Any 401 from the API means this session is over (expired, or ended from another device).
  useEffect(() => onSignedOut(() => signOutLocally('expired')), [signOutLocally]);

  const value = useMemo<SessionApi>(
    () => ({
      state,
      user: state.status === 'signedIn' ? state.user : null,
      signIn(res) {
        // A new session is never the one an earlier offline log-out meant to end.
        clearLogoutPending();
        setCsrfToken(res.csrfToken);
        setState({ status: 'signedIn', user: res.user });
      },
      updateUser(user) {
        setState({ status: 'signedIn', user });
      },
      async logOut() {
        try {
          // Anything saved on this device while offline gets one last chance to reach the server.
          await Promise.race([flush(), new Promise((resolve) => setTimeout(resolve, 3000))]);
          await api.post('/api/v1/auth/logout');
        } catch (err) {
          // 401: the session had already ended. Anything else: the server has not heard yet.
          if (!(err instanceof ApiError && err.status === 401)) markLogoutPending();
        } finally {
          // Even if the server could not be reached, forget everything on this device.
          await clearOutbox();
          signOutLocally('loggedOut');
        }
      },
      forgetDeleted() {
        signOutLocally('deleted');
      },
      retry() {
        setState({ status: 'loading' });
        setAttempt((n) => n + 1);
      },
    }),
    [state, signOutLocally],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession must be used inside SessionProvider');
  return ctx;
}

/** For pages behind RequireAuth, where a user is guaranteed. */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useUser used outside a signed-in page');
  return user;
}
