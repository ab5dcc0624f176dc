import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from './recovery-codes.js';
import { parseSecretKey, seal, unseal } from './secret-box.js';

describe('recovery codes', () => {
  it('makes ten different codes that read back the same however they are typed', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) {
      expect(c).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
      expect(looksLikeRecoveryCode(c.toUpperCase().replace(/-/g, ' '))).toBe(true);
      expect(hashRecoveryCode(` ${c.toUpperCase()} `)).toBe(hashRecoveryCode(c));
      expect(hashRecoveryCode(c)).not.toContain(normaliseRecoveryCode(c));
    }
  });

  it('never takes a six-digit app code for a recovery code', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => !looksLikeRecoveryCode(String(n).padStart(6, '0'))));
  });
});

describe('secret box', () => {
  const key = parseSecretKey('ab'.repeat(32));

  it('seals with a key so the secret is not in the stored text, and opens it again', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 64 }), (secret) => {
        const stored = seal(secret, key, 'user-1');
        expect(stored.startsWith('v1.')).toBe(true);
        expect(unseal(stored, key, 'user-1')).toBe(secret);
      }),
    );
  });

  it('refuses a sealed secret moved to another person, or opened with another key', () => {
    const stored = seal('JBSWY3DPEHPK3PXPJBSWY3DP', key, 'user-1');
    expect(() => unseal(stored, key, 'user-2')).toThrow();
    expect(() => unseal(stored, parseSecretKey('cd'.repeat(32)), 'user-1')).toThrow();
    expect(() => unseal(stored, null, 'user-1')).toThrow();
  });

  it('keeps a secret readable without a key, marked as such, and takes keys as hex or base64 of 32 bytes only', () => {
    expect(seal('S', null, 'u')).toBe('plain.S');
    expect(unseal('plain.S', key, 'u')).toBe('S');
    expect(parseSecretKey(Buffer.alloc(32, 1).toString('base64'))).toHaveLength(32);
    expect(() => parseSecretKey('abcd')).toThrow(/32 bytes/);
  });
});
