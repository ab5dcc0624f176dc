import type { Locale } from '../../contracts/locale.js';
import { acknowledgmentPhrasingsIn } from './agreement.js';

export const DEFAULT_LISTEN_MINUTES = 5;

/** The request as the partner reads it: the agreed format, then the person's own few words. */
export function composeRequest(template: string, context: string | undefined | null): string {
  const extra = context?.trim();
  return extra ? `${template}\n\n${extra}` : template;
}

/**
 * The phrasings offered to the one who declines or puts off: the pair's agreed acknowledgment
 * first (a line each), as they wrote them, then Steady's other kind phrasings in the screen's
 * language, without repeats.
 */
export function acknowledgmentPhrasings(template: string | null | undefined, locale: Locale): string[] {
  const lines = (template ?? '')
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  return [...new Set([...lines, ...acknowledgmentPhrasingsIn(locale)])];
}

/** Which answers may follow which: "later" can still become accept or decline; a plan closes it. */
export const ANSWERABLE = ['pending', 'later'] as const;
export const COMPLETABLE = ['accepted', 'later', 'declined'] as const;
