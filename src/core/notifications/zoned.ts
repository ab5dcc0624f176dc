/**
 * Wall-clock arithmetic in a person's IANA time zone with nothing but Intl: the local date and
 * minute of an instant, and the instant a local date and time name. Daylight-saving changes are
 * why this is not "add the offset": the offset itself depends on the instant being looked for.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      // A zone the tz database dropped: UTC keeps reminders coming rather than failing them.
      f = formatterFor('UTC');
    }
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalParts {
  /** YYYY-MM-DD */
  date: string;
  /** Minutes since local midnight. */
  minute: number;
}

function fields(ms: number, timeZone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: n('year'), mo: n('month'), d: n('day'), h: n('hour'), mi: n('minute'), s: n('second') };
}

export function localParts(ms: number, timeZone: string): LocalParts {
  const f = fields(ms, timeZone);
  const date = `${String(f.y).padStart(4, '0')}-${String(f.mo).padStart(2, '0')}-${String(f.d).padStart(2, '0')}`;
  return { date, minute: f.h * 60 + f.mi };
}

/** The zone's offset from UTC at an instant, in milliseconds (local = utc + offset). */
function offsetAt(ms: number, timeZone: string): number {
  const f = fields(ms, timeZone);
  const asUtc = Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi, f.s);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant at which the clocks in `timeZone` show `date` at `minute`. A time the clocks skip
 * (the spring-forward hour) gives the instant just after the gap, at the same distance past it; a
 * time they show twice (the autumn hour) gives the first.
 */
export function instantAt(date: string, minute: number, timeZone: string): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, mo - 1, d, Math.floor(minute / 60), minute % 60);
  // Two offsets around the guess: the earlier is tried first, so a repeated hour gives its first instant.
  const before = offsetAt(wall - 86_400_000 / 2, timeZone);
  const after = offsetAt(wall + 86_400_000 / 2, timeZone);
  for (const off of before >= after ? [before, after] : [after, before]) {
    const candidate = wall - off;
    if (offsetAt(candidate, timeZone) === off) return candidate;
  }
  // In the gap: neither offset gives this wall time; the clocks jumped over it, so use the
  // offset before the jump, which lands the same distance past the gap.
  return wall - before;
}

/** The next calendar day of a YYYY-MM-DD date. */
export function nextDate(date: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d + 1)).toISOString().slice(0, 10);
}
