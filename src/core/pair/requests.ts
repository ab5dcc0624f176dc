/**
 * The request and acknowledgment formats Steady uses until the pair agrees its own (the agreement
 * lives with the check-in rhythm; see server/pair-agreement.ts). Written in Steady's own words.
 */
export const DEFAULT_REQUEST_TEMPLATE =
  'Could you give me five minutes of listening, and then help me sketch a small plan for what I do next?';

/** One brief acknowledgment, then back to the person's own coping plan: timing, never rejection. */
export const DEFAULT_ACKNOWLEDGMENTS = [
  'I hear that this is weighing on you. I can’t give it my full attention right now; let’s hold it for our check-in.',
  'That sounds hard, and it matters to me. Not this moment, though: could you try your plan, and we talk at the check-in?',
  'Thank you for asking the way we agreed. I need a little time first; I’ll be there at our check-in.',
] as const;

export const DEFAULT_LISTEN_MINUTES = 5;

/** The request as the partner reads it: the agreed format, then the person's own few words. */
export function composeRequest(template: string, context: string | undefined | null): string {
  const extra = context?.trim();
  return extra ? `${template}\n\n${extra}` : template;
}

/** Splits an agreed acknowledgment format into the phrasings offered to the one who declines. */
export function acknowledgmentPhrasings(template: string | null | undefined): string[] {
  const lines = (template ?? '')
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length > 0 ? lines : [...DEFAULT_ACKNOWLEDGMENTS];
}

/** Which answers may follow which: "later" can still become accept or decline; a plan closes it. */
export const ANSWERABLE = ['pending', 'later'] as const;
export const COMPLETABLE = ['accepted', 'later', 'declined'] as const;
