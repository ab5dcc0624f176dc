/**
 * App lock policy (issue 14.8). The idle time runs in the browser; the server keeps its own clock
 * from the last request the app made while in use, so a closed tab or a copied cookie is locked
 * too. The server's clock is a backstop: it allows a minute more than the chosen time, because the
 * browser only reports use every half minute, and "on leaving the app" (0) cannot be seen from the
 * server at all, so there it stands for five minutes.
 */
export const UNLOCK_FAILURE_LIMIT = 5;
export const SERVER_IDLE_GRACE_MS = 60_000;
export const LEAVING_BACKSTOP_MINUTES = 5;
/** Marking a session in use on every request would make every read a write. */
export const ACTIVE_TOUCH_MS = 15_000;

export function serverIdleMs(idleMinutes: number): number {
  return (idleMinutes === 0 ? LEAVING_BACKSTOP_MINUTES : idleMinutes) * 60_000 + SERVER_IDLE_GRACE_MS;
}

export interface SessionLockFacts {
  /** When this session was locked, or null. */
  lockedAt: string | null;
  /** The last request made while in use (falls back to the session's start). */
  activeAt: string;
  idleMinutes: number;
}

export function isLocked(facts: SessionLockFacts, now: Date): boolean {
  if (facts.lockedAt !== null) return true;
  return now.getTime() - Date.parse(facts.activeAt) > serverIdleMs(facts.idleMinutes);
}
