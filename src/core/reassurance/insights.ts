/**
 * Reassurance insights from aggregates: what the database can count cheaply (GROUP BY counts and
 * sums) goes in, the numbers the person sees come out. Everything here is pure, so the same code
 * serves the route, the CLI and the benchmarks, and reference.ts can check it row by row.
 *
 * Means are derived from exact integer sums and rounded to two decimals only in the output.
 */
import type { ReassuranceInsights } from '../../contracts/reassurance/insights.js';
import { TOOLS, type Tool } from '../../contracts/reassurance/tools.js';
import { URGE_ACTIONS, type UrgeAction } from '../../contracts/reassurance/urges.js';
import { compareMeans, meanCi95, roundedMean } from './stats.js';

/**
 * Entries a finding needs before the web app shows it as more than "not enough data yet".
 * Five, because: a single entry then carries at most a fifth of a mean's weight, so one unusual
 * day cannot make the chart; and the 95% t multiplier has fallen from 12.7 (n = 2) and 4.3
 * (n = 3) to 2.78 (n = 5), within 1.5× of its large-sample value 1.96, so an interval at five
 * sessions already says something. Any higher and a new user waits weeks to see a first picture.
 */
export const INSIGHTS_MINIMUM = 5;

/** perWeek keeps at most the last ten years of weeks (the chart cannot show more usefully). */
export const MAX_WEEKS = 520;

/** Follow-up windows, in minutes after the urge, for the relief-decay points 30 and 120. */
export const RELIEF_WINDOWS = [
  { minutesAfter: 30, first: 15, last: 60 },
  { minutesAfter: 120, first: 61, last: 180 },
] as const;
/** The minutes the windows span together, for a repository's WHERE clause. */
export const RELIEF_MINUTES = { first: 15, last: 180 } as const;

export type ReliefGroup = 'sought' | 'other';
type ReliefMinutes = 0 | 30 | 120;

/** Which relief-decay point a follow-up at `minutesAfter` feeds, or null when it feeds none. */
export function reliefPoint(minutesAfter: number): 30 | 120 | null {
  for (const w of RELIEF_WINDOWS) if (minutesAfter >= w.first && minutesAfter <= w.last) return w.minutesAfter;
  return null;
}

export function reliefGroup(action: UrgeAction): ReliefGroup {
  return action === 'sought' ? 'sought' : 'other';
}

export const isUrgeAction = (a: string): a is UrgeAction => (URGE_ACTIONS as readonly string[]).includes(a);
export const isTool = (t: string): t is Tool => (TOOLS as readonly string[]).includes(t);

// ---------------------------------------------------------------------------------------------
// Input: aggregates. Rows may repeat a key (e.g. actions grouped per day as well); they are added.
// ---------------------------------------------------------------------------------------------

export interface ActionAggregate {
  action: string;
  count: number;
  /** Of those, the urges whose anxiety was rated (not skipped). */
  rated: number;
  /** Σ anxiety_before over the rated ones. */
  sumAnxietyBefore: number;
}
export interface DayAggregate {
  /** The urges' local_date, YYYY-MM-DD. */
  localDate: string;
  count: number;
}
export interface ReliefAggregate {
  /** The action of the urge the follow-ups belong to. */
  action: string;
  minutesAfter: number;
  count: number;
  sumAnxiety: number;
}
export interface TriggerAggregate {
  tag: string;
  count: number;
  /** Of those, the urges whose strength was rated (not skipped). */
  rated: number;
  /** Σ intensity over the rated ones. */
  sumIntensity: number;
}
export interface ToolAggregate {
  tool: string;
  n: number;
  /** Σ (distress_before − distress_after). */
  sumDrop: number;
  /** Σ (distress_before − distress_after)². */
  sumSquaresDrop: number;
}

export interface ReassuranceAggregates {
  actions: ActionAggregate[];
  days: DayAggregate[];
  relief: ReliefAggregate[];
  triggers: TriggerAggregate[];
  tools: ToolAggregate[];
}

// ---------------------------------------------------------------------------------------------
// Period
// ---------------------------------------------------------------------------------------------

/** Stored timestamps are `toISOString()` text, so a period is compared as text in SQL. */
export interface InsightsRange {
  /** Inclusive; null = from the beginning. */
  from: string | null;
  /** Exclusive. */
  to: string;
}

const EARLIEST = Date.parse('0000-01-01T00:00:00.000Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * An ISO 8601 instant (any offset, any sub-second digits) as the stored text form: UTC with
 * milliseconds. Rounded up to the next millisecond when it had finer digits, because stored
 * values have whole milliseconds and both bounds compare with ≥ / <: ceil keeps exactly the rows
 * at or after `from` and before `to`. Clamped to four-digit years so text order stays time order.
 */
export function storedInstant(iso: string): string {
  let ms = Date.parse(iso);
  const fraction = /T[^.]*\.(\d+)/.exec(iso)?.[1] ?? '';
  if (/[1-9]/.test(fraction.slice(3))) ms += 1;
  return new Date(Math.min(LATEST, Math.max(EARLIEST, ms))).toISOString();
}

/** The period of the query: everything up to now unless narrowed. An error names the bad field. */
export function insightsRange(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
): { ok: true; range: InsightsRange } | { ok: false; field: 'from'; message: string } {
  const from = query.from === undefined ? null : storedInstant(query.from);
  const to = query.to === undefined ? now.toISOString() : storedInstant(query.to);
  if (from !== null && from > to) {
    return { ok: false, field: 'from', message: query.to === undefined ? 'Start is in the future' : 'Start must not be after the end' };
  }
  return { ok: true, range: { from, to } };
}

// ---------------------------------------------------------------------------------------------
// Weeks
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** The Monday on or before a day number. Day 0 (1970-01-01) was a Thursday, three days after a Monday. */
function mondayNumber(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** Monday of the week holding `date` (YYYY-MM-DD), as YYYY-MM-DD. */
export function mondayOf(date: string): string {
  return new Date(mondayNumber(dayNumber(date)) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Urges per week, Monday-based, every week from the first week with an urge to the last (empty
 * weeks as 0, so a chart's x-axis is time), at most the last MAX_WEEKS of them. The series spans
 * the data rather than the requested period: local dates are in the person's time zone, which the
 * period's UTC bounds do not know, and an open `from` has no first week of its own.
 */
export function weeklyCounts(days: readonly DayAggregate[], maxWeeks = MAX_WEEKS): ReassuranceInsights['perWeek'] {
  const byMonday = new Map<number, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const d of days) {
    if (d.count <= 0) continue;
    const monday = mondayNumber(dayNumber(d.localDate));
    byMonday.set(monday, (byMonday.get(monday) ?? 0) + d.count);
    if (monday < first) first = monday;
    if (monday > last) last = monday;
  }
  if (last === -Infinity) return [];
  first = Math.max(first, last - 7 * (maxWeeks - 1));
  const weeks: ReassuranceInsights['perWeek'] = [];
  for (let m = first; m <= last; m += 7) {
    weeks.push({ weekStart: new Date(m * DAY_MS).toISOString().slice(0, 10), count: byMonday.get(m) ?? 0 });
  }
  return weeks;
}

// ---------------------------------------------------------------------------------------------
// The insights
// ---------------------------------------------------------------------------------------------

interface Acc {
  n: number;
  sum: number;
}
const acc = (): Acc => ({ n: 0, sum: 0 });

function reliefSeries(points: Record<ReliefMinutes, Acc>): ReassuranceInsights['reliefDecay']['sought'] {
  return ([0, 30, 120] as const).map((minutesAfter) => {
    const { n, sum } = points[minutesAfter];
    return { minutesAfter, meanAnxiety: n === 0 ? null : roundedMean(sum, n), n };
  });
}

/** By count, then mean intensity (both descending; a tag with no rated strength after), then tag; means compared exactly. */
export function compareTriggers(a: TriggerAggregate, b: TriggerAggregate): number {
  const means =
    a.rated > 0 && b.rated > 0 ? compareMeans(b.sumIntensity, b.rated, a.sumIntensity, a.rated) : Number(b.rated > 0) - Number(a.rated > 0);
  return b.count - a.count || means || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
}

/** By mean drop, then sessions (both descending), then name so the order never depends on the input's. */
export function compareTools(a: ToolAggregate, b: ToolAggregate): number {
  return compareMeans(b.sumDrop, b.n, a.sumDrop, a.n) || b.n - a.n || (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0);
}

/**
 * The insights from aggregates. An action or tool Steady does not know (none can be written
 * through the API) is left out of the counts and means it would be named in, rather than failing
 * the page; such urges still count in perWeek and triggers, which do not look at the action.
 */
export function buildInsights(a: ReassuranceAggregates): ReassuranceInsights {
  const byAction: Record<UrgeAction, number> = { sought: 0, delayed: 0, soothed: 0, parked: 0, plan: 0 };
  const relief: Record<ReliefGroup, Record<ReliefMinutes, Acc>> = {
    sought: { 0: acc(), 30: acc(), 120: acc() },
    other: { 0: acc(), 30: acc(), 120: acc() },
  };
  for (const r of a.actions) {
    if (!isUrgeAction(r.action)) continue;
    byAction[r.action] += r.count;
    const point = relief[reliefGroup(r.action)][0];
    point.n += r.rated;
    point.sum += r.sumAnxietyBefore;
  }
  for (const r of a.relief) {
    const minutes = reliefPoint(r.minutesAfter);
    if (minutes === null || !isUrgeAction(r.action)) continue;
    const point = relief[reliefGroup(r.action)][minutes];
    point.n += r.count;
    point.sum += r.sumAnxiety;
  }

  const triggers = new Map<string, TriggerAggregate>();
  for (const t of a.triggers) {
    const seen = triggers.get(t.tag);
    if (seen) {
      seen.count += t.count;
      seen.rated += t.rated;
      seen.sumIntensity += t.sumIntensity;
    } else triggers.set(t.tag, { ...t });
  }

  const tools = new Map<Tool, ToolAggregate & { tool: Tool }>();
  for (const t of a.tools) {
    if (!isTool(t.tool)) continue;
    const seen = tools.get(t.tool);
    if (seen) {
      seen.n += t.n;
      seen.sumDrop += t.sumDrop;
      seen.sumSquaresDrop += t.sumSquaresDrop;
    } else tools.set(t.tool, { tool: t.tool, n: t.n, sumDrop: t.sumDrop, sumSquaresDrop: t.sumSquaresDrop });
  }

  return {
    urgeCount: URGE_ACTIONS.reduce((s, k) => s + byAction[k], 0),
    minimum: INSIGHTS_MINIMUM,
    byAction,
    perWeek: weeklyCounts(a.days),
    reliefDecay: { sought: reliefSeries(relief.sought), other: reliefSeries(relief.other) },
    triggers: [...triggers.values()]
      .filter((t) => t.count > 0)
      .sort(compareTriggers)
      .map((t) => ({
        tag: t.tag,
        count: t.count,
        meanIntensity: t.rated > 0 ? roundedMean(t.sumIntensity, t.rated) : null,
        rated: t.rated,
      })),
    tools: [...tools.values()]
      .filter((t) => t.n > 0)
      .sort(compareTools)
      .map((t) => ({
        tool: t.tool,
        n: t.n,
        meanDrop: roundedMean(t.sumDrop, t.n),
        ci95: meanCi95(t.n, t.sumDrop, t.sumSquaresDrop),
      })),
  };
}
