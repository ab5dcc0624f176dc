/**
 * The pursue–withdraw cycle read from a person's stage log, exactly as issue 5 defines it.
 *
 * Events in time order (ties by creation order) drive a state machine:
 * - IDLE: a `pursuit` starts a cycle (→ PURSUIT); other stages are ignored.
 * - PURSUIT: `pursuit` and `reconnection` belong to the cycle (a reconnection before any
 *   withdrawal does not close it); `withdrawal` belongs to it and moves to WITHDRAWAL.
 * - WITHDRAWAL: `pursuit` and `withdrawal` belong to it; `reconnection` belongs to it and
 *   completes it (→ IDLE).
 * A cycle still open at the end is the open cycle. Trends use the Mann–Kendall test and Sen's
 * slope over the last 12 periods and the last 12 peak intensities.
 */
import { mannKendall, type Trend } from '../stats/trend.js';

export type Stage = 'pursuit' | 'withdrawal' | 'reconnection';

export interface StageEvent {
  occurredAt: string;
  stage: Stage;
  intensity: number;
  /** Creation order (e.g. createdAt then id, or a position), for events at the same moment. */
  order: string | number;
}

export interface Cycle {
  start: string;
  end: string;
  durationHours: number;
  /** Hours from this cycle's start to the next cycle's start (complete or open); null when none follows. */
  periodHours: number | null;
  peakIntensity: number;
}

export interface OpenCycle {
  start: string;
  /** Where the open cycle stands: still pursuing, or withdrawn and not yet reconnected. */
  state: 'pursuit' | 'withdrawal';
  peakIntensity: number;
}

export interface TrendSummary {
  n: number;
  senSlope: number;
  p: number;
}

export interface EscalationReason {
  code: 'cycles-closer-together' | 'cycles-more-intense';
  detail: TrendSummary;
}

export interface CycleInsights {
  cycles: Cycle[];
  openCycle: OpenCycle | null;
  trend: { period: TrendSummary | null; intensity: TrendSummary | null };
  escalating: boolean;
  reasons: EscalationReason[];
}

export const TREND_WINDOW = 12;
export const TREND_MINIMUM = 4;
export const SIGNIFICANCE = 0.05;

const HOUR_MS = 3_600_000;
const hours = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / HOUR_MS;
const round2 = (x: number) => Math.round(x * 100) / 100;

interface Running {
  start: string;
  state: 'pursuit' | 'withdrawal';
  peak: number;
}

/** Complete cycles (periods not yet filled in) and the open one, from events in any order. */
export function detectCycles(
  events: readonly StageEvent[],
  opts: { ordered?: boolean } = {},
): { cycles: Omit<Cycle, 'periodHours'>[]; open: OpenCycle | null } {
  const before = (a: StageEvent, b: StageEvent) =>
    a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.order < b.order ? -1 : a.order > b.order ? 1 : 0;
  // The repository reads them in order already (`ordered`), so fifty thousand need no sort.
  const ordered = opts.ordered ? events : [...events].sort(before);
  const cycles: Omit<Cycle, 'periodHours'>[] = [];
  let current: Running | null = null;
  for (const e of ordered) {
    if (current === null) {
      if (e.stage === 'pursuit') current = { start: e.occurredAt, state: 'pursuit', peak: e.intensity };
      continue;
    }
    current.peak = Math.max(current.peak, e.intensity);
    if (current.state === 'pursuit') {
      if (e.stage === 'withdrawal') current.state = 'withdrawal';
    } else if (e.stage === 'reconnection') {
      cycles.push({
        start: current.start,
        end: e.occurredAt,
        durationHours: round2(hours(current.start, e.occurredAt)),
        peakIntensity: current.peak,
      });
      current = null;
    }
  }
  return { cycles, open: current && { start: current.start, state: current.state, peakIntensity: current.peak } };
}

function summary(t: Trend | null): TrendSummary | null {
  return t && { n: t.n, senSlope: round2(t.senSlope), p: Math.round(t.p * 10_000) / 10_000 };
}

/** `ordered`: the events come sorted by time, then creation (as the repository reads them). */
export function cycleInsights(events: readonly StageEvent[], opts: { ordered?: boolean } = {}): CycleInsights {
  const { cycles: found, open } = detectCycles(events, opts);
  const starts = [...found.map((c) => c.start), ...(open ? [open.start] : [])];
  const cycles: Cycle[] = found.map((c, i) => ({
    ...c,
    periodHours: i + 1 < starts.length ? round2(hours(c.start, starts[i + 1]!)) : null,
  }));

  const periods = cycles.flatMap((c) => (c.periodHours === null ? [] : [c.periodHours])).slice(-TREND_WINDOW);
  const peaks = cycles.map((c) => c.peakIntensity).slice(-TREND_WINDOW);
  // Decided on unrounded statistics; the summaries are rounded for showing.
  const periodTrend = mannKendall(periods, TREND_MINIMUM);
  const intensityTrend = mannKendall(peaks, TREND_MINIMUM);

  const reasons: EscalationReason[] = [];
  if (periodTrend && periodTrend.senSlope < 0 && periodTrend.p < SIGNIFICANCE) {
    reasons.push({ code: 'cycles-closer-together', detail: summary(periodTrend)! });
  }
  if (intensityTrend && intensityTrend.senSlope > 0 && intensityTrend.p < SIGNIFICANCE) {
    reasons.push({ code: 'cycles-more-intense', detail: summary(intensityTrend)! });
  }
  return {
    cycles,
    openCycle: open,
    trend: { period: summary(periodTrend), intensity: summary(intensityTrend) },
    escalating: reasons.length > 0,
    reasons,
  };
}
