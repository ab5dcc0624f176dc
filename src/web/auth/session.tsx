import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AuthResponse, SessionState as SessionStateResponse, User } from '../../contracts/auth.js';
import { ApiError, api, onSignedOut, setCsrfToken } from '../api/client.js';
import { forgetPrivateMemory } from './forget.js';

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
    api
      .get<SessionStateResponse>('/api/v1/session', controller.signal)
      .then((res) => {
        if (!res.user || !res.csrfToken) {
          setState({ status: 'signedOut', reason: 'initial', unreachable: false });
          return;
        }
        setCsrfToken(res.csrfToken);
        setState({ status: 'signedIn', user: res.user });
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        const unreachable = err instanceof ApiError && err.status === 0;
        setState({ status: 'signedOut', reason: 'initial', unreachable });
      });
    return () => controller.abort();
  }, [attempt]);

  const signOutLocally = useCallback((reason: SignedOutReason) => {
    setCsrfToken(null);
    forgetPrivateMemory();
    setState({ status: 'signedOut', reason });
  }, []);

  // Any 401 from the API means this session is over (expired, or ended from another device).
  useEffect(() => onSignedOut(() => signOutLocally('expired')), [signOutLocally]);

  const value = useMemo<SessionApi>(
    () => ({
      state,
      user: state.status === 'signedIn' ? state.user : null,
      signIn(res) {
        setCsrfToken(res.csrfToken);
        setState({ status: 'signedIn', user: res.user });
      },
      updateUser(user) {
        setState({ status: 'signedIn', user });
      },
      async logOut() {
        try {
          await api.post('/api/v1/auth/logout');
        } finally {
          // Even if the server could not be reached, forget everything on this device.
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
