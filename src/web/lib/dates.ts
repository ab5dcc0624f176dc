/** Dates are shown in the person's chosen time zone, in their browser's language. */
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
    return new Intl.DateTimeFormat(undefined, options).format(date);
  } catch {
    // An unknown zone must never hide an entry's date.
    const { timeZone: _ignored, ...rest } = options;
    return new Intl.DateTimeFormat(undefined, rest).format(date);
  }
}
