import * as rrule from 'rrule';

// rrule ships ESM for bundlers and a UMD file for Node, whose named exports Node cannot detect:
// take RRule from whichever shape this runtime gave us.
const RRule: typeof rrule.RRule = rrule.RRule ?? (rrule as unknown as { default: typeof rrule }).default.RRule;
type RRule = rrule.RRule;
import { localDate } from '../reassurance/local-date.js';

/**
 * Check-in times for a pair: an RFC 5545 RRULE read in the pair's IANA time zone.
 *
 * The rule is expanded in local wall-clock ("floating") time, then each local time is turned into
 * an instant in the zone. That keeps "every day at 20:00" at 20:00 on both sides of a
 * daylight-saving change, which expanding in UTC would not. Two local times need a decision, and
 * both follow RFC 5545 §3.3.5 (and Temporal's "compatible" choice), so a calendar app reading the
 * feed lands on the same instants as Steady:
 * - a time that does not exist (the spring-forward gap, e.g. 02:30 when clocks jump 02:00 → 03:00)
 *   is read with the offset from before the change, so it moves forward by the gap (03:30);
 * - a time that happens twice (the fall-back overlap, e.g. 01:30 when clocks go 02:00 → 01:00)
 *   means the first of the two.
 */

export interface Rhythm {
  /** RRULE body such as FREQ=DAILY;BYHOUR=20;BYMINUTE=0 (an "RRULE:" prefix is accepted). */
  rule: string;
  timeZone: string;
  /** How long each check-in lasts. */
  minutes: number;
  /**
   * Where the rule starts counting (its DTSTART is local midnight of this instant's day): matters
   * for rules such as every other week.
   */
  anchor: string;
}

export interface Occurrence {
  startsAt: string;
  endsAt: string;
  /** The wall-clock time the rule named, e.g. 2026-03-08T02:30:00 (even when it fell in a gap). */
  localStart: string;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
function offsetFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock time in `timeZone` at `epochMs`, as if it were UTC (a "floating" time in ms). */
export function toFloating(epochMs: number, timeZone: string): number {
  const parts = offsetFormatter(timeZone).formatToParts(new Date(epochMs));
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const floating = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  // Intl drops milliseconds; keep them so the round trip is exact.
  return floating + (((epochMs % 1000) + 1000) % 1000);
}

/** Offset of `timeZone` from UTC at `epochMs`, in ms (positive east of Greenwich). */
export function offsetAt(epochMs: number, timeZone: string): number {
  return toFloating(epochMs, timeZone) - epochMs;
}

/**
 * The instant a floating local time names in `timeZone`: the earlier one in an overlap, and in a
 * gap the time read with the offset from before the change (see the module comment).
 */
export function fromFloating(floating: number, timeZone: string): number {
  // Offsets change at most once within a day either side of any real transition.
  const before = offsetAt(floating - DAY, timeZone);
  const after = offsetAt(floating + DAY, timeZone);
  const valid = [floating - before, floating - after].filter((t) => toFloating(t, timeZone) === floating);
  if (valid.length > 0) return Math.min(...valid);
  return floating - before;
}

/**
 * Whether a wall-clock time does not name exactly one instant in `timeZone`: it falls in a
 * spring-forward gap or a fall-back overlap. Calendar apps disagree on these, so the feed spells
 * such check-ins out as exact instants.
 */
export function isAmbiguousLocal(floating: number, timeZone: string): boolean {
  const before = offsetAt(floating - DAY, timeZone);
  const after = offsetAt(floating + DAY, timeZone);
  if (before === after) return false;
  const valid = [floating - before, floating - after].filter((t) => toFloating(t, timeZone) === floating);
  return valid.length !== 1;
}

function floatingToDate(floating: number): Date {
  return new Date(floating);
}

function ruleBody(rule: string): string {
  return rule.trim().replace(/^RRULE:/i, '');
}

function buildRule(rhythm: Rhythm): RRule {
  const options = RRule.parseString(ruleBody(rhythm.rule));
  const anchorFloating = toFloating(Date.parse(rhythm.anchor), rhythm.timeZone);
  const midnight = anchorFloating - (((anchorFloating % DAY) + DAY) % DAY);
  return new RRule({ ...options, dtstart: floatingToDate(midnight), tzid: null });
}

/** Check-ins overlapping [from, to), in order. */
export function occurrencesBetween(rhythm: Rhythm, from: string, to: string): Occurrence[] {
  const fromMs = Date.parse(from);
  const toMs = Date.parse(to);
  const length = rhythm.minutes * MINUTE;
  const rule = buildRule(rhythm);
  // Widen by a day and the length, in floating time, so offsets and long check-ins are covered.
  const lo = toFloating(fromMs, rhythm.timeZone) - DAY - length;
  const hi = toFloating(toMs, rhythm.timeZone) + DAY;
  const out: Occurrence[] = [];
  for (const d of rule.between(floatingToDate(lo), floatingToDate(hi), true)) {
    const start = fromFloating(d.getTime(), rhythm.timeZone);
    const end = start + length;
    if (end > fromMs && start < toMs) {
      out.push({ startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString(), localStart: d.toISOString().slice(0, 19) });
    }
  }
  return out;
}

/** How far ahead the next check-in is looked for: a rule valid by `checkRule` always has one. */
const LOOKAHEAD_DAYS = 400;

/** The check-in under way at `now`, or else the next one; undefined if the rule has none ahead. */
export function nextOccurrence(rhythm: Rhythm, now: string): Occurrence | undefined {
  const nowMs = Date.parse(now);
  // Look a week at a time first: almost every rhythm has a check-in within it.
  for (const days of [8, LOOKAHEAD_DAYS]) {
    const found = occurrencesBetween(rhythm, now, new Date(nowMs + days * DAY).toISOString())[0];
    if (found) return found;
  }
  return undefined;
}

/** The check-in whose window holds `now`, if one does (a request then needs no daily allowance). */
export function checkInUnderWay(rhythm: Rhythm, now: string): Occurrence | undefined {
  const current = nextOccurrence(rhythm, now);
  return current && Date.parse(current.startsAt) <= Date.parse(now) ? current : undefined;
}

/** The check-in just before the one at `startsAt` (for "topics parked since the last check-in"). */
export function previousOccurrence(rhythm: Rhythm, startsAt: string): Occurrence | undefined {
  const startMs = Date.parse(startsAt);
  for (const days of [8, LOOKAHEAD_DAYS]) {
    const found = occurrencesBetween(rhythm, new Date(startMs - days * DAY).toISOString(), startsAt).filter(
      (o) => Date.parse(o.startsAt) < startMs,
    );
    if (found.length > 0) return found[found.length - 1];
  }
  return undefined;
}

/** The pair's calendar day (YYYY-MM-DD) an instant falls on: the day daily limits count in. */
export function pairLocalDay(instant: string, timeZone: string): string {
  return localDate(instant, timeZone);
}

/** The instants [start, end) of a pair's local day (23 or 25 hours long on DST days). */
export function pairLocalDayBounds(day: string, timeZone: string): { start: string; end: string } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const start = fromFloating(Date.UTC(y, m - 1, d), timeZone);
  const end = fromFloating(Date.UTC(y, m - 1, d + 1), timeZone);
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}

export const MAX_CHECK_INS_PER_DAY = 3;

const ALLOWED_FREQS = new Set([RRule.HOURLY, RRule.DAILY, RRule.WEEKLY, RRule.MONTHLY, RRule.YEARLY]);

/**
 * Why a check-in rule cannot be used, in words for the person, or null when it can: it must
 * parse, repeat at least hourly-coarse, produce a check-in within a year of `from`, and never more than
 * MAX_CHECK_INS_PER_DAY in a day (a rhythm, not a new reassurance channel).
 */
export function checkRule(rule: string, from = '2026-01-01T00:00:00.000Z'): string | null {
  const body = ruleBody(rule);
  if (body.length === 0 || body.length > 500) return 'Write a rule such as FREQ=DAILY;BYHOUR=20;BYMINUTE=0';
  if (/(^|;)\s*(DTSTART|TZID)\s*=/i.test(body)) return 'Leave out DTSTART and TZID: the pair’s time zone is set separately';
  let options;
  try {
    options = RRule.parseString(body);
  } catch {
    return 'This is not a rule Steady can read; try FREQ=DAILY;BYHOUR=20;BYMINUTE=0';
  }
  if (options.freq === undefined || !ALLOWED_FREQS.has(options.freq)) return 'Choose a daily, weekly or monthly rhythm';
  const rhythm: Rhythm = { rule: body, timeZone: 'UTC', minutes: 1, anchor: from };
  let rrule: RRule;
  try {
    rrule = buildRule(rhythm);
  } catch {
    return 'This is not a rule Steady can read; try FREQ=DAILY;BYHOUR=20;BYMINUTE=0';
  }
  const perDay = new Map<string, number>();
  let tooMany = false;
  let any = false;
  const start = Date.parse(from);
  // The iterator stops as soon as a day has too many, so an hourly rule costs little to refuse.
  rrule.between(new Date(start), new Date(start + 366 * DAY), true, (d) => {
    any = true;
    const day = d.toISOString().slice(0, 10);
    const n = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, n);
    if (n > MAX_CHECK_INS_PER_DAY) tooMany = true;
    return !tooMany;
  });
  if (tooMany) return `At most ${MAX_CHECK_INS_PER_DAY} check-ins a day, so there is time to live in between`;
  if (!any) return 'This rule never comes round; choose days that exist, such as FREQ=WEEKLY;BYDAY=SU;BYHOUR=19';
  return null;
}
