import { describe, expect, it } from 'vitest';
import { afterQuietHours, followUpInstants, localDayBounds, mayBeLoud, snoozedUntil } from './schedule.js';
import { instantAt, localParts } from './zoned.js';

const night = { start: '22:00', end: '08:00' };

describe('follow-up instants', () => {
  it('are 30 minutes and 2 hours after the urge', () => {
    expect(followUpInstants('2026-03-29T00:10:00.000Z')).toEqual(['2026-03-29T00:40:00.000Z', '2026-03-29T02:10:00.000Z']);
  });
});

describe('zoned wall-clock times', () => {
  it('name the right instant on both sides of a change, and after a skipped hour', () => {
    // London springs forward at 01:00 UTC on 29 March 2026: 00:30 is GMT, 02:30 is BST, 01:30 does not exist.
    expect(new Date(instantAt('2026-03-29', 30, 'Europe/London')).toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(new Date(instantAt('2026-03-29', 150, 'Europe/London')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(new Date(instantAt('2026-03-29', 90, 'Europe/London')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // New York falls back at 06:00 UTC on 1 November 2026: 01:30 happens twice; the first is meant.
    expect(new Date(instantAt('2026-11-01', 90, 'America/New_York')).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(localParts(Date.parse('2026-11-01T06:30:00.000Z'), 'America/New_York')).toEqual({ date: '2026-11-01', minute: 90 });
  });
});

describe('quiet hours', () => {
  it('leave a time outside the window alone', () => {
    expect(afterQuietHours('2026-06-01T12:00:00.000Z', night, 'Europe/London')).toBe('2026-06-01T12:00:00.000Z');
    expect(afterQuietHours('2026-06-01T23:00:00.000Z', null, 'Europe/London')).toBe('2026-06-01T23:00:00.000Z');
    expect(afterQuietHours('2026-06-01T23:00:00.000Z', { start: '08:00', end: '08:00' }, 'UTC')).toBe('2026-06-01T23:00:00.000Z');
  });

  it('move a late-evening one to the next morning, across midnight, in the person’s zone', () => {
    // 23:30 BST on 1 June → 08:00 BST on 2 June (07:00 UTC).
    expect(afterQuietHours('2026-06-01T22:30:00.000Z', night, 'Europe/London')).toBe('2026-06-02T07:00:00.000Z');
    // 03:00 BST → 08:00 BST the same day.
    expect(afterQuietHours('2026-06-02T02:00:00.000Z', night, 'Europe/London')).toBe('2026-06-02T07:00:00.000Z');
    // The window's end itself is outside it.
    expect(afterQuietHours('2026-06-02T07:00:00.000Z', night, 'Europe/London')).toBe('2026-06-02T07:00:00.000Z');
  });

  it('keep local times on the nights the clocks change (London in spring, New York in autumn)', () => {
    // 23:00 GMT on 28 March; the morning is BST, so 08:00 local is 07:00 UTC.
    expect(afterQuietHours('2026-03-28T23:00:00.000Z', night, 'Europe/London')).toBe('2026-03-29T07:00:00.000Z');
    // 23:00 EDT on 31 October (03:00 UTC 1 Nov); the morning is EST, so 08:00 local is 13:00 UTC.
    expect(afterQuietHours('2026-11-01T03:00:00.000Z', night, 'America/New_York')).toBe('2026-11-01T13:00:00.000Z');
    // The repeated 01:30 in New York, both times, wait for the same 08:00 EST.
    expect(afterQuietHours('2026-11-01T05:30:00.000Z', night, 'America/New_York')).toBe('2026-11-01T13:00:00.000Z');
    expect(afterQuietHours('2026-11-01T06:30:00.000Z', night, 'America/New_York')).toBe('2026-11-01T13:00:00.000Z');
    // New York springs forward on 8 March 2026: 08:00 EDT is 12:00 UTC.
    expect(afterQuietHours('2026-03-08T04:00:00.000Z', night, 'America/New_York')).toBe('2026-03-08T12:00:00.000Z');
  });

  it('handle a daytime window that does not wrap', () => {
    const afternoon = { start: '13:00', end: '15:30' };
    expect(afterQuietHours('2026-06-01T13:00:00.000Z', afternoon, 'UTC')).toBe('2026-06-01T15:30:00.000Z');
    expect(afterQuietHours('2026-06-01T15:30:00.000Z', afternoon, 'UTC')).toBe('2026-06-01T15:30:00.000Z');
    expect(afterQuietHours('2026-06-01T12:59:00.000Z', afternoon, 'UTC')).toBe('2026-06-01T12:59:00.000Z');
  });
});

describe('the daily maximum and snoozing', () => {
  it('counts in the person’s own day, which is 23 or 25 hours long when the clocks change', () => {
    expect(localDayBounds('2026-03-29T12:00:00.000Z', 'Europe/London')).toEqual({
      from: '2026-03-29T00:00:00.000Z',
      to: '2026-03-29T23:00:00.000Z',
    });
    expect(localDayBounds('2026-11-01T12:00:00.000Z', 'America/New_York')).toEqual({
      from: '2026-11-01T04:00:00.000Z',
      to: '2026-11-02T05:00:00.000Z',
    });
  });

  it('lets the first ones of the day make a sound, and the rest go quietly to the inbox', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => mayBeLoud(n, 4))).toEqual([true, true, true, true, false, false]);
  });

  it('brings a snoozed one back later, never inside quiet hours', () => {
    expect(snoozedUntil(new Date('2026-06-01T12:00:00.000Z'), 60, night, 'UTC')).toBe('2026-06-01T13:00:00.000Z');
    expect(snoozedUntil(new Date('2026-06-01T21:30:00.000Z'), 60, night, 'UTC')).toBe('2026-06-02T08:00:00.000Z');
  });
});
