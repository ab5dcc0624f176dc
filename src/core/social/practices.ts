/**
 * Small daily practices (issue 6) are shown as counts of days done. There is deliberately no
 * streak: a missed day costs nothing, and nothing here ever counts the days that were not done.
 */
import { addDays } from '../pair/cap.js';

export interface PracticeCountsResult {
  last7: number;
  last30: number;
  allTime: number;
  recentDays: string[];
  doneToday: boolean;
}

/** `days` are distinct YYYY-MM-DD days done; `today` is today in the person's time zone. */
export function practiceCounts(days: readonly string[], today: string): PracticeCountsResult {
  const from7 = addDays(today, -6);
  const from30 = addDays(today, -29);
  const recentDays = days.filter((d) => d >= from30 && d <= today).sort();
  return {
    last7: recentDays.filter((d) => d >= from7).length,
    last30: recentDays.length,
    allTime: days.length,
    recentDays,
    doneToday: recentDays.includes(today),
  };
}
