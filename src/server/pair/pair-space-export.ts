import type { PairSpaceExport } from '../../contracts/pair/pair-space-export.js';
import type { Actor } from '../../core/account/actor.js';
import type { Executor } from '../../db/database.js';
import { GoalsRepo } from '../../db/pair/goals.repo.js';
import { KudosRepo } from '../../db/pair/kudos.repo.js';
import { ReassuranceRequestsRepo } from '../../db/pair/reassurance-requests.repo.js';
import { ReviewsRepo } from '../../db/pair/reviews.repo.js';
import { StressPlansRepo } from '../../db/pair/stress-plans.repo.js';

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
