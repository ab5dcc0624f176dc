/**
 * Moments the person chooses (occurredAt, startedAt) are stored as ISO-8601 UTC with milliseconds,
 * like every other timestamp, so they sort and compare as text on both dialects and fit a paging
 * cursor. Clients may send any offset; these helpers bring it to that one form.
 *
 * The accepted range keeps the text form at four-digit years in every time zone (a year past 9999
 * would print as "+010000-…" and sort before everything). Nobody logs an urge from before 1900.
 */
export const EARLIEST_INSTANT = '1900-01-01T00:00:00.000Z';
export const LATEST_INSTANT = '9999-12-30T23:59:59.999Z';
export const INSTANT_RANGE_MESSAGE = 'Use a date between the years 1900 and 9999';

const earliest = Date.parse(EARLIEST_INSTANT);
const latest = Date.parse(LATEST_INSTANT);

/** The stored form of a moment, or null when it falls outside the range Steady keeps. */
export function storedInstant(iso: string): string | null {
  const t = Date.parse(iso);
  if (Number.isNaN(t) || t < earliest || t > latest) return null;
  return new Date(t).toISOString();
}

/** A from/to filter bound in stored form; bounds beyond the range are clamped, since they still mean "everything". */
export function rangeBound(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return EARLIEST_INSTANT;
  return new Date(Math.min(Math.max(t, earliest), latest)).toISOString();
}
