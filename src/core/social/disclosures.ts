/** The disclosure ladder for one person (issue 6): how far sharing has gone, and how it felt. */
import {
  DISCLOSURE_LEVELS,
  type Disclosure,
  type DisclosureLevel,
  type DisclosureProgression,
} from '../../contracts/social/disclosures.js';

const round1 = (x: number) => Math.round(x * 10) / 10;
const mean = (xs: readonly number[]) => (xs.length ? round1(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

/** `steps` in any order; the latest one's plan is the one for the next step. */
export function disclosureProgression(
  steps: ReadonlyArray<Pick<Disclosure, 'level' | 'comfort' | 'nextStepPlan' | 'createdAt' | 'id'>>,
): DisclosureProgression {
  const byLevel = (l: DisclosureLevel) => steps.filter((s) => s.level === l).map((s) => s.comfort);
  const reached = DISCLOSURE_LEVELS.filter((l) => steps.some((s) => s.level === l));
  const latest = [...steps].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1)).at(-1);
  return {
    steps: steps.length,
    highestLevel: reached.at(-1) ?? null,
    perLevel: { light: byLevel('light').length, personal: byLevel('personal').length, vulnerable: byLevel('vulnerable').length },
    meanComfort: mean(steps.map((s) => s.comfort)),
    meanComfortPerLevel: { light: mean(byLevel('light')), personal: mean(byLevel('personal')), vulnerable: mean(byLevel('vulnerable')) },
    nextStepPlan: latest?.nextStepPlan ?? null,
  };
}
