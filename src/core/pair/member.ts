import type { Actor } from '../account/actor.js';

/**
 * Authorization as a type, for the pair space. A `PairMember` is an Actor proven to be in an
 * active pair, made only by `pairMemberFrom` from the membership the database returned for that
 * actor (server/pair-access.ts); pair repositories take a PairMember and filter by its pairId, so
 * a stranger or a former partner cannot even name a pair object to ask for it.
 */
declare const memberBrand: unique symbol;
export interface PairMember {
  readonly userId: string;
  readonly pairId: string;
  readonly partnerId: string;
  /** IANA time zone the pair's rhythm is counted in. */
  readonly timeZone: string;
  readonly [memberBrand]: true;
}

export function pairMemberFrom(actor: Actor, membership: { pairId: string; partnerId: string; timeZone: string }): PairMember {
  return { userId: actor.userId, pairId: membership.pairId, partnerId: membership.partnerId, timeZone: membership.timeZone } as PairMember;
}

/**
 * A PairMember for work the server does for someone with no request behind it (their check-in
 * reminder), from the membership the database returned for that user id.
 */
export function pairMemberOfUser(userId: string, membership: { pairId: string; partnerId: string; timeZone: string }): PairMember {
  return { userId, pairId: membership.pairId, partnerId: membership.partnerId, timeZone: membership.timeZone } as PairMember;
}
