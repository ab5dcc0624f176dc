/**
 * Rhythms in the calendar feed (issue 6), when the person turns it on: one all-day event per person
 * with a rhythm, on the day it next comes round. Never a past date and never a word like "overdue":
 * when the wished-for day has gone by, the event moves on by whole rhythms to the next one from
 * today, the way a weekly call simply comes round again next week.
 */
import { localDate } from '../reassurance/local-date.js';
import type { RhythmPerson } from './reach-out.js';

export interface RhythmEvent {
  /** Stable per person, so a calendar app moves the event instead of adding another. */
  uid: string;
  /** YYYY-MM-DD in the person's time zone. */
  date: string;
  summary: string;
}

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
const dateOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export function rhythmEvents(people: readonly RhythmPerson[], now: Date, timeZone: string): RhythmEvent[] {
  const today = dayNumber(localDate(now.toISOString(), timeZone));
  const out: RhythmEvent[] = [];
  for (const p of people) {
    if (p.rhythmDays === null || p.rhythmDays <= 0) continue;
    let due = dayNumber(localDate(p.lastContactAt ?? p.createdAt, timeZone)) + p.rhythmDays;
    if (due < today) due += Math.ceil((today - due) / p.rhythmDays) * p.rhythmDays;
    // A snooze is the person saying "not before then"; the event waits for it.
    if (p.snoozedUntil !== null && Date.parse(p.snoozedUntil) > now.getTime()) {
      due = Math.max(due, dayNumber(localDate(p.snoozedUntil, timeZone)));
    }
    out.push({ uid: `reach-out-${p.id}@steady`, date: dateOf(due), summary: `Maybe reach out to ${p.name}` });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : 1));
}
