import { formatLocale } from '../i18n/i18n.js';

/** A zone the person can choose, with the words the list shows for it. */
export interface TimeZoneOption {
  zone: string;
  label: string;
}

function zoneName(zone: string, locale: string): string | undefined {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
}

/**
 * A zone as the person reads it: its place, taken from the IANA name (Intl has no translated city
 * names), and what Intl calls the zone in their language, "London · hora de Reino Unido". A zone
 * with no place (UTC) keeps its own name; an Etc/ offset zone shows its offset the right way round.
 */
export function timeZoneLabel(zone: string, locale = formatLocale()): string {
  const key = `${locale} ${zone}`;
  let label = labels.get(key);
  if (label === undefined) {
    label = labelOf(zone, locale);
    labels.set(key, label);
  }
  return label;
}

// Forms draw the whole list on every keystroke, and each label builds a formatter.
const labels = new Map<string, string>();

function labelOf(zone: string, locale: string): string {
  if (!zone.includes('/')) return zone;
  const name = zoneName(zone, locale);
  if (zone.startsWith('Etc/')) return name ?? zone;
  const place = zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ');
  return name && name !== place ? `${place} · ${name}` : place;
}

/** IANA time zones this browser knows, with the person's own zone always included, in the order of their language. */
export function timeZoneOptions(current?: string, locale = formatLocale()): TimeZoneOption[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const set = new Set(zones);
  for (const extra of [current, defaultTimeZone(), 'UTC']) if (extra) set.add(extra);
  const collator = new Intl.Collator(locale);
  return [...set].map((zone) => ({ zone, label: timeZoneLabel(zone, locale) })).sort((a, b) => collator.compare(a.label, b.label));
}

export function defaultTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
