import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkInUnderWay,
  checkRule,
  fromFloating,
  nextOccurrence,
  occurrencesBetween,
  pairLocalDay,
  pairLocalDayBounds,
  previousOccurrence,
  toFloating,
} from './occurrences.js';

const starts = (rule: string, timeZone: string, from: string, to: string) =>
  occurrencesBetween({ rule, timeZone, minutes: 15, anchor: '2026-01-01T12:00:00Z' }, from, to).map((o) => o.startsAt);

const DAILY_20 = 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0';
const DAILY_0130 = 'FREQ=DAILY;BYHOUR=1;BYMINUTE=30';
const DAILY_0230 = 'FREQ=DAILY;BYHOUR=2;BYMINUTE=30';

// Instants below were worked out by hand from the 2026 rules of each zone, not by the code.
describe('check-ins across daylight-saving changes', () => {
  it('Europe/London: 20:00 stays 20:00 local as the offset changes (29 March, 25 October 2026)', () => {
    expect(starts(DAILY_20, 'Europe/London', '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z')).toEqual([
      '2026-03-28T20:00:00.000Z', // GMT
      '2026-03-29T19:00:00.000Z', // BST
    ]);
    expect(starts(DAILY_20, 'Europe/London', '2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z')).toEqual([
      '2026-10-24T19:00:00.000Z', // BST
      '2026-10-25T20:00:00.000Z', // GMT
    ]);
  });

  it('Europe/London: 01:30 in the spring gap moves forward an hour; in the autumn overlap it is the first one', () => {
    expect(starts(DAILY_0130, 'Europe/London', '2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual([
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:30:00.000Z', // 01:30 GMT does not exist that night: 02:30 BST
      '2026-03-30T00:30:00.000Z',
    ]);
    expect(starts(DAILY_0130, 'Europe/London', '2026-10-25T00:00:00Z', '2026-10-25T12:00:00Z')).toEqual([
      '2026-10-25T00:30:00.000Z', // 01:30 BST, not the second 01:30 (GMT) an hour later
    ]);
  });

  it('America/New_York: 8 March and 1 November 2026', () => {
    expect(starts(DAILY_20, 'America/New_York', '2026-03-07T12:00:00Z', '2026-03-09T12:00:00Z')).toEqual([
      '2026-03-08T01:00:00.000Z', // 20:00 EST on the 7th
      '2026-03-09T00:00:00.000Z', // 20:00 EDT on the 8th
    ]);
    expect(starts(DAILY_20, 'America/New_York', '2026-10-31T12:00:00Z', '2026-11-02T12:00:00Z')).toEqual([
      '2026-11-01T00:00:00.000Z',
      '2026-11-02T01:00:00.000Z',
    ]);
    expect(starts(DAILY_0230, 'America/New_York', '2026-03-08T00:00:00Z', '2026-03-08T23:00:00Z')).toEqual([
      '2026-03-08T07:30:00.000Z', // 02:30 EST does not exist: 03:30 EDT
    ]);
    expect(starts(DAILY_0130, 'America/New_York', '2026-11-01T00:00:00Z', '2026-11-01T23:00:00Z')).toEqual([
      '2026-11-01T05:30:00.000Z', // the first 01:30 (EDT)
    ]);
  });

  it('Australia/Sydney (southern hemisphere): 5 April and 4 October 2026', () => {
    expect(starts(DAILY_20, 'Australia/Sydney', '2026-04-04T00:00:00Z', '2026-04-06T00:00:00Z')).toEqual([
      '2026-04-04T09:00:00.000Z', // AEDT +11
      '2026-04-05T10:00:00.000Z', // AEST +10
    ]);
    expect(starts(DAILY_20, 'Australia/Sydney', '2026-10-03T00:00:00Z', '2026-10-05T00:00:00Z')).toEqual([
      '2026-10-03T10:00:00.000Z',
      '2026-10-04T09:00:00.000Z',
    ]);
    expect(starts(DAILY_0230, 'Australia/Sydney', '2026-10-03T12:00:00Z', '2026-10-04T12:00:00Z')).toEqual([
      '2026-10-03T16:30:00.000Z', // 02:30 AEST does not exist: 03:30 AEDT
    ]);
    expect(starts(DAILY_0230, 'Australia/Sydney', '2026-04-04T12:00:00Z', '2026-04-05T12:00:00Z')).toEqual([
      '2026-04-04T15:30:00.000Z', // the first 02:30 (AEDT)
    ]);
  });

  it('weekly rules count their weeks from the anchor', () => {
    const rhythm = {
      rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;BYHOUR=19;BYMINUTE=0',
      timeZone: 'Europe/Berlin',
      minutes: 30,
      anchor: '2026-03-02T10:00:00Z',
    };
    expect(occurrencesBetween(rhythm, '2026-03-01T00:00:00Z', '2026-04-10T00:00:00Z').map((o) => o.startsAt)).toEqual([
      '2026-03-08T18:00:00.000Z',
      '2026-03-22T18:00:00.000Z',
      '2026-04-05T17:00:00.000Z', // CEST from 29 March
    ]);
  });
});

describe('next and previous check-in', () => {
  const rhythm = { rule: DAILY_20, timeZone: 'Europe/London', minutes: 15, anchor: '2026-01-01T00:00:00Z' };
  it('is the one under way while its window lasts, then the next', () => {
    expect(nextOccurrence(rhythm, '2026-11-21T10:00:00Z')).toEqual({
      startsAt: '2026-11-21T20:00:00.000Z',
      endsAt: '2026-11-21T20:15:00.000Z',
      localStart: '2026-11-21T20:00:00',
    });
    expect(nextOccurrence(rhythm, '2026-11-21T20:10:00Z')?.startsAt).toBe('2026-11-21T20:00:00.000Z');
    expect(nextOccurrence(rhythm, '2026-11-21T20:15:00Z')?.startsAt).toBe('2026-11-22T20:00:00.000Z');
    expect(previousOccurrence(rhythm, '2026-11-21T20:00:00.000Z')?.startsAt).toBe('2026-11-20T20:00:00.000Z');
    expect(checkInUnderWay(rhythm, '2026-11-21T19:59:59Z')).toBeUndefined();
    expect(checkInUnderWay(rhythm, '2026-11-21T20:00:00Z')?.startsAt).toBe('2026-11-21T20:00:00.000Z');
    expect(checkInUnderWay(rhythm, '2026-11-21T20:15:00Z')).toBeUndefined();
  });
  it('finds a yearly check-in months ahead', () => {
    const yearly = { ...rhythm, rule: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1;BYHOUR=9' };
    expect(nextOccurrence(yearly, '2026-11-21T10:00:00Z')?.startsAt).toBe('2027-06-01T08:00:00.000Z');
  });
});

describe('floating time round trip', () => {
  it('turns every instant into local time and back, in several zones', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'),
        (t, tz) => {
          const back = fromFloating(toFloating(t, tz), tz);
          // Equal, except the second of two overlapping local times, which maps to the first.
          expect(back === t || toFloating(back, tz) === toFloating(t, tz)).toBe(true);
          expect(back <= t).toBe(true);
        },
      ),
    );
  });
});

describe('the pair’s local day', () => {
  it('is the calendar day where the pair lives, with its true bounds on DST days', () => {
    expect(pairLocalDay('2026-11-21T23:30:00Z', 'Australia/Sydney')).toBe('2026-11-22');
    expect(pairLocalDay('2026-11-22T03:30:00Z', 'America/New_York')).toBe('2026-11-21');
    expect(pairLocalDayBounds('2026-03-29', 'Europe/London')).toEqual({
      start: '2026-03-29T00:00:00.000Z',
      end: '2026-03-29T23:00:00.000Z',
    });
    expect(pairLocalDayBounds('2026-11-01', 'America/New_York')).toEqual({
      start: '2026-11-01T04:00:00.000Z',
      end: '2026-11-02T05:00:00.000Z',
    });
  });
});

describe('checkRule', () => {
  it('accepts everyday rhythms', () => {
    for (const ok of [
      DAILY_20,
      'RRULE:FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=19;BYMINUTE=30',
      'FREQ=DAILY;BYHOUR=8,20',
      'FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=18',
    ]) {
      expect(checkRule(ok), ok).toBeNull();
    }
  });
  it('refuses rules that cannot be read, never come round, or come too often', () => {
    for (const bad of [
      '',
      'hello',
      'FREQ=SOMETIMES',
      'FREQ=HOURLY',
      'FREQ=MINUTELY',
      'FREQ=DAILY;BYHOUR=1,5,9,13',
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
      'DTSTART=20260101T000000Z;FREQ=DAILY',
      'FREQ=DAILY;COUNT=0',
    ]) {
      expect(checkRule(bad), bad).not.toBeNull();
    }
  });
});

describe('rhythm choices', () => {
  it('round-trips the offered rhythms and leaves hand-written rules as they are', async () => {
    const { describeRule, readRule, ruleFor } = await import('./rhythm-choices.js');
    expect(ruleFor('daily', '20:00')).toBe('FREQ=DAILY;BYHOUR=20;BYMINUTE=0');
    expect(readRule('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=30')).toEqual({ choice: 'weekdays', time: '07:30' });
    expect(describeRule('FREQ=DAILY;BYHOUR=20;BYMINUTE=0')).toBe('Every day at 20:00');
    expect(describeRule('FREQ=MONTHLY;BYMONTHDAY=1')).toBe('FREQ=MONTHLY;BYMONTHDAY=1');
  });
});
