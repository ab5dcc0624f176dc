/**
 * The reassurance insights computed the slow, obvious way: straight from rows, one urge at a time.
 * Tests hold the aggregate path (SQL GROUP BY → buildInsights) to this. It deliberately shares
 * only the published definitions with insights.ts (the t quantile, the rounding rule, the minimum)
 * and re-derives the rest differently: weeks by calendar arithmetic on Date, bucket bounds written
 * out, the standard deviation in two passes, means compared as numbers.
 */
import type { ReassuranceInsights } from '../../contracts/reassurance/insights.js';
import { TOOLS, type Tool } from '../../contracts/reassurance/tools.js';
import { URGE_ACTIONS, type UrgeAction } from '../../contracts/reassurance/urges.js';
import { INSIGHTS_MINIMUM } from './insights.js';
import { ci95FromSd, roundedMean } from './stats.js';

export interface UrgeRow {
  id: string;
  occurredAt: string;
  localDate: string;
  intensity: number | null;
  anxietyBefore: number | null;
  action: string;
  triggers: readonly string[];
}
export interface FollowUpRow {
  urgeId: string;
  minutesAfter: number;
  anxiety: number;
}
export interface ToolSessionRow {
  tool: string;
  startedAt: string;
  distressBefore: number;
  distressAfter: number;
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function monday(localDate: string): string {
  const d = new Date(`${localDate}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/**
 * `range` bounds are stored-form instants (see storedInstant): `from` inclusive, `to` exclusive,
 * null or absent for open. Pass only one person's rows.
 */
export function insightsFromRows(
  urges: readonly UrgeRow[],
  followUps: readonly FollowUpRow[],
  toolSessions: readonly ToolSessionRow[],
  range: { from?: string | null; to?: string | null } = {},
): ReassuranceInsights {
  const inRange = (at: string) => (range.from == null || at >= range.from) && (range.to == null || at < range.to);
  const period = urges.filter((u) => inRange(u.occurredAt));
  const known = period.filter((u): u is UrgeRow & { action: UrgeAction } => (URGE_ACTIONS as readonly string[]).includes(u.action));

  const byAction = { sought: 0, delayed: 0, soothed: 0, parked: 0, plan: 0 };
  for (const u of known) byAction[u.action] += 1;

  // Weeks: every Monday from the first to the last, then the last 520 of them.
  const perMonday = new Map<string, number>();
  for (const u of period) perMonday.set(monday(u.localDate), (perMonday.get(monday(u.localDate)) ?? 0) + 1);
  const mondays = [...perMonday.keys()].sort();
  const perWeek: ReassuranceInsights['perWeek'] = [];
  if (mondays.length > 0) {
    const d = new Date(`${mondays[0]}T00:00:00.000Z`);
    const lastMonday = mondays[mondays.length - 1]!;
    for (let key = mondays[0]!; key <= lastMonday; d.setUTCDate(d.getUTCDate() + 7), key = d.toISOString().slice(0, 10)) {
      perWeek.push({ weekStart: key, count: perMonday.get(key) ?? 0 });
    }
  }

  const byId = new Map(known.map((u) => [u.id, u]));
  const point = (minutesAfter: 0 | 30 | 120, values: number[]) => ({
    minutesAfter,
    meanAnxiety: values.length === 0 ? null : roundedMean(sum(values), values.length),
    n: values.length,
  });
  const decay = (sought: boolean) => {
    const inGroup = (a: UrgeAction) => (a === 'sought') === sought;
    const after = followUps.filter((f) => {
      const u = byId.get(f.urgeId);
      return u !== undefined && inGroup(u.action);
    });
    return [
      point(
        0,
        known.flatMap((u) => (inGroup(u.action) && u.anxietyBefore !== null ? [u.anxietyBefore] : [])),
      ),
      point(
        30,
        after.filter((f) => f.minutesAfter >= 15 && f.minutesAfter <= 60).map((f) => f.anxiety),
      ),
      point(
        120,
        after.filter((f) => f.minutesAfter >= 61 && f.minutesAfter <= 180).map((f) => f.anxiety),
      ),
    ];
  };

  // A skipped strength still counts the urge, and is no value in the mean.
  const intensities = new Map<string, (number | null)[]>();
  for (const u of period) {
    for (const tag of new Set(u.triggers)) {
      const xs = intensities.get(tag) ?? [];
      xs.push(u.intensity);
      intensities.set(tag, xs);
    }
  }
  const triggers = [...intensities.entries()]
    .map(([tag, all]) => {
      const xs = all.filter((x): x is number => x !== null);
      return { tag, count: all.length, rated: xs.length, mean: xs.length ? sum(xs) / xs.length : -Infinity, total: sum(xs) };
    })
    .sort((a, b) => b.count - a.count || b.mean - a.mean || byText(a.tag, b.tag))
    .map((t) => ({ tag: t.tag, count: t.count, meanIntensity: t.rated ? roundedMean(t.total, t.rated) : null, rated: t.rated }));

  const drops = new Map<Tool, number[]>();
  for (const s of toolSessions) {
    if (!inRange(s.startedAt) || !(TOOLS as readonly string[]).includes(s.tool)) continue;
    const xs = drops.get(s.tool as Tool) ?? [];
    xs.push(s.distressBefore - s.distressAfter);
    drops.set(s.tool as Tool, xs);
  }
  const tools = [...drops.entries()]
    .map(([tool, xs]) => {
      const n = xs.length;
      const total = sum(xs);
      const mean = total / n;
      const sd = n < 2 ? 0 : Math.sqrt(sum(xs.map((x) => (x - mean) ** 2)) / (n - 1));
      return { tool, n, mean, meanDrop: roundedMean(total, n), ci95: n < 2 ? null : ci95FromSd(n, total, sd) };
    })
    .sort((a, b) => b.mean - a.mean || b.n - a.n || byText(a.tool, b.tool))
    .map(({ tool, n, meanDrop, ci95 }) => ({ tool, n, meanDrop, ci95 }));

  return {
    urgeCount: known.length,
    minimum: INSIGHTS_MINIMUM,
    byAction,
    perWeek: perWeek.slice(-520),
    reliefDecay: { sought: decay(true), other: decay(false) },
    triggers,
    tools,
  };
}
