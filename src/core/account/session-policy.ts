import type { SessionIdle } from '../../contracts/account/auth.js';

/**
 * How long a session lasts (ASVS 3.3): never more than ABSOLUTE_LIFETIME_MS from the login that
 * made it, however busy, and it ends sooner after the idle time the person chose. The default is a
 * week: Steady is mostly opened on a person's own phone, where being asked for the password every
 * day would push people to weaker ones, and a shared device has its own lock (issue 14.8).
 */
export const ABSOLUTE_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
export const DEFAULT_IDLE: SessionIdle = '7d';
export const IDLE_MINUTES: Record<SessionIdle, number> = { '30m': 30, '2h': 120, '1d': 24 * 60, '7d': 7 * 24 * 60, '30d': 30 * 24 * 60 };

/** How long after a login or `reauthenticate` a session counts as the person being here (exports). */
export const REAUTH_WINDOW_MS = 10 * 60 * 1000;

export function idleFromMinutes(minutes: number): SessionIdle {
  const found = (Object.keys(IDLE_MINUTES) as SessionIdle[]).find((k) => IDLE_MINUTES[k] === minutes);
  return found ?? DEFAULT_IDLE;
}

/** When a session seen at `lastSeenAt` ends: the sooner of its idle end and its absolute end. */
export function sessionExpiry(createdAt: string, lastSeenAt: string, idleMinutes: number): string {
  const idleEnd = Date.parse(lastSeenAt) + idleMinutes * 60_000;
  const absoluteEnd = Date.parse(createdAt) + ABSOLUTE_LIFETIME_MS;
  return new Date(Math.min(idleEnd, absoluteEnd)).toISOString();
}

export function recentlyAuthenticated(authenticatedAt: string | null, now: Date): boolean {
  if (!authenticatedAt) return false;
  const age = now.getTime() - Date.parse(authenticatedAt);
  return age >= 0 && age <= REAUTH_WINDOW_MS;
}
