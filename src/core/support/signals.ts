/**
 * "Time to seek support": signs read from a person's own data, each with a reason in plain words.
 * Support is suggested when any two signs hold, or any one screening sign, or feeling alone with
 * a thin map (which also names one small step). The wording names what was seen, never a
 * condition; it is an invitation, not a verdict.
 */
import type { SmallStep } from '../../contracts/support/support.js';

export type SignCode =
  | 'recurring-cycles'
  | 'escalation'
  | 'exhaustion'
  | 'insecurity'
  | 'stuck'
  | 'depression-screen'
  | 'anxiety-screen'
  | 'relationship-distress'
  | 'self-harm-thoughts'
  | 'lonely-thin-map';

export const SCREENING_SIGNS: ReadonlySet<SignCode> = new Set([
  'depression-screen',
  'anxiety-screen',
  'relationship-distress',
  'self-harm-thoughts',
]);

export interface WeekCheck {
  /** Monday of the week, YYYY-MM-DD. */
  weekStart: string;
  /** "How drained do you feel by the ups and downs", 0–10; null when not answered. */
  drained: number | null;
  /** "How secure do you feel in the relationship", 0–10; null when not answered. */
  secure: number | null;
}

export interface WeekGoals {
  weekStart: string;
  set: number;
  progressed: number;
}

/**
 * Goals grouped by the Monday of their week, newest first, for the three weeks from `since` (a
 * Monday): a week with no goals counts as set 0, so "set in each of the last 3 weeks" is honest.
 */
export function weeklyGoals(rows: ReadonlyArray<{ weekStart: string; set: number; progressed: number }>, since: string): WeekGoals[] {
  const weeks = new Map<string, WeekGoals>();
  for (let i = 0; i < 3; i++) {
    const monday = new Date(Date.parse(`${since}T00:00:00Z`) + i * 7 * 86_400_000).toISOString().slice(0, 10);
    weeks.set(monday, { weekStart: monday, set: 0, progressed: 0 });
  }
  const mondays = [...weeks.keys()];
  for (const r of rows) {
    const monday = mondays.filter((m) => m <= r.weekStart).pop();
    const w = monday === undefined ? undefined : weeks.get(monday);
    if (!w || r.weekStart >= addWeek(mondays[2]!)) continue;
    w.set += r.set;
    w.progressed += r.progressed;
  }
  return [...weeks.values()].reverse();
}

const addWeek = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);

export interface SignalInput {
  /** Ends of complete cycles, ISO instants. */
  cycleEnds: readonly string[];
  escalating: boolean;
  /** The last weeks' reviews, newest first (only the first three count). */
  weeks: readonly WeekCheck[];
  /** The last weeks' goals, newest first (only the first three count). */
  goals: readonly WeekGoals[];
  latest: { phq9: number | null; gad7: number | null; csi4: number | null };
  /** The latest PHQ-9 answered its ninth question above 0 (thoughts of being better off dead or of self-harm). */
  selfHarmThoughts?: boolean;
  /** From lonelyWithThinMap: the step to suggest when recent UCLA-3 answers say alone and the map is thin, else null. */
  lonelyWithThinMap?: SmallStep | null;
  now: Date;
}

export interface Reason {
  code: SignCode;
  detail: string;
  /** The count or score the detail names (null when it names none), so a client can word it in its own language. */
  figure: number | null;
}

const DAY_MS = 86_400_000;

export function supportSignals(input: SignalInput): { suggestSupport: boolean; reasons: Reason[]; smallStep: SmallStep | null } {
  const reasons: Reason[] = [];
  const since = input.now.getTime() - 30 * DAY_MS;
  const recent = input.cycleEnds.filter((end) => Date.parse(end) >= since && Date.parse(end) <= input.now.getTime()).length;
  if (recent >= 3) {
    reasons.push({ code: 'recurring-cycles', detail: `${recent} full pursue–withdraw cycles in the last 30 days`, figure: recent });
  }
  if (input.escalating) {
    reasons.push({ code: 'escalation', detail: 'Your cycles are coming closer together or getting more intense', figure: null });
  }
  const lastThree = input.weeks.slice(0, 3);
  const drainedWeeks = lastThree.filter((w) => w.drained !== null && w.drained >= 7).length;
  if (drainedWeeks >= 2) {
    reasons.push({
      code: 'exhaustion',
      detail: `You felt very drained (7 or more out of 10) in ${drainedWeeks} of the last three weeks`,
      figure: drainedWeeks,
    });
  }
  const insecureWeeks = lastThree.filter((w) => w.secure !== null && w.secure <= 3).length;
  if (insecureWeeks >= 2) {
    reasons.push({
      code: 'insecurity',
      detail: `You felt insecure (3 or less out of 10) in ${insecureWeeks} of the last three weeks`,
      figure: insecureWeeks,
    });
  }
  const goals = input.goals.slice(0, 3);
  if (goals.length === 3 && goals.every((g) => g.set > 0) && goals.every((g) => g.progressed === 0)) {
    reasons.push({ code: 'stuck', detail: 'You set goals in each of the last three weeks and none of them moved yet', figure: null });
  }
  const { phq9, gad7, csi4 } = input.latest;
  if (phq9 !== null && phq9 >= 10)
    reasons.push({ code: 'depression-screen', detail: `Your latest PHQ-9 score was ${phq9} (10 or more)`, figure: phq9 });
  if (gad7 !== null && gad7 >= 10)
    reasons.push({ code: 'anxiety-screen', detail: `Your latest GAD-7 score was ${gad7} (10 or more)`, figure: gad7 });
  if (csi4 !== null && csi4 < 13.5) {
    reasons.push({ code: 'relationship-distress', detail: `Your latest CSI-4 score was ${csi4} (below 13.5)`, figure: csi4 });
  }
  // Beyond the list: whatever the total, that answer alone is reason enough to talk to someone.
  if (input.selfHarmThoughts) {
    reasons.push({
      code: 'self-harm-thoughts',
      detail: 'In your latest PHQ-9 you said thoughts of being better off dead or of hurting yourself came up; please talk to someone soon',
      figure: null,
    });
  }
  const smallStep = input.lonelyWithThinMap ?? null;
  if (smallStep) {
    reasons.push({
      code: 'lonely-thin-map',
      detail: 'Lately you have often felt alone, and few people are on your map or were in touch this month',
      figure: null,
    });
  }
  // Feeling alone with few people around is reason enough on its own to reach out, for contact and for support.
  const suggestSupport = reasons.length >= 2 || reasons.some((r) => SCREENING_SIGNS.has(r.code) || r.code === 'lonely-thin-map');
  return { suggestSupport, reasons, smallStep };
}
