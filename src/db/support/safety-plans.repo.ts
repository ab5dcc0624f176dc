import type { Actor } from '../../core/account/actor.js';
import type { SafetyPlan, SafetyPlanSteps } from '../../contracts/support/safety-plan.js';
import type { Executor } from '../database.js';
import type { SafetyPlansTable } from '../schema.js';

const toPlan = (r: SafetyPlansTable): SafetyPlan => ({
  ...(JSON.parse(r.steps) as SafetyPlanSteps),
  version: r.version,
  editedAt: r.edited_at,
  updatedAt: r.updated_at,
});

/** One plan per person, found only by its owner's id: there is no other way in. */
export class SafetyPlansRepo {
  constructor(private readonly db: Executor) {}

  async get(actor: Actor): Promise<SafetyPlan | undefined> {
    const r = await this.db.selectFrom('safety_plans').selectAll().where('user_id', '=', actor.userId).executeTakeFirst();
    return r && toPlan(r);
  }

  /**
   * Replaces the plan whole, one version up (a replay of the saved edit changes nothing), unless the saved plan holds a newer edit (then
   * nothing changes and the answer is undefined). The edit times are compared in the statement
   * itself, so of two saves racing the one made later wins whichever arrives first. Both sides
   * are written by `toISOString`, so comparing the text compares the instants.
   */
  async put(actor: Actor, steps: SafetyPlanSteps, editedAt: string, now: string): Promise<SafetyPlan | undefined> {
    const json = JSON.stringify(steps);
    const r = await this.db
      .insertInto('safety_plans')
      .values({ user_id: actor.userId, steps: json, version: 1, edited_at: editedAt, updated_at: now })
      .onConflict((oc) =>
        oc
          .column('user_id')
          .doUpdateSet((eb) => {
            // The same edit sent again (two tabs, or a retry whose answer was lost) is the plan
            // already saved: it keeps its version and times, so nothing reads as changed.
            const replay = eb.and([eb('safety_plans.edited_at', '=', editedAt), eb('safety_plans.steps', '=', json)]);
            return {
              steps: json,
              version: eb
                .case()
                .when(replay)
                .then(eb.ref('safety_plans.version'))
                .else(eb('safety_plans.version', '+', 1))
                .end(),
              edited_at: editedAt,
              updated_at: eb.case().when(replay).then(eb.ref('safety_plans.updated_at')).else(now).end(),
            };
          })
          .where('safety_plans.edited_at', '<=', editedAt),
      )
      .returningAll()
      .executeTakeFirst();
    return r && toPlan(r);
  }

  async delete(actor: Actor): Promise<boolean> {
    const r = await this.db.deleteFrom('safety_plans').where('user_id', '=', actor.userId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
