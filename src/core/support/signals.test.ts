import { describe, expect, it } from 'vitest';
import { supportSignals, weeklyGoals, type SignalInput } from './signals.js';

const now = new Date('2026-11-21T12:00:00.000Z');
const base: SignalInput = { cycleEnds: [], escalating: false, weeks: [], goals: [], latest: { phq9: null, gad7: null, csi4: null }, now };
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
const codes = (input: Partial<SignalInput>) => supportSignals({ ...base, ...input }).reasons.map((r) => r.code);
const week = (drained: number | null, secure: number | null) => ({ weekStart: '2026-11-16', drained, secure });

describe('support signals', () => {
  it('suggests nothing from no data', () => {
    expect(supportSignals(base)).toEqual({ suggestSupport: false, reasons: [], smallStep: null });
  });

  it('counts three complete cycles within the last 30 days, not older ones', () => {
    expect(codes({ cycleEnds: [daysAgo(1), daysAgo(10), daysAgo(29.9)] })).toEqual(['recurring-cycles']);
    expect(codes({ cycleEnds: [daysAgo(1), daysAgo(10), daysAgo(30.1)] })).toEqual([]);
  });

  it('reads exhaustion and insecurity from two of the last three weeks', () => {
    expect(codes({ weeks: [week(7, 5), week(2, 5), week(9, 5)] })).toEqual(['exhaustion']);
    expect(codes({ weeks: [week(6, 5), week(2, 5), week(9, 5), week(9, 5)] })).toEqual([]);
    expect(codes({ weeks: [week(null, 3), week(null, 0), week(null, 4)] })).toEqual(['insecurity']);
    expect(codes({ weeks: [week(null, 4), week(null, 3), week(null, 4)] })).toEqual([]);
  });

  it('calls it stuck only when goals were set in each of three weeks and none progressed', () => {
    const g = (set: number, progressed: number) => ({ weekStart: '2026-11-16', set, progressed });
    expect(codes({ goals: [g(1, 0), g(2, 0), g(1, 0)] })).toEqual(['stuck']);
    expect(codes({ goals: [g(1, 0), g(2, 1), g(1, 0)] })).toEqual([]);
    expect(codes({ goals: [g(1, 0), g(0, 0), g(1, 0)] })).toEqual([]);
    expect(codes({ goals: [g(1, 0), g(1, 0)] })).toEqual([]);
  });

  it('suggests support for any one screening sign, at the published edges', () => {
    expect(supportSignals({ ...base, latest: { phq9: 10, gad7: null, csi4: null } }).suggestSupport).toBe(true);
    expect(supportSignals({ ...base, latest: { phq9: 9, gad7: 9, csi4: 14 } }).suggestSupport).toBe(false);
    expect(codes({ latest: { phq9: null, gad7: 10, csi4: 13 } })).toEqual(['anxiety-screen', 'relationship-distress']);
  });

  it('suggests support for a PHQ-9 ninth answer above 0, whatever the total', () => {
    const r = supportSignals({ ...base, latest: { phq9: 1, gad7: null, csi4: null }, selfHarmThoughts: true });
    expect(r.suggestSupport).toBe(true);
    expect(r.reasons.map((x) => x.code)).toEqual(['self-harm-thoughts']);
  });

  it('needs two of the other signs before suggesting support', () => {
    expect(supportSignals({ ...base, escalating: true }).suggestSupport).toBe(false);
    const two = supportSignals({ ...base, escalating: true, weeks: [week(8, 5), week(8, 5)] });
    expect(two.suggestSupport).toBe(true);
    expect(two.reasons.map((r) => r.code)).toEqual(['escalation', 'exhaustion']);
    expect(two.reasons.every((r) => r.detail.length > 0)).toBe(true);
  });
});

describe('feeling alone with a thin map', () => {
  it('suggests support on its own, with the one small step and no score in the words', () => {
    const step = { kind: 'reach-out' as const, personId: 'p1', name: 'Ana' };
    const r = supportSignals({ ...base, lonelyWithThinMap: step });
    expect(r.suggestSupport).toBe(true);
    expect(r.smallStep).toEqual(step);
    expect(r.reasons).toEqual([{ code: 'lonely-thin-map', detail: expect.any(String), figure: null }]);
    expect(r.reasons[0]!.detail).not.toMatch(/\d/);
    expect(supportSignals({ ...base, lonelyWithThinMap: null })).toEqual({ suggestSupport: false, reasons: [], smallStep: null });
  });
});

describe('the figure each reason names', () => {
  it('carries the count or score, so the words can be written in any language', () => {
    const figures = (input: Partial<SignalInput>) => supportSignals({ ...base, ...input }).reasons.map((r) => [r.code, r.figure]);
    expect(figures({ cycleEnds: [daysAgo(1), daysAgo(2), daysAgo(3), daysAgo(4)] })).toEqual([['recurring-cycles', 4]]);
    expect(figures({ weeks: [week(8, 2), week(9, 1), week(7, 5)] })).toEqual([
      ['exhaustion', 3],
      ['insecurity', 2],
    ]);
    expect(figures({ latest: { phq9: 12, gad7: 15, csi4: 10.5 } })).toEqual([
      ['depression-screen', 12],
      ['anxiety-screen', 15],
      ['relationship-distress', 10.5],
    ]);
    expect(figures({ escalating: true })).toEqual([['escalation', null]]);
  });
});

describe('goals by week', () => {
  it('files goals under the three weeks from a Monday, with empty weeks as zero, newest first', () => {
    const rows = [
      { weekStart: '2026-11-16', set: 2, progressed: 1 },
      { weekStart: '2026-11-11', set: 1, progressed: 0 }, // a Wednesday start counts in its week
      { weekStart: '2026-11-23', set: 5, progressed: 5 }, // after the three weeks: left out
    ];
    expect(weeklyGoals(rows, '2026-11-02')).toEqual([
      { weekStart: '2026-11-16', set: 2, progressed: 1 },
      { weekStart: '2026-11-09', set: 1, progressed: 0 },
      { weekStart: '2026-11-02', set: 0, progressed: 0 },
    ]);
  });
});
