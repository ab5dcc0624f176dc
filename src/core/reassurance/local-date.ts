const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      // Time zones are checked at signup, but the tz database can drop a name between releases;
      // a day counted in UTC is better than an urge that cannot be saved.
      f = formatterFor('UTC');
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The calendar day (YYYY-MM-DD) an instant falls on for someone in `timeZone`. Stored with each
 * urge when it is logged, so "urges per day" means the person's day, not UTC's.
 */
export function localDate(iso: string, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // en-CA already gives YYYY-MM-DD; reading the parts keeps that true for years below 1000 too.
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
