import { describe, expect, it } from 'vitest';
import { isRegion, isTimeZone, Password, SignupBody } from './account/auth.js';
import { CreateJournalEntryBody } from './journal/journal.js';

describe('contracts', () => {
  it('counts password length in characters, not bytes, with no composition rules', () => {
    expect(Password.safeParse('aaaaaaaaaaaa').success).toBe(true);
    expect(Password.safeParse('aaaaaaaaaaa').success).toBe(false);
    expect(Password.safeParse('🌿'.repeat(12)).success).toBe(true);
    expect(Password.safeParse('🌿'.repeat(11)).success).toBe(false);
  });

  it('knows real time zones and regions', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isRegion('GB')).toBe(true);
    expect(isRegion('ZZ')).toBe(false);
    expect(isRegion('XK')).toBe(false);
    expect(isRegion('gb')).toBe(false);
  });

  it('normalises signup input', () => {
    const r = SignupBody.parse({
      email: '  Ana@Example.ORG ',
      password: 'long enough pass',
      displayName: ' Ana ',
      timeZone: 'UTC',
      region: 'de',
    });
    expect(r).toMatchObject({ email: 'ana@example.org', displayName: 'Ana', region: 'DE' });
  });

  it('de-duplicates tags case-insensitively and refuses blank entries', () => {
    expect(CreateJournalEntryBody.parse({ text: 'x', tags: ['Calm', 'calm ', 'Walk'] }).tags).toEqual(['calm', 'walk']);
    expect(CreateJournalEntryBody.safeParse({ text: ' \n ' }).success).toBe(false);
  });
});
