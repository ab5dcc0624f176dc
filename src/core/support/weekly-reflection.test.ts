import { describe, expect, it } from 'vitest';
import { reflectionOpen, reflectionView } from './weekly-reflection.js';

describe('the weekly reflection written alone', () => {
  it('is open only during its own week, in the person’s time zone', () => {
    // Sunday 23:30 in Madrid is already Monday there at 00:30 the next day.
    const sundayLate = new Date('2026-11-22T22:30:00.000Z');
    expect(reflectionOpen('2026-11-16', sundayLate, 'UTC')).toBe(true);
    expect(reflectionOpen('2026-11-16', sundayLate, 'Europe/Madrid')).toBe(true);
    const mondayMadrid = new Date('2026-11-22T23:30:00.000Z');
    expect(reflectionOpen('2026-11-16', mondayMadrid, 'Europe/Madrid')).toBe(false);
    expect(reflectionOpen('2026-11-23', mondayMadrid, 'Europe/Madrid')).toBe(true);
    expect(reflectionOpen('2026-11-30', mondayMadrid, 'Europe/Madrid')).toBe(false);
  });

  it('shows nothing written as empty answers and no ratings', () => {
    expect(reflectionView('2026-11-16', true, null, null)).toEqual({
      weekStart: '2026-11-16',
      open: true,
      answers: null,
      checks: null,
      submittedAt: null,
    });
  });
});
