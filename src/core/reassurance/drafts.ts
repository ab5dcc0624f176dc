/** Pause before sending: the cool-down, the decision afterwards, and what the pauses changed. */
import type { Draft, DraftInsights } from '../../contracts/reassurance/drafts.js';

const MINUTE_MS = 60_000;

export function availableAt(createdAt: string, coolDownMinutes: number): string {
  return new Date(Date.parse(createdAt) + coolDownMinutes * MINUTE_MS).toISOString();
}

/** Deciding before the cool-down ends is allowed; it is recorded as early, without judgement. */
export function resolved(draft: Draft, outcome: NonNullable<Draft['outcome']>, now: Date): Draft {
  const at = now.toISOString();
  return { ...draft, outcome, resolvedAt: at, early: at < draft.availableAt };
}

export function draftInsights(drafts: ReadonlyArray<Pick<Draft, 'outcome' | 'early'>>): DraftInsights {
  const count = (o: Draft['outcome']) => drafts.filter((d) => d.outcome === o).length;
  const sent = count('sent');
  const rewritten = count('rewritten');
  const discarded = count('discarded');
  return {
    total: drafts.length,
    decided: sent + rewritten + discarded,
    sent,
    rewritten,
    discarded,
    early: drafts.filter((d) => d.early === true).length,
    changed: rewritten + discarded,
  };
}
