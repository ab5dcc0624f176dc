import type { SafetyPlanSteps } from '../../contracts/support/safety-plan.js';
import { containsCrisisLanguage } from '../safety/crisis.js';

const LIST_STEPS = ['warningSigns', 'copingAlone', 'distractions', 'saferSurroundings', 'reasonsForLiving'] as const;

/**
 * What is kept of a plan as written: empty lines are dropped (a form leaves a blank row when
 * someone adds one and changes their mind), a contact with neither a name nor a number goes, and
 * repeats of the same line within a step are kept once (an offline edit replayed on top of itself
 * must not double anything).
 */
export function normalisePlan(steps: SafetyPlanSteps): SafetyPlanSteps {
  const lines = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter((x) => x.length > 0))];
  const out = { ...steps };
  for (const key of LIST_STEPS) out[key] = lines(steps[key]);
  out.helpers = steps.helpers.map((c) => ({ name: c.name.trim(), phone: c.phone.trim() })).filter((c) => c.name || c.phone);
  out.professionals = steps.professionals
    .map((p) => ({ name: p.name.trim(), phone: p.phone.trim(), note: p.note.trim() }))
    .filter((p) => p.name || p.phone || p.note);
  return out;
}

/** Every piece of text in the plan, for the crisis check. */
export function planTexts(steps: SafetyPlanSteps): string[] {
  return [
    ...LIST_STEPS.flatMap((k) => steps[k]),
    ...steps.helpers.map((c) => c.name),
    ...steps.professionals.flatMap((p) => [p.name, p.note]),
  ];
}

/**
 * A plan is written for hard moments, so words about them are expected in it ("when I start
 * thinking everyone would be better off without me"). The verdict still comes back like on every
 * other free text, so the screen can show the lines beside it; saving is never refused.
 */
export function planCrisis(steps: SafetyPlanSteps): boolean {
  return containsCrisisLanguage(...planTexts(steps));
}

export function isEmptyPlan(steps: SafetyPlanSteps): boolean {
  return (
    planTexts(steps).every((t) => t.trim() === '') && steps.helpers.every((c) => !c.phone) && steps.professionals.every((p) => !p.phone)
  );
}

/**
 * The time an edit counts as made. Of two devices' edits, the one made last wins (the repository
 * compares these times in its write): an edit made offline yesterday and sent today does not
 * overwrite this morning's. So that a device clock running ahead cannot win every later edit, an
 * edit never counts as made after the moment it reached the server. Always ISO-8601 UTC with
 * milliseconds, so comparing the text compares the instants.
 */
export function editTime(editedAt: string, now: string): string {
  return Date.parse(editedAt) > Date.parse(now) ? new Date(now).toISOString() : new Date(editedAt).toISOString();
}
