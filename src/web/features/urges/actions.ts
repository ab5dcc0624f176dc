import type { UrgeAction } from '../../../contracts/urges.js';

/** The five choices, in the words a person would use. None is better or worse to pick. */
export const ACTIONS: readonly { id: UrgeAction; label: string; hint: string }[] = [
  { id: 'sought', label: 'I asked anyway', hint: 'Noticing it still counts' },
  { id: 'delayed', label: 'I’m waiting', hint: 'Giving it a few minutes first' },
  { id: 'soothed', label: 'I soothed myself', hint: 'Breathing, grounding, a kind word' },
  { id: 'parked', label: 'Park it for the check-in', hint: 'Keep it for the time you agreed' },
  { id: 'plan', label: 'I used my plan', hint: 'The steps you wrote for moments like this' },
];

export function actionLabel(action: UrgeAction): string {
  return ACTIONS.find((a) => a.id === action)?.label ?? action;
}
