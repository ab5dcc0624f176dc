import { instantAt, localParts, nextDate } from './zoned.js';

/** The relief check-ins after an urge: half an hour, then two hours, after it happened. */
export const FOLLOW_UP_MINUTES = [30, 120] as const;

export function followUpInstants(occurredAt: string): string[] {
  const at = Date.parse(occurredAt);
  return FOLLOW_UP_MINUTES.map((m) => new Date(at + m * 60_000).toISOString());
}

export interface Window {
  start: string;
  end: string;
}

const minuteOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * When something due at `due` may be sent for someone in `timeZone` with these quiet hours: at
 * `due` itself outside them, else at the window's end on the person's clock (the next local day's
 * end for a window that wraps past midnight and was entered before it). Worked on wall-clock
 * minutes and turned back into an instant in the zone, so a window keeps its local times on the
 * days the clocks change. A window that starts and ends at the same minute is no window.
 */
export function afterQuietHours(due: string, quiet: Window | null, timeZone: string): string {
  if (!quiet) return due;
  const start = minuteOf(quiet.start);
  const end = minuteOf(quiet.end);
  if (start === end) return due;
  const { date, minute } = localParts(Date.parse(due), timeZone);
  let endDate: string | null = null;
  if (start < end) {
    if (minute >= start && minute < end) endDate = date;
  } else if (minute >= start) {
    endDate = nextDate(date);
  } else if (minute < end) {
    endDate = date;
  }
  if (endDate === null) return due;
  return new Date(instantAt(endDate, end, timeZone)).toISOString();
}

/** The instants the person's local day around `at` starts and ends: the day the daily maximum counts in. */
export function localDayBounds(at: string, timeZone: string): { from: string; to: string } {
  const { date } = localParts(Date.parse(at), timeZone);
  return {
    from: new Date(instantAt(date, 0, timeZone)).toISOString(),
    to: new Date(instantAt(nextDate(date), 0, timeZone)).toISOString(),
  };
}

/**
 * Whether this one may make a sound (push, email): only while fewer than `dailyMax` did today.
 * The rest still reach the inbox, quietly, so nothing is lost by the limit.
 */
export function mayBeLoud(loudToday: number, dailyMax: number): boolean {
  return loudToday < dailyMax;
}

/** A snoozed notification comes back this many minutes from now, then outside quiet hours. */
export function snoozedUntil(now: Date, minutes: number, quiet: Window | null, timeZone: string): string {
  return afterQuietHours(new Date(now.getTime() + minutes * 60_000).toISOString(), quiet, timeZone);
}
