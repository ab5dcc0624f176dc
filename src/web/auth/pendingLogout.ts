import type { SessionState } from '../../contracts/account/auth.js';

/**
 * A log-out that could not reach the server (offline, server down). This device forgets everything
 * at once, but the session lives on the server until it is told; so a flag remembers that it still
 * has to be told, and the next chance (the app starting, the connection returning, someone about to
 * log in) ends it first.
 *
 * The flag holds no token, no id and no words: the session cookie is HttpOnly and the browser
 * still sends it, which is all the server needs. It is safe against the next person because
 * signing in clears it, and because a CSRF token belongs to one session: even a request already on
 * its way cannot end a session that started after it.
 */
const KEY = 'steady:logoutPending';

export function markLogoutPending(): void {
  try {
    localStorage.setItem(KEY, '1');
  } catch {
    // Storage refused (a private window): the session still ends when it expires on the server.
  }
}

export function clearLogoutPending(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing was kept.
  }
}

export function logoutPending(): boolean {
  try {
    return localStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
}

let running: Promise<boolean> | null = null;

/**
 * Ends the session left behind by an offline log-out, if there is one. Resolves true when nothing
 * is pending any more, false when the server could not be reached (the flag stays for next time).
 *
 * Plain fetch rather than the api client on purpose: this must not touch the CSRF token or the
 * signed-out signal of whoever is using the app now.
 */
export function finishPendingLogout(): Promise<boolean> {
  if (!logoutPending()) return Promise.resolve(true);
  running ??= (async () => {
    try {
      const res = await fetch('/api/v1/session', { headers: { accept: 'application/json' }, cache: 'no-store' });
      if (!res.ok) return false;
      const session = (await res.json()) as SessionState;
      // Someone signed in while we asked: that session is theirs, not the one to end.
      if (!logoutPending()) return true;
      // A locked session names nobody but is still a session to end.
      if (session.csrfToken) {
        const out = await fetch('/api/v1/auth/logout', {
          method: 'POST',
          headers: { 'x-csrf-token': session.csrfToken },
          cache: 'no-store',
        });
        // 401: it had already ended (expired, or ended from another device).
        if (!out.ok && out.status !== 401) return false;
      }
      clearLogoutPending();
      return true;
    } catch {
      return false;
    } finally {
      running = null;
    }
  })();
  return running;
}
