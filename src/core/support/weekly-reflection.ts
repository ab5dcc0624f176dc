import type { Review } from '../../contracts/pair/reviews.js';
import type { WeeklyReflection } from '../../contracts/support/weekly-reflection.js';
import { mondayOf } from '../reassurance/insights.js';
import { localDate } from '../reassurance/local-date.js';

/**
 * The weekly reflection someone writes on their own: it stays open while its week is the current
 * one in their time zone, so it reads as that week's view and not as a later rewrite of it.
 */
export function reflectionOpen(weekStart: string, now: Date, timeZone: string): boolean {
  return mondayOf(localDate(now.toISOString(), timeZone)) === weekStart;
}

export function reflectionView(
  weekStart: string,
  open: boolean,
  review: Review | null,
  checks: { drained: number | null; secure: number | null } | null,
): WeeklyReflection {
  return { weekStart, open, answers: review?.answers ?? null, checks, submittedAt: review?.submittedAt ?? null };
}
