/**
 * The public feedback form, rendered on the server so it works with no script at all (the CSP
 * allows none inline). It shows the asker's display name and the three questions, nothing else:
 * no email, no ids, not even the name the asker gave this person on their map. It speaks the
 * visitor's language (they have no account, so their browser's Accept-Language decides).
 */
import escapeHtml from 'escape-html';
import { FEEDBACK_ANSWER_MAX } from '../../contracts/social/feedback.js';
import type { Locale } from '../../contracts/locale.js';
import { translator, type Translate } from '../i18n/messages.js';
import en from '../i18n/locales/en/feedback.json' with { type: 'json' };
import es from '../i18n/locales/es/feedback.json' with { type: 'json' };

const e = (v: string) => escapeHtml(v);
const catalog = { en, es };
const words = (locale: Locale): Translate => translator(catalog, locale);

function page(locale: Locale, title: string, body: string): string {
  return (
    `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex, nofollow">' +
    `<title>${e(title)}</title><link rel="stylesheet" href="/feedback.css"></head>\n<body><main>\n${body}\n</main></body></html>\n`
  );
}

export interface FormValues {
  supportive?: string;
  different?: string;
  other?: string;
}

/** What was wrong with a sent form: the first answer left empty, or an answer too long. */
export type FormProblem = 'missing' | 'too-long';

function field(name: keyof FormValues, label: string, value: string | undefined, required: boolean): string {
  return (
    `<p><label for="${name}">${e(label)}</label><br>\n` +
    `<textarea id="${name}" name="${name}" rows="4" cols="50" maxlength="${FEEDBACK_ANSWER_MAX}"${required ? ' required' : ''}>` +
    `${e(value ?? '')}</textarea></p>`
  );
}

export function feedbackFormPage(
  askerName: string,
  token: string,
  opts: { values?: FormValues; error?: FormProblem; timeTogether?: boolean; locale?: Locale } = {},
): string {
  const locale = opts.locale ?? 'en';
  const t = words(locale);
  const name = { name: askerName };
  const v = opts.values ?? {};
  const error = opts.error === 'too-long' ? t('form.tooLong', { max: FEEDBACK_ANSWER_MAX }) : opts.error ? t('form.missing') : null;
  return page(
    locale,
    t('form.title', name),
    `<h1>${e(t('form.title', name))}</h1>\n` +
      `<p>${e(opts.timeTogether ? t('form.timeTogether', name) : t('form.howThingsFeel', name))} ${e(t('form.plenty', name))}</p>\n` +
      (error ? `<p role="alert"><strong>${e(error)}</strong></p>\n` : '') +
      `<form method="post" action="/f/${encodeURIComponent(token)}">\n` +
      field('supportive', t('form.supportive'), v.supportive, true) +
      '\n' +
      field('different', t('form.different'), v.different, false) +
      '\n' +
      field('other', t('form.other'), v.other, false) +
      `\n<p><button type="submit">${e(t('form.send'))}</button></p>\n</form>`,
  );
}

export function feedbackThanksPage(crisis: boolean, locale: Locale = 'en'): string {
  const t = words(locale);
  return page(
    locale,
    t('thanks.title'),
    `<h1>${e(t('thanks.title'))}</h1>\n<p>${e(t('thanks.text'))}</p>` + (crisis ? `\n<p>${e(t('thanks.crisis'))}</p>` : ''),
  );
}

export function feedbackGonePage(locale: Locale = 'en'): string {
  const t = words(locale);
  return page(locale, t('gone.title'), `<h1>${e(t('gone.title'))}</h1>\n<p>${e(t('gone.text'))}</p>`);
}

export function feedbackNotFoundPage(locale: Locale = 'en'): string {
  const t = words(locale);
  return page(locale, t('notFound.title'), `<h1>${e(t('notFound.heading'))}</h1>\n<p>${e(t('notFound.text'))}</p>`);
}

export function feedbackTooManyPage(locale: Locale = 'en'): string {
  const t = words(locale);
  return page(locale, t('tooMany.title'), `<h1>${e(t('tooMany.title'))}</h1>\n<p>${e(t('tooMany.text'))}</p>`);
}
