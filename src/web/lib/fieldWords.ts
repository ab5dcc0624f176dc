import { z } from 'zod';
import { kindIssueMessage } from '../../contracts/messages.js';
import { currentLocale, i18n } from '../i18n/i18n.js';
import { SOURCE_LOCALE } from '../i18n/locales.js';
import { en } from '../i18n/resources.js';

/*
 * A field's message in the person's language, on both paths it reaches a form by.
 *
 * The browser's check runs the contract's zod schema. A check with no message of its own takes its
 * words from zod's global `customError`: the contracts set the kind English ones
 * (contracts/messages.ts); in another language this module sets the same sentences from the
 * catalog (`shared:field`). zod's own locales (`z.locales.es()`) were the other choice, but they are
 * written for developers ("Demasiado grande: se esperaba…"), the very tone the English ones replaced.
 *
 * A message the contract writes itself ("Enter your password") and a field error in the server's
 * problem+json carry no code, only English words that the contract and the server own. Those are
 * looked up by their words in `shared:words`, whose English source is the exact sentence; a family
 * of sentences with a number ("Keep it under 2,000 characters") by its pattern; anything else gets a
 * kind general sentence rather than English.
 */

type Issue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

/** The sentences this module wrote in the person's language, so they are not looked up again. */
const ours = new Set<string>();

function say(message: string): string {
  ours.add(message);
  return message;
}

function localIssueMessage(issue: Issue): string | undefined {
  const t = i18n.t.bind(i18n);
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return say(t('shared:field.tooLong', { max: Number(issue.maximum) }));
      if (issue.origin === 'array' || issue.origin === 'set') return say(t('shared:field.tooMany', { max: String(issue.maximum) }));
      return say(t('shared:field.tooHigh', { max: String(issue.maximum) }));
    case 'too_small':
      if (issue.origin === 'string')
        return say(issue.minimum === 1 ? t('shared:words.fillIn') : t('shared:field.tooShort', { min: Number(issue.minimum) }));
      if (issue.origin === 'array' || issue.origin === 'set') return say(t('shared:field.chooseAtLeast', { min: String(issue.minimum) }));
      return say(t('shared:field.tooLow', { min: String(issue.minimum) }));
    case 'invalid_type':
      return say(issue.input === undefined ? t('shared:words.fillIn') : t('shared:field.wrongKind'));
    case 'invalid_format':
      return say(issue.format === 'email' ? t('shared:words.notEmail') : t('shared:words.notRight'));
    case 'invalid_value':
      return say(t('shared:words.chooseOption'));
    case 'not_multiple_of':
      return say(t('shared:field.steps', { step: String(issue.divisor) }));
    case 'unrecognized_keys':
      return say(t('shared:words.notAllowed'));
    case 'invalid_union':
    case 'invalid_element':
    case 'invalid_key':
      return say(t('shared:words.notRight'));
    case 'custom':
      return undefined;
  }
}

function followLanguage(): void {
  z.config({ customError: currentLocale() === SOURCE_LOCALE ? kindIssueMessage : localIssueMessage });
}
followLanguage();
i18n.on('languageChanged', followLanguage);

type WordKey = keyof typeof en.shared.words;
const byWords = new Map<string, WordKey>(
  (Object.entries(en.shared.words) as [WordKey, string][]).map(([key, words]) => [words.replace(/[.\s]+$/, ''), key]),
);

/** "Keep the note under 2,000 characters", "Entries can be up to 20,000 characters", "…up to 80 characters." */
const LENGTH = /(?:under|up to) ([\d,]+) characters?\.?$/;

/** The words of a field's message in the person's language (English stays as the contract and server wrote it). */
export function localFieldMessage(message: string): string {
  if (currentLocale() === SOURCE_LOCALE || ours.has(message)) return message;
  const key = byWords.get(message.replace(/[.\s]+$/, ''));
  if (key) return i18n.t(`shared:words.${key}`);
  const length = LENGTH.exec(message);
  if (length?.[1]) return i18n.t('shared:field.keepUnder', { max: Number(length[1].replace(/,/g, '')) });
  return i18n.t('shared:field.generic');
}

/** Every message of a field-error map, in the person's language. */
export function localFieldErrors<E extends Partial<Record<string, string>>>(errors: E): E {
  const out: Partial<Record<string, string>> = {};
  for (const [name, message] of Object.entries(errors)) if (message) out[name] = localFieldMessage(message);
  return out as E;
}
