import type { PairSpaceExport } from '../contracts/pair-space-export.js';
import type { Actor } from '../core/auth/actor.js';
import type { Executor } from '../db/database.js';
import { GoalsRepo } from '../db/goals.repo.js';
import { KudosRepo } from '../db/kudos.repo.js';
import { ReassuranceRequestsRepo } from '../db/reassurance-requests.repo.js';
import { ReviewsRepo } from '../db/reviews.repo.js';
import { StressPlansRepo } from '../db/stress-plans.repo.js';

/** Everything the person wrote in the pair space, whether or not the pair still exists. */
export async function pairSpaceWritten(db: Executor, actor: Actor): Promise<PairSpaceExport> {
  const { goals, notes } = await new GoalsRepo(db).written(actor);
  return {
    requests: await new ReassuranceRequestsRepo(db).written(actor),
    kudos: await new KudosRepo(db).written(actor),
    stressPlans: await new StressPlansRepo(db).written(actor),
    goals,
    goalNotes: notes,
    reviews: await new ReviewsRepo(db).written(actor),
  };
}
