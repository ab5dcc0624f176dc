import { isRegion } from '../../contracts/account/auth.js';
import { regionsWithLines } from '../../core/safety/resources.js';
import { formatLocale } from '../i18n/i18n.js';

/** Groupings rather than places; the server accepts them, but a person lives in a country. */
const NOT_PLACES = new Set(['EU', 'EZ', 'UN']);

let cached: string[] | null = null;

/** Every assigned ISO 3166-1 alpha-2 code, by the same rule the server validates with. */
export function regionCodes(): string[] {
  if (cached) return cached;
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!NOT_PLACES.has(code) && isRegion(code)) codes.push(code);
    }
  }
  cached = codes;
  return codes;
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** A place's name in the language the person chose for Steady. */
export function regionName(code: string, locale = formatLocale()): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

/** Codes with their names, sorted by name in the person's language. */
export function regionOptions(locale = formatLocale()): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  return regionCodes()
    .map((code) => ({ code, name: regionName(code, locale) }))
    .sort((x, y) => collator.compare(x.name, y.name));
}

/**
 * The SOS region picker: first the places Steady has checked lines for, then every other place
 * (which gets the international directory). Both sorted by name in the person's language.
 */
export function crisisRegionGroups(locale = formatLocale()): {
  withLines: { code: string; name: string }[];
  others: { code: string; name: string }[];
} {
  const curated = new Set(regionsWithLines());
  const all = regionOptions(locale);
  return { withLines: all.filter((r) => curated.has(r.code)), others: all.filter((r) => !curated.has(r.code)) };
}

/** The region the browser's language suggests (en-GB → GB); languages without one expand to their usual region. */
export function defaultRegion(): string {
  for (const tag of navigator.languages?.length ? navigator.languages : [navigator.language]) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region && regionCodes().includes(region)) return region;
    } catch {
      // An odd language tag: try the next one.
    }
  }
  return 'US';
}
