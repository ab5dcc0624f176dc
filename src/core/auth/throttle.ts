/**
 * Login throttling policy. Failures are counted per account and per address in a fixed window;
 * the account limit stops guessing one password, the address limit stops spraying many accounts.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_FAILURE_LIMIT = 10;
export const ADDRESS_FAILURE_LIMIT = 50;

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
