import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AuthResponse } from '../../contracts/account/auth.js';
import { ApiError, offlineProblem, onLocked, onSignedOut, setCsrfToken } from '../api/client.js';
import { call } from '../api/call.js';
import { markDeviceLocked, readDeviceLock, rememberLockSetting, shouldBeLocked } from '../features/account/app-lock/deviceLock.js';
import { forgetSignedIn, rememberSignedIn, rememberedUser, type ShellUser } from '../offline/deviceSession.js';
import { clearOutbox, flush, pauseOutbox } from '../offline/outbox.js';
import { useOutboxSync } from '../offline/useOutboxSync.js';
import { forgetPlan } from '../features/support/safety-plan/planSync.js';
import { forgetAgreedPlan } from '../features/pair/stress-plan/deviceCopy.js';
import { forgetInbox } from '../features/notifications/deviceCopy.js';
import { stopPushHere } from '../features/notifications/devicePush.js';
import { useLiveConnection } from '../live/useLiveEvents.js';
import { forgetPrivateMemory } from './forget.js';
import { clearLogoutPending, finishPendingLogout, markLogoutPending } from './pendingLogout.js';

/** Why nobody is signed in: decides where a protected page sends the person, and what we say. */
export type SignedOutReason = 'initial' | 'loggedOut' | 'deleted' | 'expired';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut'; reason: SignedOutReason; unreachable?: boolean }
  /**
   * `fromDevice`: the server could not be reached, so the app started from this device's memory of
   * who is signed in. Everything that works offline works; nothing is sent until the server has
   * confirmed the session (it is asked again when the connection returns, and every half minute).
   */
  | { status: 'signedIn'; user: ShellUser; fromDevice: boolean }
  /**
   * Behind the app lock (issue 14.8): nothing private is mounted, only the lock screen and SOS.
   * The session goes on; the PIN (checked by the server) opens it again.
   */
  | { status: 'locked' };

/** How often a session remembered on the device is checked with the server while it cannot be reached. */
const RECHECK_MS = 30_000;

/** No answer at all, or a gateway's answer while Steady itself is down: not a verdict on the session. */
function unreachable(err: unknown): boolean {
  return err instanceof ApiError && (err.status === 0 || err.status >= 500);
}

type Confirmed =
  | { status: 'signedOut'; reason: 'initial'; unreachable: false }
  | { status: 'signedIn'; user: ShellUser; fromDevice: false }
  | { status: 'locked' };

/** Tells the server this session is locked; the device remembers it too, so a reload opens locked. */
function lockEverywhere(): void {
  markDeviceLocked(true);
  void call('lockApp').catch(() => undefined);
}

/** Asks the server who this browser's session belongs to; throws ApiError when it cannot be asked. */
async function confirmSession(signal?: AbortSignal): Promise<Confirmed> {
  const res = await call('getSession', {}, { signal });
  if (res.locked && res.csrfToken) {
    setCsrfToken(res.csrfToken);
    markDeviceLocked(true);
    return { status: 'locked' };
  }
  if (!res.user || !res.csrfToken) {
    await forgetSignedIn();
    return { status: 'signedOut', reason: 'initial', unreachable: false };
  }
  setCsrfToken(res.csrfToken);
  // Locked on this device (offline, or the idle time ran out while the tab was closed): the
  // server hears it now, and the app stays locked.
  if (shouldBeLocked(readDeviceLock())) {
    lockEverywhere();
    return { status: 'locked' };
  }
  void rememberSignedIn(res.user);
  return { status: 'signedIn', user: res.user, fromDevice: false };
}

interface SessionApi {
  state: SessionState;
  /** The signed-in person; only call inside pages behind RequireAuth. */
  user: ShellUser | null;
  signIn: (res: AuthResponse) => void;
  updateUser: (user: ShellUser) => void;
  logOut: () => Promise<void>;
  /** Hides everything behind the app lock now (idle time, leaving the app, a quick exit). */
  lock: () => void;
  /** After the server accepted the PIN. */
  unlocked: (res: AuthResponse) => void;
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
      // on the server is never picked up again as if the person were still signed in (logging out
      // also forgot who was signed in, so there is nobody to start from on this device either).
      if (!(await finishPendingLogout())) return { status: 'signedOut', reason: 'initial', unreachable: true };
      try {
        // With no network at all, asking can only fail (and the browser would log it as an error).
        if (!navigator.onLine) throw new ApiError(offlineProblem());
        return await confirmSession(controller.signal);
      } catch (err) {
        if (!unreachable(err)) throw err;
        // Only a real answer from the server signs someone out; no answer opens what this device remembers.
        const user = await rememberedUser();
        // Offline, the PIN cannot be checked, so a device that should be locked stays locked until
        // the server is back (SOS and its lines still open).
        if (user && shouldBeLocked(readDeviceLock())) {
          markDeviceLocked(true);
          return { status: 'locked' };
        }
        return user ? { status: 'signedIn', user, fromDevice: true } : { status: 'signedOut', reason: 'initial', unreachable: true };
      }
    };
    start()
      .then((next) => {
        if (!controller.signal.aborted) setState(next);
      })
      .catch(() => {
        if (controller.signal.aborted) return;
        setState({ status: 'signedOut', reason: 'initial', unreachable: false });
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
    // never sent under anyone else's account); logging out or deleting the account forgets them,
    // who was signed in with them (the whole database goes), and the device copies of the safety
    // plan and the pair's stress plan (an expired session keeps them, like the outbox).
    if (reason === 'expired') {
      pauseOutbox();
      void forgetSignedIn();
    } else {
      rememberLockSetting(null);
      void clearOutbox();
      void forgetPlan();
      void forgetAgreedPlan();
      void forgetInbox();
    }
    setState({ status: 'signedOut', reason });
  }, []);

  // Started from the device's memory: ask the server again when the connection returns, and now
  // and then (a server that was down comes back without an `online` event). Its answer decides.
  const fromDevice = state.status === 'signedIn' && state.fromDevice;
  useEffect(() => {
    if (!fromDevice) return;
    let stopped = false;
    let asking = false;
    const recheck = async () => {
      if (asking || !navigator.onLine) return;
      asking = true;
      try {
        const next = await confirmSession();
        if (stopped) return;
        if (next.status === 'signedOut') signOutLocally('expired');
        else setState(next);
      } catch {
        // Still out of reach; the notice stays and so does everything kept on the device.
      } finally {
        asking = false;
      }
    };
    const onOnline = () => void recheck();
    window.addEventListener('online', onOnline);
    const timer = window.setInterval(() => void recheck(), RECHECK_MS);
    return () => {
      stopped = true;
      window.removeEventListener('online', onOnline);
      window.clearInterval(timer);
    };
  }, [fromDevice, signOutLocally]);

  useOutboxSync(state.status === 'signedIn' ? state.user.id : null, !fromDevice);
  // The live connection closes the moment nobody is signed in (log-out, expiry, deletion).
  // (Not before the server has confirmed the session: there is nobody to stream to until then.)
  useLiveConnection(state.status === 'signedIn' && !fromDevice);

  // Any 401 from the API means this session is over (expired, or ended from another device).
  useEffect(() => onSignedOut(() => signOutLocally('expired')), [signOutLocally]);

  // Locking unmounts every screen but keeps what is held in memory (an entry half written when the
  // idle time ran out comes back after the PIN): nothing of it is in the page meanwhile. The quick
  // exit, logging out and a session ended by wrong PINs forget it all.
  const lock = useCallback(() => {
    lockEverywhere();
    setState((s) => (s.status === 'signedIn' ? { status: 'locked' } : s));
  }, []);
  // The server locked this session (its idle time, or another tab): show the lock screen here too.
  useEffect(
    () =>
      onLocked(() => {
        markDeviceLocked(true);
        setState((s) => (s.status === 'signedIn' ? { status: 'locked' } : s));
      }),
    [],
  );

  const value = useMemo<SessionApi>(
    () => ({
      state,
      user: state.status === 'signedIn' ? state.user : null,
      lock,
      unlocked(res) {
        markDeviceLocked(false);
        setCsrfToken(res.csrfToken);
        void rememberSignedIn(res.user);
        setState({ status: 'signedIn', user: res.user, fromDevice: false });
      },
      signIn(res) {
        // A new session is never the one an earlier offline log-out meant to end.
        clearLogoutPending();
        // Signing in with the password is the person: the new session starts open.
        markDeviceLocked(false);
        setCsrfToken(res.csrfToken);
        void rememberSignedIn(res.user);
        setState({ status: 'signedIn', user: res.user, fromDevice: false });
      },
      updateUser(user) {
        void rememberSignedIn(user);
        setState({ status: 'signedIn', user, fromDevice: false });
      },
      async logOut() {
        try {
          // Anything saved on this device while offline gets one last chance to reach the server.
          await Promise.race([flush(), new Promise((resolve) => setTimeout(resolve, 3000))]);
          // The next person on this browser must not be shown this one's reminders: push stops here
          // while the session can still tell the server which device it was.
          await Promise.race([stopPushHere().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 3000))]);
          await call('logout');
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
        void stopPushHere({ tellServer: false }).catch(() => undefined);
        signOutLocally('deleted');
      },
      retry() {
        setState({ status: 'loading' });
        setAttempt((n) => n + 1);
      },
    }),
    [state, signOutLocally, lock],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession must be used inside SessionProvider');
  return ctx;
}

/** For pages behind RequireAuth, where a user is guaranteed. */
export function useUser(): ShellUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser used outside a signed-in page');
  return user;
}
