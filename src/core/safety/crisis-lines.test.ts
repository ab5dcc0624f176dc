import { describe, expect, it } from 'vitest';
import { isRegion } from '../../contracts/account/auth.js';
import { CrisisLineEntry, CrisisRegionEntry } from '../../contracts/support/safety.js';
import { CRISIS_LINES } from './crisis-lines.js';

const entries = Object.entries(CRISIS_LINES);

describe('the crisis lines table', () => {
  it('covers the US, GB, IE and at least 25 more regions', () => {
    const codes = Object.keys(CRISIS_LINES);
    expect(codes).toEqual(expect.arrayContaining(['US', 'GB', 'IE']));
    expect(codes.filter((c) => !['US', 'GB', 'IE'].includes(c)).length).toBeGreaterThanOrEqual(25);
  });

  it.each(entries)('%s matches the schema', (code, entry) => {
    const result = CrisisRegionEntry.safeParse(entry);
    expect(result.success ? [] : result.error.issues, code).toEqual([]);
  });

  it.each(entries)('%s is keyed by an assigned ISO 3166-1 alpha-2 code', (code) => {
    expect(code).toMatch(/^[A-Z]{2}$/);
    expect(isRegion(code)).toBe(true);
  });

  it.each(entries)('%s has an emergency number and a line that takes a call or a text', (_code, entry) => {
    expect(entry.emergency.length).toBeGreaterThan(0);
    expect(entry.lines.some((l) => l.phone || l.sms)).toBe(true);
  });

  it.each(entries)('%s names every line once, with a source and a real calendar date', (_code, entry) => {
    const names = entry.lines.map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
    for (const line of entry.lines) {
      expect(line.source).toMatch(/^https?:\/\/[^/]+\.[a-z]{2,}/);
      expect(new Date(`${line.checked}T00:00:00Z`).toISOString().slice(0, 10)).toBe(line.checked);
    }
  });
});

// The schema is the test's teeth: it must reject what a careless edit would introduce.
describe('the crisis line schema', () => {
  const good: CrisisLineEntry = {
    name: 'A line',
    description: 'Someone listens, any time.',
    phone: '0800 111 0 111',
    source: 'https://example.org/line',
    checked: '2026-12-03',
  };

  it.each([
    ['a number with letters', { phone: '1-800-TALK' }],
    ['a number in brackets', { phone: '(011) 5275-1135' }],
    ['a website over http', { url: 'http://example.org' }],
    ['a chat link that is not a web address', { chat: 'javascript:alert(1)' }],
    ['a missing source', { source: undefined }],
    ['an impossible date', { checked: '2026-02-30' }],
    ['a date in another format', { checked: '03/12/2026' }],
    ['a language name instead of a code', { languages: ['English'] }],
    ['a keyword without a number to text', { smsKeyword: 'HOME' }],
    ['a WhatsApp number without its country code', { whatsapp: '9151 1767' }],
    ['a field the table does not know', { fax: '123' }],
  ])('rejects %s', (_what, change) => {
    expect(CrisisLineEntry.safeParse({ ...good, ...change }).success).toBe(false);
  });

  it('rejects a line nobody can reach', () => {
    expect(CrisisLineEntry.safeParse({ ...good, phone: undefined }).success).toBe(false);
  });

  it('rejects a region without an emergency number or with only chat lines', () => {
    expect(CrisisRegionEntry.safeParse({ emergency: [], emergencySource: 'https://example.org', lines: [good] }).success).toBe(false);
    const chatOnly = { ...good, phone: undefined, chat: 'https://example.org/chat' };
    expect(CrisisRegionEntry.safeParse({ emergency: ['112'], emergencySource: 'https://example.org', lines: [chatOnly] }).success).toBe(
      false,
    );
  });

  it('accepts star codes and international numbers', () => {
    expect(CrisisLineEntry.safeParse({ ...good, phone: '*4141', whatsapp: '+65 9151 1767' }).success).toBe(true);
  });
});
