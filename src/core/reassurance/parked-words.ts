import type { Locale } from '../../contracts/locale.js';
import { translator } from '../i18n/messages.js';
import en from '../i18n/locales/en/urges.json' with { type: 'json' };
import es from '../i18n/locales/es/urges.json' with { type: 'json' };

const WORDS = { en: translator({ en, es }, 'en'), es: translator({ en, es }, 'es') };

/**
 * The name Steady gives a parked urge's topic when the person gave it no words, in the language of
 * the screen that parked it. Topics parked before this was worded per language keep their English.
 */
export function parkedFallback(locale: Locale): string {
  return WORDS[locale]('parked.fallback');
}
