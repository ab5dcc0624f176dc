/**
 * Reciprocity with one person over a period (issue 6): who reaches out, who helps whom, and how
 * warm and supportive time together feels. A plain-words note appears when contact has leaned one
 * way for a while — in either direction, and also when the person only gives help and never
 * receives it, because receiving is part of reciprocity too.
 */

export interface ReciprocityInteraction {
  initiatedBy: 'me' | 'them' | 'mutual';
  gave: boolean;
  received: boolean;
  /** 1–5 */
  warmth: number;
  /** 1–5 */
  support: number;
}

export interface Reciprocity {
  n: number;
  initiated: { me: number; them: number; mutual: number };
  /** Share of the one-sided starts that were yours (mutual ones left out); null without any. */
  myShareOfStarts: number | null;
  help: { gave: number; received: number };
  meanWarmth: number | null;
  meanSupport: number | null;
  notes: Array<{ code: 'mostly-me' | 'mostly-them' | 'only-giving' | 'only-receiving'; text: string }>;
}

/** Interactions a pattern needs before Steady says anything about it. */
export const RECIPROCITY_MINIMUM = 5;
/** A lean this strong (of one-sided starts, or of help) counts as one-sided. */
export const ONE_SIDED = 0.8;

const round2 = (x: number) => Math.round(x * 100) / 100;
const mean = (xs: number[]) => (xs.length ? round2(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

export function reciprocity(interactions: readonly ReciprocityInteraction[], name: string): Reciprocity {
  const initiated = { me: 0, them: 0, mutual: 0 };
  const help = { gave: 0, received: 0 };
  for (const i of interactions) {
    initiated[i.initiatedBy]++;
    if (i.gave) help.gave++;
    if (i.received) help.received++;
  }
  const oneSidedStarts = initiated.me + initiated.them;
  const myShareOfStarts = oneSidedStarts === 0 ? null : round2(initiated.me / oneSidedStarts);
  const notes = reciprocityNotes({ n: interactions.length, initiated, help }, name);
  return {
    n: interactions.length,
    initiated,
    myShareOfStarts,
    help,
    meanWarmth: mean(interactions.map((i) => i.warmth)),
    meanSupport: mean(interactions.map((i) => i.support)),
    notes,
  };
}

export interface ReciprocityCounts {
  n: number;
  initiated: { me: number; them: number; mutual: number };
  help: { gave: number; received: number };
}

/** The plain-words notes from counts alone, so a GROUP BY per person can feed them too (social insights). */
export function reciprocityNotes({ n, initiated, help }: ReciprocityCounts, name: string): Reciprocity['notes'] {
  const oneSidedStarts = initiated.me + initiated.them;
  const myShareOfStarts = oneSidedStarts === 0 ? null : round2(initiated.me / oneSidedStarts);
  const notes: Reciprocity['notes'] = [];
  if (n >= RECIPROCITY_MINIMUM && myShareOfStarts !== null) {
    if (myShareOfStarts >= ONE_SIDED) {
      notes.push({
        code: 'mostly-me',
        text: `You started ${initiated.me} of your last ${n} times together. It may be worth leaving a little room for ${name} to reach out too.`,
      });
    } else if (myShareOfStarts <= 1 - ONE_SIDED) {
      notes.push({
        code: 'mostly-them',
        text: `${name} started ${initiated.them} of your last ${n} times together. Reaching out first now and then could mean a lot to them.`,
      });
    }
  }
  const helped = help.gave + help.received;
  if (helped >= RECIPROCITY_MINIMUM) {
    if (help.received === 0 || help.gave / helped >= ONE_SIDED) {
      notes.push({
        code: 'only-giving',
        text: `You have been the one helping lately. Letting ${name} help you back is part of a close tie too.`,
      });
    } else if (help.gave === 0 || help.received / helped >= ONE_SIDED) {
      notes.push({
        code: 'only-receiving',
        text: `${name} has been helping you a lot lately. A small offer in return can keep things even.`,
      });
    }
  }
  return notes;
}
