import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from './local-date.js';

describe('localDate', () => {
  it('gives the day in the person’s time zone, not UTC’s', () => {
    expect(localDate('2026-03-01T02:30:00.000Z', 'America/Los_Angeles')).toBe('2026-02-28');
    expect(localDate('2026-03-01T02:30:00.000Z', 'Europe/London')).toBe('2026-03-01');
    expect(localDate('2026-02-28T23:30:00.000Z', 'Asia/Tokyo')).toBe('2026-03-01');
    expect(localDate('2026-02-28T10:30:00.000Z', 'Pacific/Kiritimati')).toBe('2026-03-01');
  });

  it('follows daylight saving changes', () => {
    // Los Angeles moves to UTC-7 on 2026-03-08: 06:30Z is 23:30 the day before in winter, 23:30 PDT after.
    expect(localDate('2026-03-08T06:30:00.000Z', 'America/Los_Angeles')).toBe('2026-03-07');
    expect(localDate('2026-03-09T06:30:00.000Z', 'America/Los_Angeles')).toBe('2026-03-08');
  });

  it('falls back to UTC for a time zone the runtime does not know', () => {
    expect(localDate('2026-03-01T02:30:00.000Z', 'Mars/Olympus_Mons')).toBe('2026-03-01');
  });

  it('always answers YYYY-MM-DD within a day of the UTC date', () => {
    const zones = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-02T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (d, tz) => {
          const day = localDate(d.toISOString(), tz);
          expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          const diff = Math.abs(Date.parse(`${day}T00:00:00Z`) - Date.parse(`${d.toISOString().slice(0, 10)}T00:00:00Z`));
          expect(diff).toBeLessThanOrEqual(86_400_000);
        },
      ),
    );
  });
});
