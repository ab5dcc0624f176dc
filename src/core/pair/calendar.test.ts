import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFeed } from './calendar.js';
import { occurrencesBetween, type Rhythm } from './occurrences.js';

/** The first `n` start instants a calendar app (ical.js) reads from the feed, after `after`. */
export function feedStarts(ics: string, n: number): string[] {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
  const it = event.iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next()) out.push(next.toJSDate().toISOString());
  return out;
}

describe('calendar feed', () => {
  for (const [timeZone, now] of [
    ['Europe/London', '2026-03-20T10:00:00Z'],
    ['America/New_York', '2026-10-20T10:00:00Z'],
    ['Australia/Sydney', '2026-03-25T10:00:00Z'],
  ] as const) {
    it(`gives a calendar app the same check-ins as Steady across DST in ${timeZone}`, () => {
      const rhythm: Rhythm = { rule: 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0', timeZone, minutes: 15, anchor: '2026-01-01T00:00:00Z' };
      const ics = calendarFeed({ uid: 'x@steady', rhythm, now, title: 'Check-in' });
      const read = feedStarts(ics, 40);
      const ours = occurrencesBetween(rhythm, read[0]!, new Date(Date.parse(read[0]!) + 40 * 86_400_000).toISOString())
        .slice(0, 40)
        .map((o) => o.startsAt);
      expect(read).toEqual(ours);
      // The instants really move with the clocks: not all at one UTC hour.
      expect(new Set(read.map((s) => s.slice(11, 16))).size).toBe(2);
    });
  }

  for (const [timeZone, rule, now, from] of [
    ['America/New_York', 'FREQ=DAILY;BYHOUR=2;BYMINUTE=30', '2026-03-01T00:00:00Z', '2026-03-06T00:00:00Z'],
    ['America/New_York', 'FREQ=DAILY;BYHOUR=1;BYMINUTE=30', '2026-10-25T00:00:00Z', '2026-10-30T00:00:00Z'],
    ['Europe/London', 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=1;BYMINUTE=15', '2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z'],
  ] as const) {
    it(`spells out check-ins in a DST gap or overlap as exact instants (${timeZone}, ${rule})`, () => {
      const rhythm: Rhythm = { rule, timeZone, minutes: 15, anchor: '2026-01-01T00:00:00Z' };
      const ics = calendarFeed({ uid: 'x@steady', rhythm, now, title: 'Check-in' });
      expect(ics).toMatch(/RDATE:\d{8}T\d{6}Z/);
      const to = new Date(Date.parse(from) + 40 * 86_400_000).toISOString();
      const read = feedStarts(ics, 120).filter((s) => s >= from && s < to);
      expect(read).toEqual(occurrencesBetween(rhythm, from, to).map((o) => o.startsAt));
    });
  }

  it('has no event when there is no rhythm, and folds long lines', () => {
    const empty = calendarFeed({ uid: 'x', rhythm: null, now: '2026-01-01T00:00:00Z', title: 'Check-in' });
    expect(empty).not.toContain('VEVENT');
    const long = calendarFeed({
      uid: 'x',
      rhythm: {
        rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=20;BYMINUTE=0;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12',
        timeZone: 'UTC',
        minutes: 15,
        anchor: '2026-01-01T00:00:00Z',
      },
      now: '2026-01-05T00:00:00Z',
      title: 'Check-in',
    });
    expect(long.split('\r\n').every((l) => l.length <= 75)).toBe(true);
    expect(feedStarts(long, 2)).toEqual(['2026-01-01T20:00:00.000Z', '2026-01-02T20:00:00.000Z']);
  });
});
