/**
 * How invitations turned out (issue 6). A decline or a silence is read as timing and energy, never
 * as rejection: people are busy, tired or shy, and an unanswered message often means nothing more.
 */
import type { Invitation, InvitationSummary } from '../../contracts/social/invitations.js';
import { localDate } from '../reassurance/local-date.js';

/** Below this many outcomes a rate says more about chance than about anything else. */
export const MIN_OUTCOMES = 3;

const round2 = (x: number) => Math.round(x * 100) / 100;
const OUTCOMES = new Set(['accepted', 'declined', 'no-answer']);

export function invitationSummary(items: ReadonlyArray<Pick<Invitation, 'status' | 'createdAt'>>, timeZone: string): InvitationSummary {
  const byStatus = { planned: 0, sent: 0, accepted: 0, declined: 0, noAnswer: 0 };
  const months = new Map<string, { made: number; accepted: number; declined: number; noAnswer: number }>();
  for (const i of items) {
    const key = i.status === 'no-answer' ? 'noAnswer' : i.status;
    byStatus[key]++;
    const month = localDate(i.createdAt, timeZone).slice(0, 7);
    const m = months.get(month) ?? { made: 0, accepted: 0, declined: 0, noAnswer: 0 };
    m.made++;
    if (key === 'accepted' || key === 'declined' || key === 'noAnswer') m[key]++;
    months.set(month, m);
  }
  const withOutcome = items.filter((i) => OUTCOMES.has(i.status)).length;
  const rate = (accepted: number, outcomes: number) => (outcomes === 0 ? null : round2(accepted / outcomes));
  return {
    total: items.length,
    byStatus,
    withOutcome,
    acceptanceRate: rate(byStatus.accepted, withOutcome),
    enoughData: withOutcome >= MIN_OUTCOMES,
    months: [...months.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([month, m]) => ({ month, ...m, acceptanceRate: rate(m.accepted, m.accepted + m.declined + m.noAnswer) })),
    note: outcomeNote(byStatus.accepted, byStatus.declined + byStatus.noAnswer, withOutcome),
  };
}

function outcomeNote(accepted: number, notNow: number, withOutcome: number): string {
  if (withOutcome === 0) return 'Once a few invitations have had an answer, you will see how they went here.';
  const yes = accepted === 1 ? 'One invitation was accepted' : `${accepted} invitations were accepted`;
  if (notNow === 0) return `${yes}. Every one you sent found a yes so far.`;
  const later = notNow === 1 ? 'one met a "not now" or no reply' : `${notNow} met a "not now" or no reply`;
  return (
    `${accepted === 0 ? 'None were accepted yet' : yes}, and ${later}. ` +
    'That usually says more about timing and energy — theirs and yours — than about you. ' +
    'Asking again another week, or with a smaller idea, often goes differently.'
  );
}
