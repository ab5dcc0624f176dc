import { createHash, hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: far above the 128 bits a session id needs. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions are stored by hash so a copy of the database cannot be used to log in. */
export function hashToken(token: string): string {
  return hash('sha256', token, 'base64url');
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/*
 * Throttle keys. The counters outlive the accounts they count for, and anyone with a copy of the
 * database can read them, so a key never holds an email, a client address or an id: only a
 * SHA-256 of it, which still lets every app server find the same counter. (Unkeyed: an address or
 * a guessed email can be tested against a key, but the table is no longer a list to read.)
 */
const digest = (value: string) => createHash('sha256').update(value).digest('base64url');

/** One account's counter; its per-client counters start with it (LoginFailuresRepo.clearAccount). */
export function accountThrottleKey(email: string): string {
  return 'acct:' + digest(email.toLowerCase());
}

/** One account's attempts from one client address. */
export function accountAddressThrottleKey(accountKey: string, ip: string): string {
  return `${accountKey}:ip:${digest(ip)}`;
}

/** Every attempt from one client address (logins and sign-ups). */
export function addressThrottleKey(ip: string): string {
  return 'ip:' + digest(ip);
}

/** Passkey sign-ins begun from one client address (they name no account). */
export function passkeyStartThrottleKey(ip: string): string {
  return 'passkey-start:' + digest(ip);
}

/** Sign-up links tried from one client address (stale, or with the wrong password). */
export function signupConfirmThrottleKey(ip: string): string {
  return 'signup-confirm:' + digest(ip);
}

/** Wrong passwords typed in one signed-in session. */
export function sessionThrottleKey(sessionId: string): string {
  return 'session:' + digest(sessionId);
}

/** Wrong link codes entered by one person. */
export function pairJoinThrottleKey(userId: string): string {
  return 'pair-join:' + digest(userId);
}

/** Feedback form visits and answers from one client address. */
export function feedbackThrottleKey(ip: string): string {
  return 'feedback-ip:' + digest(ip);
}
