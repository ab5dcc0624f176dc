import type { AgreementTerms } from '../../contracts/pair/agreement.js';
import type { FieldError } from '../../contracts/common.js';
import { checkRule, type Rhythm } from './occurrences.js';

export { normalizeRule } from './rhythm-choices.js';

export const DEFAULT_CHECK_IN_RULE = 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0';

/** What applies until the pair accepts an agreement of their own. */
export function defaultTerms(timeZone: string): AgreementTerms {
  return {
    checkInRule: DEFAULT_CHECK_IN_RULE,
    checkInMinutes: 15,
    timeZone,
    dailyRequestCap: 1,
    requestTemplate: 'Could you give me five minutes to hear what is on my mind, and then help me sketch a plan for it?',
    acknowledgmentTemplate: 'I hear you, and I am glad you told me. Now, what is the first step of your plan for yourself?',
  };
}

/** Kind ways to give the one brief acknowledgment, offered to pick from in the agreement form. */
export const ACKNOWLEDGMENT_PHRASINGS = [
  'I hear you, and I am glad you told me. What is the first step of your plan for yourself?',
  'That sounds hard. I am here. Which of your coping steps could you try now?',
  'Thank you for saying it plainly. Let’s hold it for our check-in; what will help you until then?',
  'I care about you. This is a good moment for your own plan; tell me later how it went.',
] as const;

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
export function checkInAcknowledgment(discussed: number, openLeft: number): string {
  const about =
    discussed === 0
      ? 'You kept your time together, and that is the habit that matters.'
      : discussed === 1
        ? 'You talked one topic through together.'
        : `You talked ${discussed} topics through together.`;
  const rest = openLeft > 0 ? ' The rest will wait calmly for next time.' : ' Nothing is waiting for next time.';
  return `${about}${rest}`;
}
