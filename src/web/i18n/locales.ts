/**
 * Which languages Steady speaks and how a person's language is chosen. Pure functions over the
 * browser's language list, so the rules are tested without a browser.
 */
import { LOCALES, type Locale } from '../../contracts/locale.js';

export { LOCALES, type Locale };

/** The source language: every message is written in English first (en-GB spelling). */
export const SOURCE_LOCALE: Locale = 'en';

/** Each language named in itself, so a person can find their own in a list they may not read. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language part of a tag ("es-MX" → "es"), or null for a tag Intl cannot read. */
function baseOf(tag: string): string | null {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return null;
  }
}

/** The first of the browser's languages Steady speaks (["es-MX", "en"] → "es"); English otherwise. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = baseOf(tag);
    if (isLocale(base)) return base;
  }
  return SOURCE_LOCALE;
}

/**
 * The tag dates and numbers are formatted with. The browser's own regional variant when it speaks
 * the chosen language ("es-MX" keeps Mexican formats), else the language's usual one: British
 * English, as the texts are written, and Spanish as in Spain.
 */
export function intlTag(locale: Locale, languages: readonly string[]): string {
  const own = languages.find((tag) => baseOf(tag) === locale);
  if (own) return own;
  return locale === 'en' ? 'en-GB' : 'es-ES';
}
