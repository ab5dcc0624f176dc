import type { Locale } from '../../contracts/locale.js';
import type { CheckInWindow } from '../../core/pair/cap.js';
import type { PairMember } from '../../core/pair/member.js';
import { checkInUnderWay, nextOccurrence } from '../../core/pair/occurrences.js';
import { effectiveAgreement } from './agreement.js';
import type { Executor } from '../../db/database.js';

/**
 * What the request routes need from the pair's reassurance agreement: the accepted version's cap,
 * formats and check-in rhythm (server/agreement.ts), or Steady's defaults until one is accepted.
 */
export interface RequestTerms {
  dailyRequestCap: number;
  requestTemplate: string;
  acknowledgmentTemplate: string;
  /** Check-in windows around `now`: the open one, if any, and the next one. */
  windowsAround(now: Date): CheckInWindow[];
}

export interface AgreementSource {
  /** `locale` words Steady's default formats, for a pair with no accepted agreement yet. */
  termsFor(member: PairMember, ex: Executor, locale: Locale): Promise<RequestTerms>;
}

/** The terms in force: check-in windows come from the agreed RRULE in the agreed time zone. */
export const agreementSource: AgreementSource = {
  async termsFor(member, ex, locale) {
    const { terms, rhythm } = await effectiveAgreement(ex, member, locale);
    return {
      dailyRequestCap: terms.dailyRequestCap,
      requestTemplate: terms.requestTemplate,
      acknowledgmentTemplate: terms.acknowledgmentTemplate,
      windowsAround(now) {
        const at = now.toISOString();
        return [checkInUnderWay(rhythm, at), nextOccurrence(rhythm, at)]
          .filter((o) => o !== undefined)
          .map((o) => ({ startsAt: o.startsAt, endsAt: o.endsAt }));
      },
    };
  },
};
