import { safetyPlanTable } from '../../contracts/support/safety-plan.routes.js';
import { SAFETY_PLAN_NEWER, type SafetyPlan } from '../../contracts/support/safety-plan.js';
import { planCrisis } from '../../core/support/safety-plan.js';
import { SafetyPlansRepo } from '../../db/support/safety-plans.repo.js';
import { actorOf } from '../plugins/auth.js';
import { route } from '../routes/define.js';
import { deleteOr404 } from '../routes/helpers.js';
import { SafetyPlanService } from './safety-plan.service.js';
import type { App } from '../types.js';

const withSafety = (plan: SafetyPlan) => ({ plan, safety: { crisis: planCrisis(plan) } });

/**
 * The personal safety plan. It lives at one path per person, with no id and no pair path: the
 * partner asking here gets their own plan (or none), exactly like anyone else; any path that
 * names someone else's plan does not exist and answers 404.
 */
export async function safetyPlanRoutes(app: App): Promise<void> {
  const tags = ['safety'];
  const plans = new SafetyPlanService(app);

  route(
    app,
    safetyPlanTable.getSafetyPlan,
    {
      tags,
      summary: 'Your personal safety plan',
      description: '`plan` is null until you save one. Only you can read it: there is no way to ask for anyone else’s.',
    },
    async (req) => {
      const plan = await new SafetyPlansRepo(app.database.db).get(actorOf(req));
      return plan ? withSafety(plan) : { plan: null, safety: { crisis: false } };
    },
  );

  route(
    app,
    safetyPlanTable.putSafetyPlan,
    {
      tags,
      summary: 'Save your safety plan (the whole plan, replacing the saved one)',
      description:
        'Sending the same edit again changes nothing but the version. Two devices: the edit made last wins, by `editedAt` (an edit ' +
        'time later than the moment it arrives counts as arriving now). An edit older than the saved one is not applied: 409 with ' +
        `type ${SAFETY_PLAN_NEWER} and the saved plan in \`current\`. Empty lines and empty contacts are dropped. Every text is ` +
        'checked for crisis language; the plan is saved as written either way.',
    },
    async (req) => {
      const { editedAt, ...steps } = req.body;
      return withSafety(await plans.put(actorOf(req), steps, editedAt));
    },
  );

  route(app, safetyPlanTable.deleteSafetyPlan, { tags, summary: 'Delete your safety plan for good' }, async (req, reply) => {
    return deleteOr404(reply, new SafetyPlansRepo(app.database.db).delete(actorOf(req)));
  });
}
