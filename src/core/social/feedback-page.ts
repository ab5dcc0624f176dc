/**
 * The public feedback form, rendered on the server so it works with no script at all (the CSP
 * allows none inline). It shows the asker's display name and the three questions, nothing else:
 * no email, no ids, not even the name the asker gave this person on their map.
 */
import escapeHtml from 'escape-html';
import { FEEDBACK_ANSWER_MAX } from '../../contracts/feedback.js';

const e = (v: string) => escapeHtml(v);

function page(title: string, body: string): string {
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
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
  opts: { values?: FormValues; error?: string; timeTogether?: boolean } = {},
): string {
  const name = e(askerName);
  const v = opts.values ?? {};
  return page(
    `A few words for ${askerName}`,
    `<h1>A few words for ${name}</h1>\n` +
      (opts.timeTogether
        ? `<p>${name} enjoyed spending time with you and would like to know how it was for you. `
        : `<p>${name} would like to hear, in your own words, how things feel between the two of you. `) +
      'Two or three honest sentences are plenty. You can answer once, no account needed, and only ' +
      `${name} will read it.</p>\n` +
      (opts.error ? `<p role="alert"><strong>${e(opts.error)}</strong></p>\n` : '') +
      `<form method="post" action="/f/${encodeURIComponent(token)}">\n` +
      field('supportive', 'What felt supportive?', v.supportive, true) +
      '\n' +
      field('different', 'What could be different next time? (optional)', v.different, false) +
      '\n' +
      field('other', 'Anything else you would like to say? (optional)', v.other, false) +
      '\n<p><button type="submit">Send</button></p>\n</form>',
  );
}

export function feedbackThanksPage(crisis: boolean): string {
  return page(
    'Thank you',
    '<h1>Thank you</h1>\n<p>Your words are on their way. Taking the time to answer is a kind thing to do.</p>' +
      (crisis
        ? '\n<p>If things feel heavy for you right now, please talk to someone you trust, or call your local emergency number or a crisis line.</p>'
        : ''),
  );
}

export const feedbackGonePage = (): string =>
  page(
    'This link is closed',
    '<h1>This link is closed</h1>\n<p>It has already been answered, or its time ran out. Thank you for thinking of it.</p>',
  );

export const feedbackNotFoundPage = (): string =>
  page('Link not found', '<h1>This link does not work</h1>\n<p>Please check that the whole address was copied.</p>');

export const feedbackTooManyPage = (): string =>
  page(
    'Please wait a little',
    '<h1>Please wait a little</h1>\n<p>Too many tries from here in a short time. Try again in a few minutes.</p>',
  );
