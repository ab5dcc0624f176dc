import { dailyWindows, type CheckInWindow } from '../core/pair/cap.js';
import type { PairMember } from '../core/pair/member.js';
import { DEFAULT_ACKNOWLEDGMENTS, DEFAULT_REQUEST_TEMPLATE } from '../core/pair/requests.js';
import type { Executor } from '../db/database.js';

/**
 * What the request routes need from the pair's reassurance agreement. The agreement itself
 * (versions, RRULE check-ins) is built elsewhere; until it is plugged in here, every pair gets the
 * defaults: one request a day outside check-ins, a daily check-in at 20:00 for 15 minutes in the
 * pair's time zone (pairs.time_zone), and Steady's own request and acknowledgment formats.
 */
export interface RequestTerms {
  dailyRequestCap: number;
  requestTemplate: string;
  acknowledgmentTemplate: string;
  /** Check-in windows around `now`: the open one, if any, and the next one. */
  windowsAround(now: Date): CheckInWindow[];
}

export interface AgreementSource {
  termsFor(member: PairMember, ex: Executor): Promise<RequestTerms>;
}

export const defaultTerms = (member: PairMember): RequestTerms => ({
  dailyRequestCap: 1,
  requestTemplate: DEFAULT_REQUEST_TEMPLATE,
  acknowledgmentTemplate: DEFAULT_ACKNOWLEDGMENTS.join('\n'),
  windowsAround: (now) => dailyWindows(now, member.timeZone, 20, 0, 15),
});

/** The integrator replaces this with one that reads the accepted agreement (falling back to defaultTerms). */
export const agreementSource: AgreementSource = {
  termsFor: (member) => Promise.resolve(defaultTerms(member)),
};
