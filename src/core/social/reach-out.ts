/**
 * The gentle "reach out soon" list (issue 6): people with a wished-for rhythm of contact, ordered
 * by how far past their rhythm they are. It is an invitation, never a tally of failures: people
 * with no rhythm never appear, a snoozed person rests until the snooze ends, and anyone contacted
 * recently drops off at once.
 */

export interface RhythmPerson {
  id: string;
  name: string;
  /** Days between contacts the person wished for; null = no rhythm. */
  rhythmDays: number | null;
  /** Last interaction with them, or null when none was logged yet. */
  lastContactAt: string | null;
  /** When they were added: counts as the start when there was no contact yet. */
  createdAt: string;
  snoozedUntil: string | null;
}

export interface ReachOut {
  personId: string;
  name: string;
  daysSinceContact: number;
  rhythmDays: number;
  /** Days since contact ÷ rhythm: 1 = due today, 2 = twice the wished-for gap. */
  overdueRatio: number;
}

/** From three quarters of the rhythm on, someone is "soon"; below it they are not listed. */
export const REACH_OUT_FROM = 0.75;

const DAY_MS = 86_400_000;
const round2 = (x: number) => Math.round(x * 100) / 100;

export function reachOutList(people: readonly RhythmPerson[], now: Date, from = REACH_OUT_FROM): ReachOut[] {
  const t = now.getTime();
  const out: ReachOut[] = [];
  for (const p of people) {
    if (p.rhythmDays === null || p.rhythmDays <= 0) continue;
    if (p.snoozedUntil !== null && Date.parse(p.snoozedUntil) > t) continue;
    const since = Date.parse(p.lastContactAt ?? p.createdAt);
    const days = Math.max(0, (t - since) / DAY_MS);
    const ratio = days / p.rhythmDays;
    if (ratio < from) continue;
    out.push({ personId: p.id, name: p.name, daysSinceContact: Math.floor(days), rhythmDays: p.rhythmDays, overdueRatio: round2(ratio) });
  }
  // Most overdue first; ties by name so the order never depends on storage.
  return out.sort((a, b) => b.overdueRatio - a.overdueRatio || a.name.localeCompare(b.name) || (a.personId < b.personId ? -1 : 1));
}
