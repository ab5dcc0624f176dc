import { describe, expect, it } from 'vitest';
import { moodDays, moodWindow } from './mood.js';

describe('mood by day', () => {
  it('counts days in the person’s zone, over a clock change, and leaves out what the wide read brings from outside', () => {
    // London leaves summer time on 25 Oct 2026: the week still has seven days, today last.
    const now = new Date('2026-10-28T12:00:00.000Z');
    const window = moodWindow('week', now, 'Europe/London');
    expect(window.days).toEqual(['2026-10-22', '2026-10-23', '2026-10-24', '2026-10-25', '2026-10-26', '2026-10-27', '2026-10-28']);
    expect(window.from <= '2026-10-21T23:00:00.000Z').toBe(true);
    const r = moodDays(
      'week',
      [
        { at: '2026-10-21T22:30:00.000Z', mood: 1 }, // 21 Oct 23:30 in London (summer time): before the week
        { at: '2026-10-21T23:30:00.000Z', mood: 4 }, // 22 Oct 00:30: the first day
        { at: '2026-10-28T11:00:00.000Z', mood: 6 },
        { at: '2026-10-28T11:30:00.000Z', mood: 7 },
      ],
      window,
      'Europe/London',
    );
    expect(r.days[0]).toEqual({ date: '2026-10-22', mood: 4, count: 1 });
    expect(r.days[6]).toEqual({ date: '2026-10-28', mood: 6.5, count: 2 });
    expect(r).toMatchObject({ moods: 3, daysWithMood: 2, timeZone: 'Europe/London' });
    expect(moodWindow('month', now, 'Europe/London').days).toHaveLength(30);
  });
});
