import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleInsights, detectCycles, type Stage, type StageEvent } from './cycles.js';

let seq = 0;
const at = (hour: number, stage: Stage, intensity = 5): StageEvent => ({
  occurredAt: new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000).toISOString(),
  stage,
  intensity,
  order: String(seq++).padStart(6, '0'),
});

describe('detecting cycles', () => {
  it('follows the state machine: reconnection closes only after a withdrawal', () => {
    const events = [
      at(0, 'withdrawal'), // ignored while idle
      at(1, 'reconnection'), // ignored while idle
      at(2, 'pursuit', 4), // starts cycle 1
      at(3, 'reconnection', 6), // belongs, does not close
      at(4, 'withdrawal', 7),
      at(5, 'pursuit', 5),
      at(6, 'reconnection', 2), // closes cycle 1
      at(10, 'pursuit', 8), // starts cycle 2, left open
      at(11, 'withdrawal', 3),
    ];
    const { cycles, open } = detectCycles(events);
    expect(cycles).toEqual([{ start: events[2]!.occurredAt, end: events[6]!.occurredAt, durationHours: 4, peakIntensity: 7 }]);
    expect(open).toEqual({ start: events[7]!.occurredAt, state: 'withdrawal', peakIntensity: 8 });
  });

  it('orders by time, then creation order, whatever order the events come in', () => {
    const a = at(1, 'pursuit');
    const b = { ...at(1, 'withdrawal'), occurredAt: a.occurredAt };
    const c = { ...at(1, 'reconnection'), occurredAt: a.occurredAt };
    expect(detectCycles([c, b, a]).cycles).toHaveLength(1);
    // Created in the other order, the same instant reads reconnection first (ignored), then the rest stays open.
    expect(
      detectCycles([
        { ...c, order: '0' },
        { ...b, order: '1' },
        { ...a, order: '2' },
      ]).open,
    ).not.toBeNull();
  });

  it('gives periods from one start to the next, the open cycle included', () => {
    const events = [
      at(0, 'pursuit'),
      at(1, 'withdrawal'),
      at(2, 'reconnection'),
      at(24, 'pursuit'),
      at(25, 'withdrawal'),
      at(26, 'reconnection'),
      at(30, 'pursuit'),
    ];
    const insights = cycleInsights(events);
    expect(insights.cycles.map((c) => c.periodHours)).toEqual([24, 6]);
    expect(insights.openCycle?.state).toBe('pursuit');
    const closedOnly = cycleInsights(events.slice(0, 6));
    expect(closedOnly.cycles.map((c) => c.periodHours)).toEqual([24, null]);
    expect(closedOnly.openCycle).toBeNull();
  });

  it('never loses an event into two cycles: complete cycles never overlap, in time order', () => {
    const stage = fc.constantFrom<Stage>('pursuit', 'withdrawal', 'reconnection');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), stage, fc.integer({ min: 0, max: 10 })), { maxLength: 60 }),
        (raw) => {
          const { cycles, open } = detectCycles(raw.map(([h, s, i]) => at(h, s, i)));
          for (let k = 1; k < cycles.length; k++) expect(cycles[k]!.start >= cycles[k - 1]!.end).toBe(true);
          if (open && cycles.length) expect(open.start >= cycles[cycles.length - 1]!.end).toBe(true);
          for (const c of cycles) expect(c.durationHours).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

/** Complete cycles starting at the given hours, each with the given peak. */
function series(starts: number[], peaks: number[]): StageEvent[] {
  return starts.flatMap((h, i) => [at(h, 'pursuit', peaks[i]), at(h + 0.5, 'withdrawal', 1), at(h + 1, 'reconnection', 1)]);
}

describe('escalation', () => {
  it('is reported when cycles come closer together, with the numbers', () => {
    // Gaps 100, 80, 60, 40, 20 hours: strictly shrinking periods over five values.
    const starts = [0, 100, 180, 240, 280, 300];
    const insights = cycleInsights(series(starts, [5, 5, 5, 5, 5, 5]));
    expect(insights.trend.period).toMatchObject({ n: 5, senSlope: -20 });
    expect(insights.trend.period!.p).toBeCloseTo(0.0275, 3);
    expect(insights.escalating).toBe(true);
    expect(insights.reasons.map((r) => r.code)).toEqual(['cycles-closer-together']);
  });

  it('is reported when peaks rise, and not for a flat or short history', () => {
    const starts = [0, 50, 100, 150, 200];
    const rising = cycleInsights(series(starts, [2, 4, 6, 8, 10]));
    expect(rising.reasons.map((r) => r.code)).toEqual(['cycles-more-intense']);
    expect(rising.trend.intensity).toMatchObject({ n: 5, senSlope: 2 });
    expect(cycleInsights(series(starts, [5, 5, 5, 5, 5])).escalating).toBe(false);
    // Three cycles: fewer than four values, so no trend at all.
    const short = cycleInsights(series([0, 10, 15], [1, 5, 9]));
    expect(short.trend).toEqual({ period: null, intensity: null });
    expect(short.escalating).toBe(false);
  });

  it('uses only the last 12 periods and peaks', () => {
    // Twenty cycles: the first eight with rising peaks, the last twelve flat.
    const starts = Array.from({ length: 20 }, (_, i) => i * 24);
    const peaks = [...Array.from({ length: 8 }, (_, i) => i), ...Array(12).fill(9)];
    const insights = cycleInsights(series(starts, peaks));
    expect(insights.trend.intensity).toMatchObject({ n: 12, senSlope: 0 });
    expect(insights.trend.period?.n).toBe(12);
    expect(insights.escalating).toBe(false);
  });
});
