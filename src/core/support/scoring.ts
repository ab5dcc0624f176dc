/**
 * Scoring questionnaires exactly as their definitions say (src/contracts/support/instruments/*.json):
 * sums with bands, or reversed items and subscale means (ECR-RS), flags such as PHQ-9 item 9, and
 * reliable change between two administrations where a threshold is published. Results are
 * screenings, never diagnoses: nothing here names a condition, only a band's own label.
 */
import { optionsOf, type Instrument } from '../../contracts/support/instruments.js';

export interface AnswerProblem {
  /** 1-based item number, or 0 for the answer list as a whole. */
  item: number;
  message: string;
}

export interface Score {
  /** Sum of answers (sum instruments); null for subscale instruments. */
  total: number | null;
  band: string | null;
  /** Subscale means, rounded to two decimals (ECR-RS: anxiety and avoidance). */
  subscales: Record<string, number> | null;
  /** Ids of the definition's flags that the answers raise, e.g. "self-harm-thoughts". */
  flags: string[];
}

export interface Change {
  /** Current minus previous, per total or subscale. */
  difference: Record<string, number>;
  /** Only where the definition publishes a reliable-change threshold (PHQ-9, GAD-7). */
  reliable: 'improvement' | 'worsening' | null;
}

/** Everything wrong with a set of answers, item by item; empty when they can be scored. */
export function answerProblems(instrument: Instrument, answers: readonly number[]): AnswerProblem[] {
  const n = instrument.items.length;
  if (answers.length !== n) return [{ item: 0, message: `Answer all ${n} questions (got ${answers.length})` }];
  const problems: AnswerProblem[] = [];
  answers.forEach((a, i) => {
    const allowed = optionsOf(instrument, i).map((o) => o.value);
    if (!allowed.includes(a)) problems.push({ item: i + 1, message: `Choose one of ${allowed.join(', ')}` });
  });
  return problems;
}

const FLAG_RULE = /^item (\d+) answer > (\d+)$/;

/** A flag's rule as a test over the answers; definitions with a rule Steady cannot read fail loudly. */
export function flagTest(when: string): (answers: readonly number[]) => boolean {
  const m = FLAG_RULE.exec(when);
  if (!m) throw new Error(`Unreadable flag rule: ${when}`);
  const index = Number(m[1]) - 1;
  const above = Number(m[2]);
  return (answers) => (answers[index] ?? 0) > above;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Call with answers that passed `answerProblems`. */
export function score(instrument: Instrument, answers: readonly number[]): Score {
  const flags = (instrument.flags ?? []).filter((f) => flagTest(f.when)(answers)).map((f) => f.id);
  const s = instrument.scoring;
  if (s.method === 'sum') {
    const total = answers.reduce((a, b) => a + b, 0);
    const band = instrument.bands.find((b) => total >= b.min && total <= b.max)?.label ?? null;
    return { total, band, subscales: null, flags };
  }
  const reversed = new Set(s.reverse.items);
  const value = (item: number) => (reversed.has(item) ? 8 - answers[item - 1]! : answers[item - 1]!);
  const subscales: Record<string, number> = {};
  for (const [name, sub] of Object.entries(s.subscales)) {
    subscales[name] = round2(sub.items.reduce((sum, item) => sum + value(item), 0) / sub.items.length);
  }
  return { total: null, band: null, subscales, flags };
}

/**
 * The change from a previous administration. PHQ-9 and GAD-7 count higher as worse, so a drop of
 * at least the published threshold is a reliable improvement; the others show the difference only.
 */
export function change(instrument: Instrument, current: Score, previous: Score): Change {
  const difference: Record<string, number> = {};
  if (current.total !== null && previous.total !== null) difference.total = current.total - previous.total;
  for (const [name, value] of Object.entries(current.subscales ?? {})) {
    const before = previous.subscales?.[name];
    if (before !== undefined) difference[name] = round2(value - before);
  }
  const threshold = instrument.reliableChange?.points;
  const d = difference.total;
  const reliable =
    threshold === undefined || d === undefined ? null : d <= -threshold ? 'improvement' : d >= threshold ? 'worsening' : null;
  return { difference, reliable };
}
