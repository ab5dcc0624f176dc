import type { Review, ReviewState } from '../../contracts/pair/reviews.js';

/**
 * The reveal rule for weekly reviews: each partner writes alone; both are shown together once both
 * have submitted. Before that the partner's answers are never returned. The one who submitted may
 * see that they are waiting (which says the partner has not written yet); the one who has not
 * submitted learns nothing about the partner's review, so nobody is pressed by "they already did".
 */
export function weeklyState(
  periodStart: string,
  mine: Review | null,
  partner: Review | null,
  myChecks: ReviewState['myChecks'] = null,
): ReviewState {
  if (mine && partner) return { kind: 'weekly', periodStart, status: 'revealed', mine, partner, myChecks };
  if (mine) return { kind: 'weekly', periodStart, status: 'waiting-for-partner', mine, partner: null, myChecks };
  return { kind: 'weekly', periodStart, status: 'not-submitted', mine: null, partner: null, myChecks };
}

/** A monthly reflection is the person's own: never anyone else's to see. */
export function monthlyState(periodStart: string, mine: Review | null): ReviewState {
  return { kind: 'monthly', periodStart, status: mine ? 'private' : 'not-submitted', mine, partner: null, myChecks: null };
}
