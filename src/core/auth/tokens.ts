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

/** Throttle keys never hold the email itself, so the table cannot be read as a list of addresses. */
export function accountThrottleKey(email: string): string {
  return 'acct:' + createHash('sha256').update(email.toLowerCase()).digest('base64url');
}
