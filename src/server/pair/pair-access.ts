import type { FastifyRequest } from 'fastify';
import { pairMemberFrom, type PairMember } from '../../core/pair/member.js';
import { PairsRepo } from '../../db/pair/pairs.repo.js';
import { actorOf } from '../plugins/auth.js';
import { notFound } from '../problem.js';
import type { App } from '../types.js';

/**
 * The only way a handler gets a PairMember: the signed-in person's active pair, read now. Someone
 * in no pair (a stranger to every pair, or a former partner since the moment they unlinked) gets
 * 404, the same answer as for a pair object that does not exist.
 */
export async function pairMemberOf(app: App, req: FastifyRequest): Promise<PairMember> {
  const actor = actorOf(req);
  const membership = await new PairsRepo(app.database.db).activeMembership(actor);
  if (!membership) throw notFound();
  return pairMemberFrom(actor, membership);
}

/** The signed-in person's active pair, or null when they are in none (for routes that work alone too). */
export async function optionalPairMemberOf(app: App, req: FastifyRequest): Promise<PairMember | null> {
  const actor = actorOf(req);
  const membership = await new PairsRepo(app.database.db).activeMembership(actor);
  return membership ? pairMemberFrom(actor, membership) : null;
}
