import { z } from 'zod';
import { Id, IsoDateTime } from '../common.js';
import { Goal } from './goals.js';
import { Kudos } from './kudos.js';
import { ReassuranceRequest } from './reassurance-requests.js';
import { Review, ReviewKind } from './reviews.js';
import { StressPlanVersion } from './stress-plan.js';
import { LocalDay } from './goals.js';

const inPair = { pairId: Id.describe('The pair it was written in (see `pairs`)') };

/**
 * What a person wrote in the pair space, in every pair they were in: their read-only archive
 * after unlinking. Only their own words: a request they answered carries their answer, not the
 * partner's context or plan.
 */
export const PairSpaceExport = z
  .object({
    requests: z.array(ReassuranceRequest.extend(inPair)).describe('Requests you sent, and the answers you gave'),
    kudos: z.array(Kudos.extend(inPair)).describe('Kudos you gave'),
    stressPlans: z.array(StressPlanVersion.extend(inPair)).describe('Stress-plan versions you proposed'),
    goals: z
      .array(Goal.omit({ notes: true }).extend({ pairId: Id.nullable().describe('Joint goals: the pair') }))
      .describe('Goals you set'),
    goalNotes: z.array(z.object({ id: Id, goalId: Id, text: z.string(), createdAt: IsoDateTime })).describe('Progress notes you wrote'),
    reviews: z
      .array(Review.extend({ kind: ReviewKind, periodStart: LocalDay, pairId: Id.nullable() }))
      .describe('Your weekly reviews and monthly reflections'),
  })
  .meta({ id: 'PairSpaceExport' });
export type PairSpaceExport = z.infer<typeof PairSpaceExport>;
