import type { SafetyPlanSteps } from '../../../../contracts/support/safety-plan.js';

export type ListStep = 'warningSigns' | 'copingAlone' | 'distractions' | 'saferSurroundings' | 'reasonsForLiving';
export type StepKey = keyof SafetyPlanSteps;

/**
 * The seven steps in the order they are reached for. Their words live in the catalogs: the titles
 * under `safety:planSteps` (SOS and the crisis panel show them too), what each is for, an example
 * and the label of one line under `safetyPlan:steps`.
 */
export const STEPS: readonly StepKey[] = [
  'warningSigns',
  'copingAlone',
  'distractions',
  'helpers',
  'professionals',
  'saferSurroundings',
  'reasonsForLiving',
];

export const EMPTY_PLAN: SafetyPlanSteps = {
  warningSigns: [],
  copingAlone: [],
  distractions: [],
  helpers: [],
  professionals: [],
  saferSurroundings: [],
  reasonsForLiving: [],
};
