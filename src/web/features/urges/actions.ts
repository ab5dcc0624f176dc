import type { UrgeAction } from '../../../contracts/urges.js';
import type { MyPlans } from '../safety-plan/useMyPlans.js';

/** The five choices, in the words a person would use. None is better or worse to pick. */
export const ACTIONS: readonly { id: UrgeAction; label: string; hint: string }[] = [
  { id: 'sought', label: 'I asked anyway', hint: 'Noticing it still counts' },
  { id: 'delayed', label: 'I’m waiting', hint: 'Giving it a few minutes first' },
  { id: 'soothed', label: 'I soothed myself', hint: 'Breathing, grounding, a kind word' },
  { id: 'parked', label: 'Park it for the check-in', hint: 'Keep it for the time you agreed' },
  { id: 'plan', label: 'I used my plan', hint: 'The steps you wrote for moments like this' },
];

/**
 * "I used my plan" means the person's own safety plan, or the stress plan agreed with their
 * partner; it is offered only when one of them exists, so nobody is pointed at a plan they do not
 * have. `keep` holds an answer already given (editing an urge logged as "plan" still shows it).
 */
export function actionsFor(plans: MyPlans, keep?: UrgeAction): readonly { id: UrgeAction; label: string; hint: string }[] {
  return ACTIONS.flatMap((a) => {
    if (a.id !== 'plan') return [a];
    if (!plans.own && !plans.jointWith) return keep === 'plan' ? [a] : [];
    const hint =
      plans.own && plans.jointWith
        ? `Your safety plan, or the stress plan with ${plans.jointWith}`
        : plans.own
          ? 'The safety plan you wrote for moments like this'
          : `The stress plan you and ${plans.jointWith} agreed`;
    return [{ ...a, hint }];
  });
}

export function actionLabel(action: UrgeAction): string {
  return ACTIONS.find((a) => a.id === action)?.label ?? action;
}
