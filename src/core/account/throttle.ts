/**
 * Login throttling policy, made so that nobody can lock someone else out (ASVS 2.2.1). Failures
 * are counted in a fixed window:
 * - per account *and* client (the browser's device token when it has logged in before, else its
 *   address): a wall after ACCOUNT_FAILURE_LIMIT, but only for that client;
 * - per address across accounts: a wall after ADDRESS_FAILURE_LIMIT, against spraying many
 *   accounts from one place (a trusted device of the account is not held to it);
 * - per account from clients it has never used: no wall, a growing wait (see slowdownMs), so
 *   guesses spread over many addresses get slow while the person on a new phone still gets in.
 * Password checks inside a signed-in session (password change, leaving a pair, deletion) count
 * per session only, so other people's failed logins never touch them.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_FAILURE_LIMIT = 10;
export const ADDRESS_FAILURE_LIMIT = 50;
export const SESSION_FAILURE_LIMIT = 10;
/**
 * Sign-ups per address per hour, successful or not (SIGNUP_LIMIT): each answer to a registered
 * email is a small hint, so the number of questions is what is limited.
 */
export const SIGNUP_LIMIT_PER_HOUR = 5;
export const SIGNUP_WINDOW_MS = 60 * 60 * 1000;
/**
 * Passkey sign-in starts per address per window: each writes a challenge and takes no email, so
 * the address is all there is to count by. Far above what a person trying again needs.
 */
export const PASSKEY_START_LIMIT = 30;
/** Failures from unknown clients an account takes before each further attempt waits. */
export const SLOWDOWN_AFTER = 10;
export const SLOWDOWN_STEP_MS = 1_000;
export const SLOWDOWN_MAX_MS = 10_000;

/** How long an attempt from an unknown client waits, given the account's attempts from unknown clients. */
export function slowdownMs(attempts: number): number {
  if (attempts <= SLOWDOWN_AFTER) return 0;
  return Math.min((attempts - SLOWDOWN_AFTER) * SLOWDOWN_STEP_MS, SLOWDOWN_MAX_MS);
}

export interface FailureCount {
  count: number;
  windowStart: string;
}

export function isThrottled(
  entry: FailureCount | undefined,
  limit: number,
  now: Date,
  windowMs = THROTTLE_WINDOW_MS,
): { throttled: boolean; retryAfterSeconds: number } {
  if (!entry) return { throttled: false, retryAfterSeconds: 0 };
  const ends = Date.parse(entry.windowStart) + windowMs;
  if (ends <= now.getTime()) return { throttled: false, retryAfterSeconds: 0 };
  return { throttled: entry.count >= limit, retryAfterSeconds: Math.ceil((ends - now.getTime()) / 1000) };
}

/** Whether a stored window has lapsed and counting should start again. */
export function windowExpired(entry: FailureCount, now: Date, windowMs = THROTTLE_WINDOW_MS): boolean {
  return Date.parse(entry.windowStart) + windowMs <= now.getTime();
}
