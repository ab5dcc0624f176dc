import { localDate } from '../reassurance/local-date.js';
import { fromFloating, offsetAt } from './occurrences.js';

/**
 * The daily cap on reassurance requests outside the check-in window (issue 4), as a pure decision
 * so the route, the tests and any later agreement share one rule:
 *
 * - A request sent while a check-in window is open is always allowed and never counts.
 * - Outside the window, the person may send `cap` requests per day, the day counted in the pair's
 *   time zone (not UTC, not the server's), so "one a day" resets at the pair's own midnight,
 *   across daylight-saving changes too.
 * - Only the person's own earlier requests count: each partner has their own allowance.
 */
export interface CheckInWindow {
  startsAt: string;
  endsAt: string;
}

export interface EarlierRequest {
  createdAt: string;
  inCheckInWindow: boolean;
}

export interface CapInput {
  cap: number;
  timeZone: string;
  now: Date;
  /** Check-in windows around now (the current one if open, and the next one); any order. */
  windows: readonly CheckInWindow[];
  /** The person's own earlier requests (any range that includes today). */
  earlier: readonly EarlierRequest[];
}

export type CapDecision =
  | { allowed: true; inCheckInWindow: boolean; remainingToday: number; nextCheckIn: CheckInWindow | null }
  | { allowed: false; inCheckInWindow: false; remainingToday: 0; nextCheckIn: CheckInWindow | null };

export function openWindow(windows: readonly CheckInWindow[], now: Date): CheckInWindow | null {
  const t = now.getTime();
  return windows.find((w) => Date.parse(w.startsAt) <= t && t < Date.parse(w.endsAt)) ?? null;
}

export function nextWindow(windows: readonly CheckInWindow[], now: Date): CheckInWindow | null {
  const t = now.getTime();
  const later = windows.filter((w) => Date.parse(w.startsAt) > t).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return later[0] ?? null;
}

/** How many of the person's requests outside a window fall on today, in the pair's time zone. */
export function countedToday(earlier: readonly EarlierRequest[], timeZone: string, now: Date): number {
  const today = localDate(now.toISOString(), timeZone);
  return earlier.filter((r) => !r.inCheckInWindow && localDate(r.createdAt, timeZone) === today).length;
}

export function decideCap({ cap, timeZone, now, windows, earlier }: CapInput): CapDecision {
  const open = openWindow(windows, now);
  const used = countedToday(earlier, timeZone, now);
  const remaining = Math.max(0, cap - used);
  const nextCheckIn = open ?? nextWindow(windows, now);
  if (open) return { allowed: true, inCheckInWindow: true, remainingToday: remaining, nextCheckIn };
  if (remaining > 0) return { allowed: true, inCheckInWindow: false, remainingToday: remaining - 1, nextCheckIn };
  return { allowed: false, inCheckInWindow: false, remainingToday: 0, nextCheckIn };
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (e.g. +60 for Europe/Berlin in winter). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  return Math.round(offsetAt(Math.floor(instant.getTime() / 1000) * 1000, timeZone) / 60_000);
}

/**
 * The instant a wall-clock time on a day happens in `timeZone` (occurrences.ts decides gaps and
 * overlaps the same way for every pair rule: a skipped time reads with the earlier offset, a
 * repeated time is its first occurrence).
 */
export function zonedInstant(day: string, hour: number, minute: number, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(fromFloating(Date.UTC(y, m - 1, d, hour, minute), timeZone));
}

/** The day before/after a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The default rhythm until the pair's agreement says otherwise: daily at `hour:minute` for
 * `minutes`, in the pair's time zone. Returns yesterday's, today's and tomorrow's windows, which
 * always include an open one and the next one.
 */
export function dailyWindows(now: Date, timeZone: string, hour = 20, minute = 0, minutes = 15): CheckInWindow[] {
  const today = localDate(now.toISOString(), timeZone);
  return [-1, 0, 1].map((offset) => {
    const start = zonedInstant(addDays(today, offset), hour, minute, timeZone);
    return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + minutes * 60_000).toISOString() };
  });
}
