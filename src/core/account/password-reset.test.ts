import { describe, expect, it } from 'vitest';
import { resetExpiry, resetLink } from './password-reset.js';

describe('reset links', () => {
  it('carry the token after #, never in a query string, under the configured address', () => {
    expect(resetLink('https://steady.example.org/', 'abc_-9')).toBe('https://steady.example.org/reset#token=abc_-9');
    expect(resetLink('https://example.org/steady', 'a b')).toBe('https://example.org/steady/reset#token=a%20b');
  });

  it('expire an hour after they are made', () => {
    expect(resetExpiry(new Date('2026-12-03T10:00:00.000Z')).toISOString()).toBe('2026-12-03T11:00:00.000Z');
  });
});
