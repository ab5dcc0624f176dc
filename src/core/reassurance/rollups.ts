/**
 * Insight rollups: the aggregates of insights.ts kept per UTC day and per UTC month as urges,
 * follow-ups and tool sessions are written, so a ten-year period reads a few thousand summary rows
 * instead of every urge, follow-up and tag (issue 3: insights under 50 ms for ten dense years).
 *
 * A period [from, to) is cut into whole UTC months and whole UTC days read from the rollups, and at
 * most two partial days at its ends read from the rows themselves; the pieces are disjoint and
 * cover the period, and buildInsights adds their aggregates up, so the result is exactly what one
 * scan of the rows would give. Everything here is pure; the repositories apply what it computes.
 */
import { reliefPoint, type InsightsRange, type ReassuranceAggregates } from './insights.js';

export type RollupGrain = 'd' | 'm';
/**
 * 'action-unrated' and 'trigger-unrated' count the urges of an action or tag whose anxiety or
 * strength was skipped: 'action' and 'trigger' count every urge (how often), and their totals sum
 * only the ratings given, so a mean divides by count − unrated and a skip never counts as a value.
 */
export type RollupKind = 'action' | 'action-unrated' | 'date' | 'relief' | 'trigger' | 'trigger-unrated' | 'tool';

/**
 * One contribution to one rollup row, before the row's period is known from `at`. `total` is the
 * sum the insight needs (anxiety before, intensity, anxiety at follow-up, distress drop);
 * `totalSquares` only matters for tools, whose interval needs Σ drop².
 */
export interface Contribution {
  /** The stored instant the contribution is filed under: the urge's occurredAt, the session's startedAt. */
  at: string;
  kind: RollupKind;
  key: string;
  /** The relief point (30 or 120) for kind 'relief'; 0 otherwise. */
  minutes: number;
  count: number;
  total: number;
  totalSquares: number;
}

/** A rollup row's identity and the amounts to add to it (negative to take a contribution away). */
export interface RollupDelta extends Omit<Contribution, 'at'> {
  grain: RollupGrain;
  /** YYYY-MM-DD for 'd', YYYY-MM for 'm': the UTC day or month of `at`. */
  period: string;
}

/** What of an urge the rollups depend on. */
export interface UrgeFacts {
  occurredAt: string;
  localDate: string;
  action: string;
  /** null: skipped. */
  intensity: number | null;
  anxietyBefore: number | null;
  triggers: readonly string[];
  followUps: ReadonlyArray<{ minutesAfter: number; anxiety: number }>;
}

export interface ToolSessionFacts {
  startedAt: string;
  tool: string;
  distressBefore: number;
  distressAfter: number;
}

const one = (at: string, kind: RollupKind, key: string, total: number, minutes = 0, totalSquares = 0): Contribution => ({
  at,
  kind,
  key,
  minutes,
  count: 1,
  total,
  totalSquares,
});

/** A follow-up's share: nothing when it falls outside both relief windows. */
export function followUpContributions(
  urge: Pick<UrgeFacts, 'occurredAt' | 'action'>,
  f: { minutesAfter: number; anxiety: number },
): Contribution[] {
  const point = reliefPoint(f.minutesAfter);
  return point === null ? [] : [one(urge.occurredAt, 'relief', urge.action, f.anxiety, point)];
}

/** Everything an urge adds: its action, its day, each trigger tag, and each follow-up. */
export function urgeContributions(u: UrgeFacts): Contribution[] {
  const tags = [...new Set(u.triggers)];
  return [
    one(u.occurredAt, 'action', u.action, u.anxietyBefore ?? 0),
    ...(u.anxietyBefore === null ? [one(u.occurredAt, 'action-unrated', u.action, 0)] : []),
    one(u.occurredAt, 'date', u.localDate, 0),
    ...tags.map((tag) => one(u.occurredAt, 'trigger', tag, u.intensity ?? 0)),
    ...(u.intensity === null ? tags.map((tag) => one(u.occurredAt, 'trigger-unrated', tag, 0)) : []),
    ...u.followUps.flatMap((f) => followUpContributions(u, f)),
  ];
}

export function toolSessionContributions(s: ToolSessionFacts): Contribution[] {
  const drop = s.distressBefore - s.distressAfter;
  return [one(s.startedAt, 'tool', s.tool, drop, 0, drop * drop)];
}

export function negated(cs: readonly Contribution[]): Contribution[] {
  return cs.map((c) => ({ ...c, count: -c.count, total: -c.total, totalSquares: -c.totalSquares }));
}

const rowKey = (d: Omit<RollupDelta, 'count' | 'total' | 'totalSquares'>) => [d.grain, d.period, d.kind, d.key, d.minutes].join('\u0000');

/**
 * Contributions as rollup deltas, one per row touched (PostgreSQL refuses an upsert that touches a
 * row twice), without rows whose amounts cancel out (an edit that changes nothing they count), and
 * sorted, so concurrent writers lock shared rows in the same order and cannot deadlock.
 */
export function rollupDeltas(cs: readonly Contribution[]): RollupDelta[] {
  const rows = new Map<string, RollupDelta>();
  for (const c of cs) {
    for (const [grain, period] of [
      ['d', c.at.slice(0, 10)],
      ['m', c.at.slice(0, 7)],
    ] as const) {
      const id = { grain, period, kind: c.kind, key: c.key, minutes: c.minutes };
      const k = rowKey(id);
      const row = rows.get(k);
      if (row) {
        row.count += c.count;
        row.total += c.total;
        row.totalSquares += c.totalSquares;
      } else rows.set(k, { ...id, count: c.count, total: c.total, totalSquares: c.totalSquares });
    }
  }
  return [...rows.entries()]
    .filter(([, d]) => d.count !== 0 || d.total !== 0 || d.totalSquares !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, d]) => d);
}

// ---------------------------------------------------------------------------------------------
// Reading: a period cut into rollup pieces and raw ends
// ---------------------------------------------------------------------------------------------

/** Rollup rows of one grain with period in [from, to); from null = from the beginning. */
export interface PeriodSpan {
  grain: RollupGrain;
  from: string | null;
  to: string;
}

export interface RangePlan {
  /** Read from the rollups. */
  spans: PeriodSpan[];
  /** Read from the rows: the partial days at the ends (or the whole period when it holds no whole day). */
  raw: InsightsRange[];
}

const DAY_MS = 86_400_000;
const MIDNIGHT = 'T00:00:00.000Z';
/** The last whole day a stored instant can start: later `ceil`s would need a five-digit year. */
const LAST_DAY = '9999-12-31T00:00:00.000Z';

const floorDay = (at: string) => at.slice(0, 10) + MIDNIGHT;
const floorMonth = (at: string) => at.slice(0, 7) + '-01' + MIDNIGHT;
/** Stored instants have four-digit years, so Date.parse and toISOString round-trip them. */
const nextDay = (day: string) => new Date(Date.parse(day) + DAY_MS).toISOString();
function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12
    ? `${String(y + 1).padStart(4, '0')}-01-01${MIDNIGHT}`
    : `${month.slice(0, 5)}${String(m + 1).padStart(2, '0')}-01${MIDNIGHT}`;
}
const ceilDay = (at: string) => (at === floorDay(at) ? at : nextDay(floorDay(at)));
const ceilMonth = (at: string) => (at === floorMonth(at) ? at : nextMonth(floorMonth(at)));

/**
 * How to read [from, to): whole months, whole days around them, raw rows for the partial days at
 * the ends. The pieces are disjoint and together are exactly [from, to).
 */
export function planRange(range: InsightsRange): RangePlan {
  const { from, to } = range;
  if (from !== null && from >= LAST_DAY) return { spans: [], raw: [range] };
  const firstDay = from === null ? null : ceilDay(from);
  const lastDay = floorDay(to);
  if (firstDay !== null && firstDay >= lastDay) return { spans: [], raw: [range] };

  const spans: PeriodSpan[] = [];
  const day = (a: string | null, b: string) => {
    if (a === null || a < b) spans.push({ grain: 'd', from: a === null ? null : a.slice(0, 10), to: b.slice(0, 10) });
  };
  const firstMonth = from === null ? null : ceilMonth(from);
  const lastMonth = floorMonth(to);
  // A month starting after December 9999 has a five-digit year, which text order would put first.
  const wholeMonths = firstMonth === null || (firstMonth.length === lastMonth.length && firstMonth < lastMonth);
  if (wholeMonths) {
    // Whole months inside: days before the first one and after the last one.
    if (firstMonth !== null) day(firstDay, firstMonth);
    spans.push({ grain: 'm', from: firstMonth === null ? null : firstMonth.slice(0, 7), to: lastMonth.slice(0, 7) });
    day(lastMonth, lastDay);
  } else day(firstDay, lastDay);

  const raw: InsightsRange[] = [];
  if (from !== null && firstDay !== null && from < firstDay) raw.push({ from, to: firstDay });
  if (lastDay < to) raw.push({ from: lastDay, to });
  return { spans, raw };
}

/** A rollup row summed over a span, as the repository reads it. */
export interface RollupSum {
  kind: string;
  key: string;
  minutes: number;
  count: number;
  total: number;
  totalSquares: number;
}

/** Rollup sums as the aggregates buildInsights takes (rows left at zero by deletions drop out). */
export function aggregatesFromRollups(rows: readonly RollupSum[]): ReassuranceAggregates {
  const a: ReassuranceAggregates = { actions: [], days: [], relief: [], triggers: [], tools: [] };
  for (const r of rows) {
    if (r.count === 0) continue;
    // Unrated rows take their urges off `rated`; buildInsights adds the pieces up.
    if (r.kind === 'action') a.actions.push({ action: r.key, count: r.count, rated: r.count, sumAnxietyBefore: r.total });
    else if (r.kind === 'action-unrated') a.actions.push({ action: r.key, count: 0, rated: -r.count, sumAnxietyBefore: 0 });
    else if (r.kind === 'date') a.days.push({ localDate: r.key, count: r.count });
    else if (r.kind === 'relief') a.relief.push({ action: r.key, minutesAfter: r.minutes, count: r.count, sumAnxiety: r.total });
    else if (r.kind === 'trigger') a.triggers.push({ tag: r.key, count: r.count, rated: r.count, sumIntensity: r.total });
    else if (r.kind === 'trigger-unrated') a.triggers.push({ tag: r.key, count: 0, rated: -r.count, sumIntensity: 0 });
    else if (r.kind === 'tool') a.tools.push({ tool: r.key, n: r.count, sumDrop: r.total, sumSquaresDrop: r.totalSquares });
  }
  return a;
}

export function mergeAggregates(parts: readonly ReassuranceAggregates[]): ReassuranceAggregates {
  return {
    actions: parts.flatMap((p) => p.actions),
    days: parts.flatMap((p) => p.days),
    relief: parts.flatMap((p) => p.relief),
    triggers: parts.flatMap((p) => p.triggers),
    tools: parts.flatMap((p) => p.tools),
  };
}
