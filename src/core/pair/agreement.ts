import type { AgreementTerms } from '../../contracts/pair/agreement.js';
import type { FieldError } from '../../contracts/common.js';
import type { Locale } from '../../contracts/locale.js';
import { translator } from '../i18n/messages.js';
import en from '../i18n/locales/en/pair.json' with { type: 'json' };
import es from '../i18n/locales/es/pair.json' with { type: 'json' };
import { checkRule, type Rhythm } from './occurrences.js';

export { normalizeRule } from './rhythm-choices.js';

export const DEFAULT_CHECK_IN_RULE = 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0';

const CATALOG = { en, es };
const TRANSLATORS = { en: translator(CATALOG, 'en'), es: translator(CATALOG, 'es') };
const words = (locale: Locale) => TRANSLATORS[locale];

/**
 * What applies until the pair accepts an agreement of their own. The formats are Steady's draft,
 * in the language of the screen asking; once a pair saves them they are their words, kept as written.
 */
export function defaultTerms(timeZone: string, locale: Locale): AgreementTerms {
  const t = words(locale);
  return {
    checkInRule: DEFAULT_CHECK_IN_RULE,
    checkInMinutes: 15,
    timeZone,
    dailyRequestCap: 1,
    requestTemplate: t('terms.request'),
    acknowledgmentTemplate: t('terms.acknowledgment'),
  };
}

/** Kind ways to give the one brief acknowledgment, offered to pick from in the agreement form. */
export function acknowledgmentPhrasingsIn(locale: Locale): string[] {
  const t = words(locale);
  return Object.keys(CATALOG.en.phrasings).map((key) => t(`phrasings.${key}`));
}

/** Field errors for terms the schema cannot judge alone (the rule). */
export function termsErrors(terms: AgreementTerms, now: string): FieldError[] {
  const why = checkRule(terms.checkInRule, now);
  return why ? [{ field: 'checkInRule', in: 'body', message: why }] : [];
}

/** The rhythm check-ins follow, counted from when the terms took effect. */
export function rhythmOf(terms: AgreementTerms, since: string): Rhythm {
  return { rule: terms.checkInRule, timeZone: terms.timeZone, minutes: terms.checkInMinutes, anchor: since };
}

/** A short, kind word when a check-in is done; effort counts, not the number of topics. */
export function checkInAcknowledgment(discussed: number, openLeft: number, locale: Locale): string {
  const t = words(locale);
  return `${t('checkIn.discussed', { count: discussed })} ${t('checkIn.left', { left: openLeft > 0 ? 'some' : 'none' })}`;
}
