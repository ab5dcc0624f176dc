import { SAFETY_PLAN_NEWER, type SafetyPlan, type SafetyPlanSteps } from '../../contracts/support/safety-plan.js';
import type { Actor } from '../../core/account/actor.js';
import { editTime, normalisePlan } from '../../core/support/safety-plan.js';
import { SafetyPlansRepo } from '../../db/support/safety-plans.repo.js';
import { HttpProblem, notFound } from '../problem.js';
import type { ServiceDeps } from '../service.js';

/** The edit arrived late: the saved plan is newer and is kept, and the device is handed it to show. */
const newer = (current: SafetyPlan) =>
  new HttpProblem(
    409,
    'A newer edit is saved',
    'This plan was changed later on another device; that version is kept.',
    undefined,
    undefined,
    {
      type: SAFETY_PLAN_NEWER,
      extensions: { current },
    },
  );

/**
 * The personal safety plan, one per person and nobody else's to read. Between two devices the
 * edit made last wins (by its edit time, never later than its arrival), decided inside one upsert.
 */
export class SafetyPlanService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Replaces the plan whole, empty lines dropped; an edit older than the saved one is refused with 409 and the saved plan. */
  async put(actor: Actor, steps: SafetyPlanSteps, editedAt: string): Promise<SafetyPlan> {
    const now = this.deps.clock().toISOString();
    const repo = new SafetyPlansRepo(this.deps.database.db);
    const saved = await repo.put(actor, normalisePlan(steps), editTime(editedAt, now), now);
    if (saved) return saved;
    const current = await repo.get(actor);
    // Deleted between the two statements: nothing newer stands in the way any more.
    if (!current) throw notFound();
    throw newer(current);
  }
}
