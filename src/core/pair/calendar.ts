import { createHash, randomBytes } from 'node:crypto';
import { isAmbiguousLocal, nextOccurrence, occurrencesBetween, offsetAt, type Rhythm } from './occurrences.js';

/**
 * The check-in rhythm as an RFC 5545 calendar: one recurring VEVENT (DTSTART with TZID, RRULE)
 * and a VTIMEZONE whose transitions are read from the same tz data Steady computes with, so a
 * calendar app lands on the instants Steady does, on both sides of a daylight-saving change.
 * It names nothing but the rhythm: no topics, no names, no notes.
 */

export const newCalendarToken = (): string => randomBytes(24).toString('base64url');
export const hashCalendarToken = (token: string): string => createHash('sha256').update(`calendar-feed:${token}`).digest('base64url');

const DAY = 86_400_000;
const MINUTE = 60_000;

interface Transition {
  at: number;
  from: number;
  to: number;
}

/** Offset changes of `timeZone` in [from, to), found day by day, then to the minute. */
export function transitions(timeZone: string, from: number, to: number): Transition[] {
  const out: Transition[] = [];
  let prev = offsetAt(from, timeZone);
  for (let t = from + DAY; t < to + DAY; t += DAY) {
    const o = offsetAt(t, timeZone);
    if (o === prev) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offsetAt(mid, timeZone) === prev) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: prev, to: o });
    prev = o;
  }
  return out;
}

const two = (n: number) => String(n).padStart(2, '0');
const icsLocal = (floating: number) => new Date(floating).toISOString().slice(0, 19).replace(/[-:]/g, '');
const icsUtc = (ms: number) => `${new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
function icsOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const m = Math.abs(ms) / MINUTE;
  return `${sign}${two(Math.floor(m / 60))}${two(m % 60)}`;
}

/**
 * Lines longer than 75 octets are folded (RFC 5545 §3.1), counting UTF-8 octets (a person's name
 * may be in any script) and never splitting a character.
 */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
const icsText = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** An all-day event (a date, not a time), such as a rhythm's gentle reminder. */
export interface AllDayEvent {
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
}

export interface FeedInput {
  /** Stable per pair, so a calendar app updates the event instead of adding another. */
  uid: string;
  rhythm: Rhythm | null;
  now: string;
  title: string;
  /** Shown as free time (TRANSPARENT), so they never block anyone's calendar. */
  allDay?: readonly AllDayEvent[];
}

export function calendarFeed({ uid, rhythm, now, title, allDay = [] }: FeedInput): string {
  const nowMs = Date.parse(now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Steady//Check-ins//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${title}`];
  // Start the series at a recent check-in, so the VTIMEZONE below only needs to cover from there.
  const first = rhythm && (occurrencesBetween(rhythm, new Date(nowMs - 14 * DAY).toISOString(), now)[0] ?? nextOccurrence(rhythm, now));
  if (rhythm && first) {
    const tz = rhythm.timeZone;
    const from = Date.parse(first.startsAt) - 366 * DAY;
    lines.push('BEGIN:VTIMEZONE', `TZID:${tz}`);
    const changes = transitions(tz, from, nowMs + 3 * 366 * DAY);
    if (changes.length === 0) {
      const o = offsetAt(nowMs, tz);
      lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${icsOffset(o)}`, `TZOFFSETTO:${icsOffset(o)}`, 'END:STANDARD');
    } else {
      const o = changes[0]!.from;
      lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${icsOffset(o)}`, `TZOFFSETTO:${icsOffset(o)}`, 'END:STANDARD');
      for (const c of changes) {
        const kind = c.to > c.from ? 'DAYLIGHT' : 'STANDARD';
        lines.push(
          `BEGIN:${kind}`,
          `DTSTART:${icsLocal(c.at + c.from)}`,
          `TZOFFSETFROM:${icsOffset(c.from)}`,
          `TZOFFSETTO:${icsOffset(c.to)}`,
          `END:${kind}`,
        );
      }
    }
    lines.push('END:VTIMEZONE');
    // A check-in at a wall-clock time that falls in a DST gap or overlap is read differently by
    // different calendar apps: take it out of the rule (EXDATE, same local time, so every app
    // matches it) and add it back as the exact instant Steady uses (RDATE in UTC).
    const exact = occurrencesBetween(rhythm, first.startsAt, new Date(nowMs + 2 * 366 * DAY).toISOString()).filter((o) =>
      isAmbiguousLocal(Date.parse(`${o.localStart}Z`), tz),
    );
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${icsUtc(nowMs)}`,
      `DTSTART;TZID=${tz}:${first.localStart.replace(/[-:]/g, '')}`,
      `DURATION:PT${rhythm.minutes}M`,
      `RRULE:${rhythm.rule.replace(/^RRULE:/i, '')}`,
      ...exact.flatMap((o) => [`EXDATE;TZID=${tz}:${o.localStart.replace(/[-:]/g, '')}`, `RDATE:${icsUtc(Date.parse(o.startsAt))}`]),
      `SUMMARY:${title}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  for (const e of allDay) {
    const next = new Date(Date.parse(`${e.date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${icsUtc(nowMs)}`,
      `DTSTART;VALUE=DATE:${e.date.replace(/-/g, '')}`,
      `DTEND;VALUE=DATE:${next.replace(/-/g, '')}`,
      `SUMMARY:${icsText(e.summary)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
