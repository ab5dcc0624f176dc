/**
 * The waiting ladder: the next wait Steady offers after an urge, grown from the person's own waits.
 *
 * Why: reassurance-seeking eases when uncertainty is tolerated a little longer each time, and the
 * most convincing evidence that waiting helps is one's own. So the ladder climbs only on a wait
 * after which the person rated their anxiety lower than at the urge, and only a little (+20%,
 * whole minutes, at least one more), within 5 to 60 minutes. A wait that did not ease things, or
 * that has no rating after it ended (cut short, or simply not rated), leaves the ladder where it
 * was: it never falls because of a hard day and never guesses at a rating nobody gave. It is only
 * ever an offer beside the usual choices.
 *
 * Pure and deterministic: waits come in already ordered, and nothing here reads a clock.
 */

export const LADDER_MIN_MINUTES = 5;
export const LADDER_MAX_MINUTES = 60;
export const LADDER_GROWTH = 0.2;

/** One urge the person waited after, with the ratings Steady has for it. */
export interface WaitInput {
  urgeId: string;
  occurredAt: string;
  delayMinutes: number;
  anxietyBefore: number | null;
  /** Any order; only ratings at or after the end of the wait count. */
  followUps: ReadonlyArray<{ minutesAfter: number; anxiety: number }>;
}

/** eased: anxiety was lower after the wait; steady: it was not; unrated: no rating to compare. */
export type WaitOutcome = 'eased' | 'steady' | 'unrated';

export interface LadderStep {
  urgeId: string;
  occurredAt: string;
  waitedMinutes: number;
  anxietyBefore: number | null;
  anxietyAfter: number | null;
  outcome: WaitOutcome;
  /** What the ladder offered after this wait. */
  suggestedAfter: number;
  grew: boolean;
}

export interface WaitingLadder {
  /** null until the person has waited at least once. */
  suggestedMinutes: number | null;
  /** The wait the suggestion last grew from; null while it has never grown. */
  grewFrom: LadderStep | null;
  /** Oldest first. */
  steps: LadderStep[];
  basis: { waits: number; rated: number; eased: number };
}

const clamp = (m: number) => Math.min(LADDER_MAX_MINUTES, Math.max(LADDER_MIN_MINUTES, m));

/** One rung up from a wait of `minutes`: a fifth longer, at least a minute, within the bounds. */
export function grownFrom(minutes: number): number {
  const base = clamp(minutes);
  return clamp(Math.max(base + 1, Math.round(base * (1 + LADDER_GROWTH))));
}

/** The first rating at or after the wait ended: the one that says how the wait went. */
function ratingAfter(w: WaitInput): number | null {
  let best: { minutesAfter: number; anxiety: number } | null = null;
  for (const f of w.followUps) {
    if (f.minutesAfter < w.delayMinutes) continue;
    if (best === null || f.minutesAfter < best.minutesAfter) best = f;
  }
  return best?.anxiety ?? null;
}

export function outcomeOf(w: WaitInput): { anxietyAfter: number | null; outcome: WaitOutcome } {
  const anxietyAfter = ratingAfter(w);
  if (w.anxietyBefore === null || anxietyAfter === null) return { anxietyAfter, outcome: 'unrated' };
  return { anxietyAfter, outcome: anxietyAfter < w.anxietyBefore ? 'eased' : 'steady' };
}

/** Waits oldest first; waits of zero minutes are not waits and are left out. */
export function waitingLadder(waits: readonly WaitInput[]): WaitingLadder {
  let suggested: number | null = null;
  let grewFrom: LadderStep | null = null;
  const steps: LadderStep[] = [];
  for (const w of waits) {
    if (w.delayMinutes < 1) continue;
    const { anxietyAfter, outcome } = outcomeOf(w);
    // The first wait sets the first rung at what the person chose, so the ladder starts from them.
    const before: number = suggested ?? clamp(w.delayMinutes);
    const next = outcome === 'eased' ? Math.max(before, grownFrom(w.delayMinutes)) : before;
    const step: LadderStep = {
      urgeId: w.urgeId,
      occurredAt: w.occurredAt,
      waitedMinutes: w.delayMinutes,
      anxietyBefore: w.anxietyBefore,
      anxietyAfter,
      outcome,
      suggestedAfter: next,
      grew: next > before,
    };
    if (step.grew) grewFrom = step;
    suggested = next;
    steps.push(step);
  }
  return {
    suggestedMinutes: suggested,
    grewFrom,
    steps,
    basis: {
      waits: steps.length,
      rated: steps.filter((s) => s.outcome !== 'unrated').length,
      eased: steps.filter((s) => s.outcome === 'eased').length,
    },
  };
}
