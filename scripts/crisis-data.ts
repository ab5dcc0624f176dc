/**
 * The evaluation set's shape and the development data the detector may learn from. The held-out
 * part is read only by the bench and by crisis.eval.test.ts, through `readHeldOut`; nothing that
 * trains or tunes (scripts/train-crisis.ts) imports that function.
 */
import { readFileSync } from 'node:fs';
import { probit } from 'simple-statistics';
import { z } from 'zod';

export const EvalItem = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  label: z.enum(['crisis', 'ordinary']),
  category: z.string().min(1),
});
export type EvalItem = z.infer<typeof EvalItem>;

export const EvalFile = z.object({ split: z.string().min(1), items: z.array(EvalItem) });
export type EvalFile = z.infer<typeof EvalFile>;

const here = (name: string) => new URL(`../src/core/safety/eval/${name}`, import.meta.url);

function read(name: string): EvalFile | null {
  try {
    return EvalFile.parse(JSON.parse(readFileSync(here(name), 'utf8')));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** The development part of the shared evaluation set: tuned on, never reported as a result. */
export const readDev = (): EvalFile | null => read('crisis-eval.dev.json');

/** Sentences the detector's developer wrote to tune on (not part of the evaluation set). */
export const readExtraDev = (): EvalFile => read('extra-dev.json') ?? { split: 'none', items: [] };

/** The held-out part: for measuring only, once the detector is frozen. */
export const readHeldOut = (): EvalFile | null => read('crisis-eval.held-out.json');

/**
 * The 95% Wilson score interval for k successes in n trials. simple-statistics has the normal
 * quantile (probit) but no binomial interval, so the formula is written out here; Wilson rather
 * than the textbook p ± 1.96·√(p(1−p)/n) because that one collapses to [1, 1] at 100% and can
 * leave [0, 1] with the small per-category counts this set has.
 */
export function wilson(k: number, n: number, level = 0.95): [number, number] {
  if (n === 0) return [0, 1];
  const z = probit(1 - (1 - level) / 2);
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export interface Rate {
  /** Items flagged as crisis language. */
  flagged: number;
  n: number;
  rate: number;
  ci: [number, number];
}

const rate = (flagged: number, n: number): Rate => ({ flagged, n, rate: n === 0 ? 0 : flagged / n, ci: wilson(flagged, n) });

export interface Measured {
  /** Share of crisis items flagged. */
  recall: Rate;
  /** Share of ordinary items flagged. */
  falseAlarms: Rate;
  /** Per category of the set: recall for crisis categories, false alarms for ordinary ones. */
  byCategory: Array<{ label: 'crisis' | 'ordinary'; category: string } & Rate>;
}

/** Runs `flag` over every item and counts, overall and per category. */
export function measure(items: readonly EvalItem[], flag: (text: string) => boolean): Measured {
  const groups = new Map<string, { label: 'crisis' | 'ordinary'; category: string; flagged: number; n: number }>();
  for (const e of items) {
    const key = `${e.label}\u0000${e.category}`;
    const g = groups.get(key) ?? { label: e.label, category: e.category, flagged: 0, n: 0 };
    g.n++;
    if (flag(e.text)) g.flagged++;
    groups.set(key, g);
  }
  const all = [...groups.values()];
  const sum = (label: 'crisis' | 'ordinary') => {
    const gs = all.filter((g) => g.label === label);
    return rate(
      gs.reduce((s, g) => s + g.flagged, 0),
      gs.reduce((s, g) => s + g.n, 0),
    );
  };
  return {
    recall: sum('crisis'),
    falseAlarms: sum('ordinary'),
    byCategory: all
      .sort((a, b) => a.label.localeCompare(b.label) || a.category.localeCompare(b.category))
      .map((g) => ({ label: g.label, category: g.category, ...rate(g.flagged, g.n) })),
  };
}
