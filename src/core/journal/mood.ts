/**
 * Mood at a glance: the moods of journal entries (0–10, an entry may have none) gathered by the
 * person's own calendar day over the last week or month, today last. Pure: the repository reads
 * the instants, this decides which day each belongs to, so "Tuesday" means the person's Tuesday.
 */
import type { MoodInsights } from '../../contracts/reassurance/insights.js';
import { roundedMean } from '../reassurance/stats.js';
import { localDate } from '../reassurance/local-date.js';

export const MOOD_VIEW_DAYS = { week: 7, month: 30 } as const;
export type MoodView = keyof typeof MOOD_VIEW_DAYS;

const DAY_MS = 86_400_000;
/** No time zone is more than 14 hours from UTC: this much before a day's UTC midnight reaches its local start everywhere. */
const WIDEST_OFFSET_MS = 14 * 3_600_000;

const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00.000Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The days of a view (oldest first) and an instant range [from, to) wide enough to hold all their moods. */
export function moodWindow(view: MoodView, now: Date, timeZone: string): { days: string[]; from: string; to: string } {
  const today = localDate(now.toISOString(), timeZone);
  const n = MOOD_VIEW_DAYS[view];
  const days = Array.from({ length: n }, (_, i) => addDays(today, i - (n - 1)));
  const from = new Date(Date.parse(`${days[0]!}T00:00:00.000Z`) - WIDEST_OFFSET_MS).toISOString();
  // Up to now and not past it: an entry cannot be dated later, and tomorrow is not in the view.
  const to = new Date(now.getTime() + 1).toISOString();
  return { days, from, to };
}

/** The moods of the window by local day; instants that fall on a local day outside the view are left out. */
export function moodDays(
  view: MoodView,
  moods: ReadonlyArray<{ at: string; mood: number }>,
  window: { days: readonly string[] },
  timeZone: string,
): MoodInsights {
  const byDay = new Map<string, { n: number; sum: number }>(window.days.map((d) => [d, { n: 0, sum: 0 }]));
  for (const m of moods) {
    const day = byDay.get(localDate(m.at, timeZone));
    if (!day) continue;
    day.n += 1;
    day.sum += m.mood;
  }
  const days = window.days.map((date) => {
    const { n, sum } = byDay.get(date)!;
    return { date, mood: n === 0 ? null : roundedMean(sum, n), count: n };
  });
  return {
    view,
    timeZone,
    days,
    moods: days.reduce((s, d) => s + d.count, 0),
    daysWithMood: days.filter((d) => d.count > 0).length,
  };
}
