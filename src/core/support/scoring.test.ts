import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSTRUMENT_IDS, INSTRUMENTS, optionsOf } from '../../contracts/support/instruments.js';
import { answerProblems, change, flagTest, score, type Score } from './scoring.js';

const { phq9, gad7, ucla3, csi4 } = INSTRUMENTS;
const ecr = INSTRUMENTS['ecr-rs'];
const sum = (total: number): Score => ({ total, band: null, subscales: null, flags: [] });

describe('instrument definitions', () => {
  it('load, with readable flag rules and the published lengths', () => {
    expect(INSTRUMENT_IDS.map((id) => INSTRUMENTS[id].items.length)).toEqual([9, 7, 3, 9, 4]);
    for (const id of INSTRUMENT_IDS) for (const f of INSTRUMENTS[id].flags ?? []) expect(() => flagTest(f.when)).not.toThrow();
  });

  it('have bands that cover every possible sum exactly once', () => {
    for (const inst of [phq9, gad7, csi4]) {
      if (inst.scoring.method !== 'sum') throw new Error('sum expected');
      for (let t = inst.scoring.min; t <= inst.scoring.max; t++) {
        expect(
          inst.bands.filter((b) => t >= b.min && t <= b.max),
          `${inst.id} ${t}`,
        ).toHaveLength(1);
      }
    }
  });
});

describe('scoring', () => {
  it('sums PHQ-9 and finds its band on both sides of every edge', () => {
    const withTotal = (total: number) => Array.from({ length: 9 }, (_, i) => Math.min(3, Math.max(0, total - 3 * i)));
    const bands: Array<[number, string]> = [
      [0, 'minimal'],
      [4, 'minimal'],
      [5, 'mild'],
      [9, 'mild'],
      [10, 'moderate'],
      [14, 'moderate'],
      [15, 'moderately severe'],
      [19, 'moderately severe'],
      [20, 'severe'],
      [27, 'severe'],
    ];
    for (const [total, band] of bands) {
      const answers = withTotal(total);
      expect(answers.reduce((a, b) => a + b, 0)).toBe(total);
      expect(score(phq9, answers), `total ${total}`).toMatchObject({ total, band, subscales: null });
    }
  });

  it('raises the PHQ-9 safety flag for any item 9 answer above 0, whatever the total', () => {
    expect(score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 1]).flags).toEqual(['self-harm-thoughts']);
    expect(score(phq9, [3, 3, 3, 3, 3, 3, 3, 3, 0]).flags).toEqual([]);
  });

  it('scores GAD-7, UCLA-3 and CSI-4 as sums, with CSI-4 below 13.5 as notable dissatisfaction', () => {
    expect(score(gad7, [3, 3, 3, 1, 0, 0, 0])).toMatchObject({ total: 10, band: 'moderate' });
    expect(score(ucla3, [1, 1, 1])).toMatchObject({ total: 3, band: null });
    expect(score(ucla3, [3, 3, 3]).total).toBe(9);
    expect(score(csi4, [3, 3, 4, 3])).toMatchObject({ total: 13, band: 'notable relationship dissatisfaction' });
    expect(score(csi4, [3, 3, 4, 4])).toMatchObject({ total: 14, band: 'no notable dissatisfaction' });
  });

  it('reverses ECR-RS items 1–4 and reports two means, never a type', () => {
    // Items 1–4 answered 7 (reversed to 1), 5–6 answered 1: avoidance mean 1. Anxiety items 7, 8, 9: 7, 6, 5.
    expect(score(ecr, [7, 7, 7, 7, 1, 1, 7, 6, 5])).toEqual({
      total: null,
      band: null,
      subscales: { avoidance: 1, anxiety: 6 },
      flags: [],
    });
    // All 4s: reversing leaves 4.
    expect(score(ecr, Array(9).fill(4)).subscales).toEqual({ avoidance: 4, anxiety: 4 });
    // Two decimals: avoidance (1+1+1+1+2+1)/6 = 1.1666…
    expect(score(ecr, [7, 7, 7, 7, 2, 1, 1, 1, 1]).subscales?.avoidance).toBe(1.17);
  });

  it('keeps every mean inside its range and every sum inside its bounds', () => {
    for (const inst of Object.values(INSTRUMENTS)) {
      const answers = fc.tuple(...inst.items.map((_, i) => fc.constantFrom(...optionsOf(inst, i).map((o) => o.value))));
      fc.assert(
        fc.property(answers, (a) => {
          expect(answerProblems(inst, a)).toEqual([]);
          const s = score(inst, a);
          if (inst.scoring.method === 'sum') {
            expect(s.total).toBeGreaterThanOrEqual(inst.scoring.min);
            expect(s.total).toBeLessThanOrEqual(inst.scoring.max);
          } else for (const v of Object.values(s.subscales ?? {})) expect(v >= 1 && v <= 7).toBe(true);
        }),
        { numRuns: 200 },
      );
    }
  });
});

describe('answer problems', () => {
  it('name the item that is out of range, and the whole list when the length is wrong', () => {
    expect(answerProblems(phq9, [0, 0, 0])).toEqual([{ item: 0, message: 'Answer all 9 questions (got 3)' }]);
    expect(answerProblems(phq9, [0, 0, 4, 0, 0, 0, 0, 0, -1]).map((p) => p.item)).toEqual([3, 9]);
    expect(answerProblems(ucla3, [0, 1, 2]).map((p) => p.item)).toEqual([1]);
    // CSI-4's first item has seven options (0–6), the others six (0–5).
    expect(answerProblems(csi4, [6, 5, 5, 5])).toEqual([]);
    expect(answerProblems(csi4, [6, 6, 5, 5]).map((p) => p.item)).toEqual([2]);
    expect(answerProblems(ecr, [0, 1, 1, 1, 1, 1, 1, 1, 8]).map((p) => p.item)).toEqual([1, 9]);
  });
});

describe('reliable change', () => {
  it('marks PHQ-9 at a change of 6 points and not at 5', () => {
    expect(change(phq9, sum(9), sum(15))).toEqual({ difference: { total: -6 }, reliable: 'improvement' });
    expect(change(phq9, sum(10), sum(15)).reliable).toBeNull();
    expect(change(phq9, sum(21), sum(15)).reliable).toBe('worsening');
    expect(change(phq9, sum(20), sum(15)).reliable).toBeNull();
  });

  it('marks GAD-7 at 4 points and not at 3', () => {
    expect(change(gad7, sum(6), sum(10)).reliable).toBe('improvement');
    expect(change(gad7, sum(7), sum(10)).reliable).toBeNull();
    expect(change(gad7, sum(14), sum(10)).reliable).toBe('worsening');
    expect(change(gad7, sum(13), sum(10)).reliable).toBeNull();
  });

  it('shows only the difference for the others, subscale by subscale for ECR-RS', () => {
    expect(change(csi4, sum(4), sum(18))).toEqual({ difference: { total: -14 }, reliable: null });
    expect(change(ucla3, sum(9), sum(3))).toEqual({ difference: { total: 6 }, reliable: null });
    const before = score(ecr, [7, 7, 7, 7, 1, 1, 7, 6, 5]);
    const after = score(ecr, Array(9).fill(4));
    expect(change(ecr, after, before)).toEqual({ difference: { avoidance: 3, anxiety: -2 }, reliable: null });
  });
});
