import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mannKendall, normalCdf } from './trend.js';

describe('normal distribution', () => {
  it('matches tabled values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655254, 6);
  });
});

describe('Mann–Kendall and Sen’s slope', () => {
  it('computes a strictly rising series by hand', () => {
    // S = 10; Var = 5·4·15/18 = 16.67; Z = (10 − 1)/√16.67 = 2.2045; p = 2(1 − Φ(2.2045)) = 0.0275.
    const t = mannKendall([1, 2, 3, 4, 5])!;
    expect(t.s).toBe(10);
    expect(t.senSlope).toBe(1);
    expect(t.p).toBeCloseTo(0.0275, 3);
  });

  it('corrects the variance for ties', () => {
    // Pairs: 0, +, +, +, +, 0 → S = 4. Var = (156 − 2·18)/18 = 6.67; Z = 3/2.582 = 1.162; p = 0.2453.
    // Slopes 0, ½, ⅓, 1, ½, 0 → median (⅓ + ½)/2.
    const t = mannKendall([1, 1, 2, 2])!;
    expect(t.s).toBe(4);
    expect(t.p).toBeCloseTo(0.2453, 3);
    expect(t.senSlope).toBeCloseTo(5 / 12, 10);
  });

  it('gives no trend for a flat series and nothing below four values', () => {
    expect(mannKendall([3, 3, 3, 3])).toEqual({ n: 4, s: 0, senSlope: 0, p: 1 });
    expect(mannKendall([1, 2, 3])).toBeNull();
  });

  it('flips the sign of S when a strictly increasing series is reversed', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 4, maxLength: 15 }), (values) => {
        const up = [...values].sort((a, b) => a - b);
        const a = mannKendall(up)!;
        const b = mannKendall([...up].reverse())!;
        expect(b.s).toBe(-a.s);
        expect(b.senSlope).toBeCloseTo(-a.senSlope, 9);
        expect(b.p).toBeCloseTo(a.p, 12);
      }),
    );
  });

  it('does not change when a constant is added', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 15 }),
        fc.integer({ min: -50, max: 50 }),
        (xs, c) => {
          const a = mannKendall(xs)!;
          const b = mannKendall(xs.map((x) => x + c))!;
          expect(b.s).toBe(a.s);
          expect(b.p).toBeCloseTo(a.p, 12);
          expect(b.senSlope).toBeCloseTo(a.senSlope, 9);
        },
      ),
    );
  });

  it('keeps p within [0, 1] and |S| within the number of pairs', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 4, maxLength: 20 }), (xs) => {
        const t = mannKendall(xs)!;
        expect(t.p).toBeGreaterThanOrEqual(0);
        expect(t.p).toBeLessThanOrEqual(1);
        expect(Math.abs(t.s)).toBeLessThanOrEqual((xs.length * (xs.length - 1)) / 2);
      }),
    );
  });
});
