import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashInvitationCode, newInvitationCode, normalizeInvitationCode } from './invitations.js';

describe('invitation codes', () => {
  it('look like K7QM-4XRT and never use letters that are easy to mishear', () => {
    for (let i = 0; i < 500; i++) {
      const code = newInvitationCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(normalizeInvitationCode(code)).toBe(code);
    }
  });

  it('forgive case, spaces, dashes and O/I/L typed for 0/1', () => {
    expect(normalizeInvitationCode(' k7qm 4xrt ')).toBe('K7QM-4XRT');
    expect(normalizeInvitationCode('k7qm-4xrt')).toBe('K7QM-4XRT');
    expect(normalizeInvitationCode('OIL0-1234')).toBe('0110-1234');
  });

  it('pick the code out of a whole pasted message, and never an ordinary word', () => {
    expect(normalizeInvitationCode('Here’s my code: ABCD-1234, see you later!')).toBe('ABCD-1234');
    expect(normalizeInvitationCode('code is k7qm 4xrt\nlove you')).toBe('K7QM-4XRT');
    expect(normalizeInvitationCode('try K7QM4XRT tomorrow')).toBe('K7QM-4XRT');
    expect(normalizeInvitationCode('see you tomorrow, darling')).toBeNull();
    expect(normalizeInvitationCode('I’ve been meaning to send this')).toBeNull();
    expect(normalizeInvitationCode('Here’s my code, see you later!')).toBeNull();
  });

  it('refuse anything that cannot be a code', () => {
    for (const bad of ['', 'K7QM', 'K7QM-4XRTX', 'K7QU-4XRT', 'K7QM_4XRT', 'ÄÄÄÄ-ÄÄÄÄ']) expect(normalizeInvitationCode(bad)).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = normalizeInvitationCode(s);
        if (n !== null) expect(normalizeInvitationCode(n)).toBe(n);
      }),
    );
  });

  it('hash to different values for different codes', () => {
    expect(hashInvitationCode('K7QM-4XRT')).not.toBe(hashInvitationCode('K7QM-4XRV'));
  });
});
