import { describe, expect, it } from 'vitest';
import { weekStartOf, weeksBetween } from './weeks.js';

describe('weekStartOf', () => {
  it('finds the Monday of the week in the person’s time zone', () => {
    expect(weekStartOf('2026-11-18T12:00:00Z', 'Europe/London')).toBe('2026-11-16'); // a Wednesday
    expect(weekStartOf('2026-11-16T00:30:00Z', 'Europe/London')).toBe('2026-11-16'); // Monday itself
    expect(weekStartOf('2026-11-22T23:30:00Z', 'Europe/London')).toBe('2026-11-16'); // Sunday night
  });

  it('uses the local date, not UTC, near midnight', () => {
    // Sunday 23:30 in New York is already Monday in UTC.
    expect(weekStartOf('2026-11-23T04:30:00Z', 'America/New_York')).toBe('2026-11-16');
    // Monday 08:00 in Auckland is still Sunday in UTC.
    expect(weekStartOf('2026-11-22T19:00:00Z', 'Pacific/Auckland')).toBe('2026-11-23');
  });

  it('lists every week between two moments', () => {
    expect(weeksBetween('2026-11-01T12:00:00Z', '2026-11-18T12:00:00Z', 'UTC')).toEqual([
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
    ]);
  });
});
