import type { TFunction } from 'i18next';
import { URGE_ACTIONS, type UrgeAction } from '../../../../contracts/reassurance/urges.js';
import type { MyPlans } from '../../support/safety-plan/useMyPlans.js';

export interface ActionChoice {
  id: UrgeAction;
  label: string;
  hint: string;
}

/** The five choices, in the words a person would use (the urges catalog's `actions`). None is better or worse to pick. */
export function allActions(t: TFunction<'urges'>): readonly ActionChoice[] {
  return URGE_ACTIONS.map((id) => ({ id, label: t(`actions.${id}.label`), hint: t(`actions.${id}.hint`) }));
}

/**
 * "I used my plan" means the person's own safety plan, or the stress plan agreed with their
 * partner; it is offered only when one of them exists, so nobody is pointed at a plan they do not
 * have. `keep` holds an answer already given (editing an urge logged as "plan" still shows it).
 */
export function actionsFor(plans: MyPlans, t: TFunction<'urges'>, keep?: UrgeAction): readonly ActionChoice[] {
  return allActions(t).flatMap((a) => {
    if (a.id !== 'plan') return [a];
    if (!plans.own && !plans.jointWith) return keep === 'plan' ? [a] : [];
    const hint =
      plans.own && plans.jointWith
        ? t('actions.plan.hintBoth', { name: plans.jointWith })
        : plans.own
          ? t('actions.plan.hintOwn')
          : t('actions.plan.hintJoint', { name: plans.jointWith });
    return [{ ...a, hint }];
  });
}

export function actionLabel(action: UrgeAction, t: TFunction<'urges'>): string {
  return t(`actions.${action}.label`);
}
