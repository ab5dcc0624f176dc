import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildInsights } from './insights.js';
import {
  aggregatesFromRollups,
  followUpContributions,
  mergeAggregates,
  planRange,
  rollupDeltas,
  toolSessionContributions,
  urgeContributions,
  type RangePlan,
  type RollupDelta,
  type UrgeFacts,
} from './rollups.js';

const urge: UrgeFacts = {
  occurredAt: '2026-03-31T23:30:00.000Z',
  localDate: '2026-04-01',
  action: 'sought',
  intensity: 7,
  anxietyBefore: 8,
  triggers: ['no reply', 'late'],
  followUps: [
    { minutesAfter: 30, anxiety: 4 },
    { minutesAfter: 120, anxiety: 6 },
    { minutesAfter: 600, anxiety: 7 },
  ],
};

/** Which pieces of a plan hold a stored instant: exactly one when it lies in the period, else none. */
function holders(plan: RangePlan, at: string): number {
  let n = 0;
  for (const s of plan.spans) {
    const p = at.slice(0, s.grain === 'd' ? 10 : 7);
    if ((s.from === null || p >= s.from) && p < s.to) n++;
  }
  for (const r of plan.raw) if ((r.from === null || at >= r.from) && at < r.to) n++;
  return n;
}

// Mostly recent years, sometimes the ends of time that storedInstant clamps to.
const MIN = Date.parse('2020-01-01T00:00:00.000Z');
const MAX = Date.parse('2030-12-31T23:59:59.999Z');
const EDGES = [Date.parse('0000-01-01T00:00:00.000Z'), Date.parse('9999-10-15T00:00:00.000Z'), Date.parse('9999-12-31T23:59:59.999Z')];
/** Instants that favour the edges a plan turns on: midnights, first days of months, a millisecond either side. */
const instant = fc
  .tuple(
    fc.oneof({ weight: 9, arbitrary: fc.integer({ min: MIN, max: MAX }) }, { weight: 1, arbitrary: fc.constantFrom(...EDGES) }),
    fc.integer({ min: 0, max: 90 * 86_400_000 }),
    fc.constantFrom('any', 'day', 'month'),
    fc.constantFrom(-1, 0, 0, 1),
  )
  .map(([base, offset, snap, nudge]) => {
    const top = Date.parse('9999-12-31T23:59:59.999Z');
    const ms = base === EDGES[0] ? base + offset : Math.min(top, base > MAX ? base + (offset % 86_400_000) : base);
    const d = new Date(ms);
    if (snap !== 'any') d.setUTCHours(0, 0, 0, 0);
    if (snap === 'month') d.setUTCDate(1);
    return new Date(Math.min(top, Math.max(EDGES[0]!, d.getTime() + nudge))).toISOString();
  });

describe('planRange', () => {
  it('cuts a long period into raw ends, whole days and whole months', () => {
    expect(planRange({ from: '2024-01-15T10:00:00.000Z', to: '2026-11-21T10:00:00.000Z' })).toEqual({
      spans: [
        { grain: 'd', from: '2024-01-16', to: '2024-02-01' },
        { grain: 'm', from: '2024-02', to: '2026-11' },
        { grain: 'd', from: '2026-11-01', to: '2026-11-21' },
      ],
      raw: [
        { from: '2024-01-15T10:00:00.000Z', to: '2024-01-16T00:00:00.000Z' },
        { from: '2026-11-21T00:00:00.000Z', to: '2026-11-21T10:00:00.000Z' },
      ],
    });
  });

  it('reads everything up to now from months, this month’s days and today’s rows', () => {
    expect(planRange({ from: null, to: '2026-11-21T10:00:00.000Z' })).toEqual({
      spans: [
        { grain: 'm', from: null, to: '2026-11' },
        { grain: 'd', from: '2026-11-01', to: '2026-11-21' },
      ],
      raw: [{ from: '2026-11-21T00:00:00.000Z', to: '2026-11-21T10:00:00.000Z' }],
    });
  });

  it('needs no raw rows when the period is whole months, and none but raw rows inside one day', () => {
    expect(planRange({ from: '2025-12-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' })).toEqual({
      spans: [{ grain: 'm', from: '2025-12', to: '2026-02' }],
      raw: [],
    });
    const day = { from: '2026-11-21T01:00:00.000Z', to: '2026-11-21T23:00:00.000Z' };
    expect(planRange(day)).toEqual({ spans: [], raw: [day] });
  });

  it('stays within four-digit years at the very end of time', () => {
    const range = { from: '9999-12-31T12:00:00.000Z', to: '9999-12-31T23:59:59.999Z' };
    expect(planRange(range)).toEqual({ spans: [], raw: [range] });
    expect(planRange({ from: '9999-11-30T12:00:00.000Z', to: '9999-12-31T23:59:59.999Z' }).spans).toEqual([
      { grain: 'd', from: '9999-12-01', to: '9999-12-31' },
    ]);
    expect(planRange({ from: '9999-12-15T12:00:00.000Z', to: '9999-12-31T23:59:59.999Z' }).spans).toEqual([
      { grain: 'd', from: '9999-12-16', to: '9999-12-31' },
    ]);
  });

  it('covers every instant of the period exactly once and nothing outside it', () => {
    fc.assert(
      fc.property(fc.option(instant), instant, fc.array(instant, { maxLength: 30 }), (from, to, probes) => {
        if (from !== null && from > to) [from, to] = [to, from];
        const plan = planRange({ from, to });
        for (const at of [...probes, to, ...(from === null ? [] : [from])]) {
          const inside = (from === null || at >= from) && at < to;
          expect(holders(plan, at), `${at} in [${from}, ${to})`).toBe(inside ? 1 : 0);
        }
        // At most the two partial days at the ends are read row by row.
        expect(plan.raw.length).toBeLessThanOrEqual(2);
        for (const r of plan.raw) {
          if (plan.spans.length > 0) expect(Date.parse(r.to) - Date.parse(r.from ?? r.to)).toBeLessThan(86_400_000);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('contributions and deltas', () => {
  it('files an urge, its tags and its follow-ups in the windows under its UTC day and month', () => {
    const deltas = rollupDeltas(urgeContributions(urge));
    const days = deltas.filter((d) => d.grain === 'd');
    expect(days.every((d) => d.period === '2026-03-31')).toBe(true);
    expect(deltas.filter((d) => d.grain === 'm').every((d) => d.period === '2026-03')).toBe(true);
    const strip = ({ kind, key, minutes, count, total }: RollupDelta) => ({ kind, key, minutes, count, total });
    expect(days.map(strip)).toEqual(
      expect.arrayContaining([
        { kind: 'action', key: 'sought', minutes: 0, count: 1, total: 8 },
        { kind: 'date', key: '2026-04-01', minutes: 0, count: 1, total: 0 },
        { kind: 'trigger', key: 'no reply', minutes: 0, count: 1, total: 7 },
        { kind: 'trigger', key: 'late', minutes: 0, count: 1, total: 7 },
        { kind: 'relief', key: 'sought', minutes: 30, count: 1, total: 4 },
        { kind: 'relief', key: 'sought', minutes: 120, count: 1, total: 6 },
      ]),
    );
    // The follow-up at ten hours feeds no relief point.
    expect(days).toHaveLength(6);
    expect(followUpContributions(urge, { minutesAfter: 14, anxiety: 3 })).toEqual([]);
  });

  it('keeps Σ drop² for tools, and nets an edit that changes nothing to no writes at all', () => {
    const [c] = toolSessionContributions({ startedAt: '2026-11-21T09:00:00.000Z', tool: 'breathing', distressBefore: 7, distressAfter: 3 });
    expect(c).toMatchObject({ kind: 'tool', key: 'breathing', count: 1, total: 4, totalSquares: 16 });
    const cs = urgeContributions(urge);
    expect(rollupDeltas([...cs, ...cs.map((x) => ({ ...x, count: -x.count, total: -x.total, totalSquares: -x.totalSquares }))])).toEqual(
      [],
    );
  });

  it('sorts deltas the same way whatever order the contributions came in', () => {
    const cs = urgeContributions(urge);
    expect(rollupDeltas([...cs].reverse())).toEqual(rollupDeltas(cs));
  });
});

describe('aggregatesFromRollups', () => {
  it('gives the insights of the rows the rollups were built from, and drops rows emptied by deletions', () => {
    const other: UrgeFacts = {
      ...urge,
      occurredAt: '2026-04-02T08:00:00.000Z',
      localDate: '2026-04-02',
      action: 'delayed',
      triggers: ['late'],
    };
    const deltas = rollupDeltas([...urgeContributions(urge), ...urgeContributions(other)]).filter((d) => d.grain === 'm');
    const sums = new Map<string, { kind: string; key: string; minutes: number; count: number; total: number; totalSquares: number }>();
    for (const d of deltas) {
      const k = `${d.kind}/${d.key}/${d.minutes}`;
      const s = sums.get(k) ?? { kind: d.kind, key: d.key, minutes: d.minutes, count: 0, total: 0, totalSquares: 0 };
      s.count += d.count;
      s.total += d.total;
      sums.set(k, s);
    }
    const emptied = { kind: 'trigger', key: 'gone', minutes: 0, count: 0, total: 0, totalSquares: 0 };
    const insights = buildInsights(mergeAggregates([aggregatesFromRollups([...sums.values(), emptied])]));
    expect(insights.urgeCount).toBe(2);
    expect(insights.byAction).toMatchObject({ sought: 1, delayed: 1 });
    expect(insights.triggers).toEqual([
      { tag: 'late', count: 2, meanIntensity: 7, rated: 2 },
      { tag: 'no reply', count: 1, meanIntensity: 7, rated: 1 },
    ]);
    expect(insights.reliefDecay.sought).toEqual([
      { minutesAfter: 0, meanAnxiety: 8, n: 1 },
      { minutesAfter: 30, meanAnxiety: 4, n: 1 },
      { minutesAfter: 120, meanAnxiety: 6, n: 1 },
    ]);
  });

  it('counts an urge whose ratings were skipped, and leaves the skips out of every mean', () => {
    const skipped: UrgeFacts = { ...urge, intensity: null, anxietyBefore: null, followUps: [] };
    const cs = urgeContributions(skipped);
    expect(cs.filter((c) => c.kind.endsWith('-unrated')).map((c) => [c.kind, c.key])).toEqual([
      ['action-unrated', 'sought'],
      ...[...new Set(urge.triggers)].map((t) => ['trigger-unrated', t]),
    ]);
    const deltas = rollupDeltas([...cs, ...urgeContributions({ ...urge, followUps: [] })]).filter((d) => d.grain === 'm');
    const insights = buildInsights(aggregatesFromRollups(deltas.map(({ grain: _g, period: _p, ...sum }) => sum)));
    expect(insights.urgeCount).toBe(2);
    expect(insights.reliefDecay.sought[0]).toEqual({ minutesAfter: 0, meanAnxiety: 8, n: 1 });
    expect(insights.triggers.map((t) => [t.tag, t.count, t.rated, t.meanIntensity])).toEqual(
      [...new Set(urge.triggers)].sort().map((t) => [t, 2, 1, 7]),
    );
    const alone = buildInsights(aggregatesFromRollups(rollupDeltas(cs).filter((d) => d.grain === 'd')));
    expect(alone.reliefDecay.sought[0]).toEqual({ minutesAfter: 0, meanAnxiety: null, n: 0 });
    expect(alone.triggers.every((t) => t.meanIntensity === null && t.rated === 0 && t.count === 1)).toBe(true);
  });
});
