import type { Locale } from '../../contracts/locale.js';
import type { AgreementTerms } from '../../contracts/pair/agreement.js';
import { defaultTerms, rhythmOf } from '../../core/pair/agreement.js';
import type { PairMember } from '../../core/pair/member.js';
import type { Rhythm } from '../../core/pair/occurrences.js';
import { AgreementsRepo } from '../../db/pair/agreements.repo.js';
import type { Executor } from '../../db/database.js';

/** Where a rhythm without an accepted agreement counts from: any fixed day works for a daily rule. */
const DEFAULT_ANCHOR = '2026-01-01T00:00:00.000Z';

/**
 * The terms that apply to a pair now: the accepted agreement, or the defaults until there is one.
 * Reused by every route that needs the rhythm or the daily request cap. Only the default formats
 * depend on the locale (Steady's draft, worded for the screen asking); the rhythm never does.
 */
export async function effectiveAgreement(
  db: Executor,
  member: PairMember,
  locale: Locale = 'en',
): Promise<{ terms: AgreementTerms; rhythm: Rhythm }> {
  const current = await new AgreementsRepo(db).current(member);
  const terms = current?.terms ?? defaultTerms(member.timeZone, locale);
  return { terms, rhythm: rhythmOf(terms, current?.acceptedAt ?? DEFAULT_ANCHOR) };
}
