import { describe, expect, it } from 'vitest';
import { countedToday, dailyWindows, decideCap, zonedInstant, type EarlierRequest } from './cap.js';

const outside = (createdAt: string): EarlierRequest => ({ createdAt, inCheckInWindow: false });

describe('the daily request cap', () => {
  const tz = 'Europe/Berlin';

  it('allows the first request outside the window and refuses the next, with the next check-in', () => {
    const now = new Date('2026-11-21T10:00:00Z'); // 11:00 in Berlin
    const windows = dailyWindows(now, tz);
    const first = decideCap({ cap: 1, timeZone: tz, now, windows, earlier: [] });
    expect(first).toMatchObject({ allowed: true, inCheckInWindow: false, remainingToday: 0 });
    const second = decideCap({ cap: 1, timeZone: tz, now, windows, earlier: [outside('2026-11-21T09:00:00Z')] });
    expect(second.allowed).toBe(false);
    // 20:00 in Berlin in winter is 19:00 UTC.
    expect(second.nextCheckIn).toEqual({ startsAt: '2026-11-21T19:00:00.000Z', endsAt: '2026-11-21T19:15:00.000Z' });
  });

  it('always allows requests inside the check-in window, and they never count', () => {
    const now = new Date('2026-11-21T19:05:00Z');
    const windows = dailyWindows(now, tz);
    const earlier = [outside('2026-11-21T09:00:00Z'), outside('2026-11-21T10:00:00Z')];
    expect(decideCap({ cap: 1, timeZone: tz, now, windows, earlier })).toMatchObject({ allowed: true, inCheckInWindow: true });
    const after = new Date('2026-11-21T19:20:00Z');
    const inWindow = [{ createdAt: '2026-11-21T19:05:00Z', inCheckInWindow: true }];
    expect(decideCap({ cap: 1, timeZone: tz, now: after, windows: dailyWindows(after, tz), earlier: inWindow }).allowed).toBe(true);
  });

  it('counts the day in the pair’s time zone near midnight, not in UTC', () => {
    // 23:30 UTC on the 21st is 00:30 on the 22nd in Berlin: yesterday's request no longer counts.
    const now = new Date('2026-11-21T23:30:00Z');
    // 22:50 UTC is 23:50 on the 21st in Berlin: the same UTC day, but yesterday for the pair.
    expect(countedToday([outside('2026-11-21T22:50:00Z')], tz, now)).toBe(0);
    expect(countedToday([outside('2026-11-21T23:05:00Z')], tz, now)).toBe(1);
    // In New York the same instants are all on the 21st.
    expect(countedToday([outside('2026-11-21T04:59:00Z')], 'America/New_York', now)).toBe(0);
    expect(countedToday([outside('2026-11-21T05:00:00Z')], 'America/New_York', now)).toBe(1);
  });

  it('counts the day across a daylight-saving change (23- and 25-hour days)', () => {
    // Europe/Berlin springs forward on 2026-03-29: the day runs 2026-03-28T23:00Z to 2026-03-29T22:00Z.
    const spring = new Date('2026-03-29T21:59:00Z');
    expect(countedToday([outside('2026-03-28T23:00:00Z')], tz, spring)).toBe(1);
    expect(countedToday([outside('2026-03-28T22:59:00Z')], tz, spring)).toBe(0);
    expect(countedToday([outside('2026-03-29T21:59:00Z')], tz, new Date('2026-03-29T22:00:00Z'))).toBe(0);
    // It falls back on 2026-10-25: the day runs 2026-10-24T22:00Z to 2026-10-25T23:00Z.
    const autumn = new Date('2026-10-25T22:30:00Z');
    expect(countedToday([outside('2026-10-24T22:00:00Z')], tz, autumn)).toBe(1);
    expect(
      decideCap({ cap: 1, timeZone: tz, now: autumn, windows: dailyWindows(autumn, tz), earlier: [outside('2026-10-24T22:00:00Z')] })
        .allowed,
    ).toBe(false);
  });

  it('keeps the check-in at 20:00 local time on both sides of a change', () => {
    expect(zonedInstant('2026-03-28', 20, 0, tz).toISOString()).toBe('2026-03-28T19:00:00.000Z');
    expect(zonedInstant('2026-03-29', 20, 0, tz).toISOString()).toBe('2026-03-29T18:00:00.000Z');
    expect(zonedInstant('2026-11-01', 20, 0, 'America/New_York').toISOString()).toBe('2026-11-02T01:00:00.000Z');
    expect(zonedInstant('2026-10-31', 20, 0, 'America/New_York').toISOString()).toBe('2026-11-01T00:00:00.000Z');
    // A time skipped by spring-forward (02:30 on 2026-03-29 in Berlin) does not throw.
    expect(zonedInstant('2026-03-29', 2, 30, tz).toISOString()).toMatch(/^2026-03-29T0[01]:30/);
  });

  it('with a cap of 3 counts down what is left', () => {
    const now = new Date('2026-11-21T10:00:00Z');
    const d = decideCap({ cap: 3, timeZone: tz, now, windows: dailyWindows(now, tz), earlier: [outside('2026-11-21T08:00:00Z')] });
    expect(d).toMatchObject({ allowed: true, remainingToday: 1 });
  });
});
