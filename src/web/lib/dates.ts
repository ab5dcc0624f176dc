import { formatLocale } from '../i18n/i18n.js';

/** Dates are shown in the person's chosen time zone, in the language they chose for Steady. */
export function formatDateTime(iso: string, timeZone: string): string {
  return safeFormat(iso, { dateStyle: 'full', timeStyle: 'short', timeZone });
}

export function formatDate(iso: string, timeZone: string): string {
  return safeFormat(iso, { dateStyle: 'medium', timeZone });
}

export function formatShortDateTime(iso: string, timeZone: string): string {
  return safeFormat(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone });
}

function safeFormat(iso: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso);
  try {
    return new Intl.DateTimeFormat(formatLocale(), options).format(date);
  } catch {
    // An unknown zone must never hide an entry's date.
    const { timeZone: _ignored, ...rest } = options;
    return new Intl.DateTimeFormat(formatLocale(), rest).format(date);
  }
}

/** The calendar day a moment falls on in the person's time zone, as YYYY-MM-DD (sorts like the days do). */
export function dayKey(iso: string, timeZone: string): string {
  const date = new Date(iso);
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/** "Tuesday 18 November 2026" for a YYYY-MM-DD day, in the person's language. */
export function formatDayKey(day: string): string {
  return formatDay(day, { dateStyle: 'full' });
}

/** A YYYY-MM-DD day (or YYYY-MM month) in the person's language; noon UTC, so no zone moves it to a neighbour. */
export function formatDay(day: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(`${day.length === 7 ? `${day}-15` : day}T12:00:00Z`);
  return new Intl.DateTimeFormat(formatLocale(), { ...options, timeZone: 'UTC' }).format(date);
}

/** A number in the person's language ("1,5" in Spanish). */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(formatLocale(), options).format(n);
}

export function formatTime(iso: string, timeZone: string): string {
  return safeFormat(iso, { timeStyle: 'short', timeZone });
}

/** A datetime-local value (the device's own clock) for a moment, as date-and-time inputs expect. */
export function localInputValue(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
