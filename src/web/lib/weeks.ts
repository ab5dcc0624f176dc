import { formatDay } from './dates.js';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function partsIn(date: Date, timeZone: string): { day: string; weekday: number } {
  let day: string;
  let weekday: string;
  try {
    day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
    weekday = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short' }).format(date);
  } catch {
    day = date.toISOString().slice(0, 10);
    weekday = WEEKDAYS[(date.getUTCDay() + 6) % 7] ?? 'Mon';
  }
  return { day, weekday: Math.max(0, WEEKDAYS.indexOf(weekday)) };
}

function addDays(day: string, n: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Monday of the week a moment falls in, as YYYY-MM-DD in the person's time zone (the same rule the insights use). */
export function weekStartOf(iso: string | Date, timeZone: string): string {
  const { day, weekday } = partsIn(new Date(iso), timeZone);
  return addDays(day, -weekday);
}

/** Every Monday from the week of `from` to the week of `to`, inclusive. */
export function weeksBetween(from: string | Date, to: string | Date, timeZone: string): string[] {
  const first = weekStartOf(from, timeZone);
  const last = weekStartOf(to, timeZone);
  const out: string[] = [];
  for (let w = first; w <= last && out.length < 600; w = addDays(w, 7)) out.push(w);
  return out;
}

/** "2026-11-16" → "16 Nov" in the person's language. */
export function shortDay(day: string): string {
  return formatDay(day, { day: 'numeric', month: 'short' });
}
