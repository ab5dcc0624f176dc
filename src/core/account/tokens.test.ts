import { describe, expect, it } from 'vitest';
import { accountThrottleKey, hashToken, newToken, sameToken } from './tokens.js';

describe('tokens', () => {
  it('makes 256-bit URL-safe tokens that do not repeat', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newToken));
    expect(tokens.size).toBe(1000);
    for (const t of [...tokens].slice(0, 10)) {
      expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    }
  });

  it('stores only hashes and compares in constant time', () => {
    const t = newToken();
    expect(hashToken(t)).not.toContain(t);
    expect(hashToken(t)).toBe(hashToken(t));
    expect(sameToken(t, t)).toBe(true);
    expect(sameToken(t, t.slice(1))).toBe(false);
    expect(sameToken(t, newToken())).toBe(false);
  });

  it('keys throttling by a hash of the email, case-insensitively', () => {
    expect(accountThrottleKey('Ana@Example.org')).toBe(accountThrottleKey('ana@example.org'));
    expect(accountThrottleKey('ana@example.org')).not.toContain('ana');
  });
});
