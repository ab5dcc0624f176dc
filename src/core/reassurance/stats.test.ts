import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareMeans, meanCi95, round2, roundedMean, t975 } from './stats.js';

/**
 * P(|T| ≤ t) for Student's t with integer ν, in closed form (Abramowitz & Stegun 26.7.3 for odd ν,
 * 26.7.4 for even ν), with θ = atan(t/√ν). An oracle independent of the table and the expansion.
 */
function twoSidedCdf(t: number, nu: number): number {
  const theta = Math.atan(t / Math.sqrt(nu));
  const c2 = Math.cos(theta) ** 2;
  if (nu % 2 === 1) {
    if (nu === 1) return (2 * theta) / Math.PI;
    let term = Math.cos(theta);
    let s = term;
    for (let k = 3; k <= nu - 2; k += 2) {
      term *= (c2 * (k - 1)) / k;
      s += term;
    }
    return (2 / Math.PI) * (theta + Math.sin(theta) * s);
  }
  let term = 1;
  let s = 1;
  for (let k = 2; k <= nu - 2; k += 2) {
    term *= (c2 * (k - 1)) / k;
    s += term;
  }
  return Math.sin(theta) * s;
}

/** The exact quantile by bisection on the closed-form CDF: P(|T| ≤ q) = 0.95. */
function exactT975(nu: number): number {
  let lo = 0;
  let hi = 100;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (twoSidedCdf(mid, nu) < 0.95) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe('t975', () => {
  it('matches published tables to three decimals', () => {
    const published: Array<[number, number]> = [
      [1, 12.706],
      [2, 4.303],
      [3, 3.182],
      [4, 2.776],
      [5, 2.571],
      [10, 2.228],
      [20, 2.086],
      [29, 2.045],
      [30, 2.042],
      [31, 2.04],
      [40, 2.021],
      [60, 2.0],
      [120, 1.98],
      [1000, 1.962],
    ];
    for (const [df, t] of published) expect(t975(df), `df ${df}`).toBeCloseTo(t, 3);
  });

  it('equals the exact quantile within 1e-6 for every df up to 400, and at large df', () => {
    for (let df = 1; df <= 400; df++) expect(Math.abs(t975(df) - exactT975(df)), `df ${df}`).toBeLessThan(1e-6);
    for (const df of [1_000, 5_000, 20_000]) expect(Math.abs(t975(df) - exactT975(df)), `df ${df}`).toBeLessThan(1e-6);
  });

  it('falls towards z = 1.96 as df grows and refuses nonsense', () => {
    for (let df = 1; df < 2_000; df++) expect(t975(df + 1)).toBeLessThan(t975(df));
    expect(t975(1e9)).toBeCloseTo(1.959964, 6);
    expect(() => t975(0)).toThrow(RangeError);
    expect(() => t975(2.5)).toThrow(RangeError);
  });
});

describe('rounding', () => {
  it('rounds exact halves of a mean away from zero', () => {
    // 201 / 200 = 1.005 exactly; as a double it is 1.00499999…, which naive rounding turns into 1.00.
    expect(roundedMean(201, 200)).toBe(1.01);
    expect(roundedMean(-201, 200)).toBe(-1.01);
    // 7 / 3 = 2.333…; 20 / 3 = 6.666…
    expect(roundedMean(7, 3)).toBe(2.33);
    expect(roundedMean(20, 3)).toBe(6.67);
    expect(roundedMean(-1, 1000)).toBe(0);
    expect(Object.is(roundedMean(-1, 1000), -0)).toBe(false);
    expect(Object.is(round2(-0.001), -0)).toBe(false);
    expect(round2(2.484138)).toBe(2.48);
    expect(round2(-2.485001)).toBe(-2.49);
  });

  it('is symmetric under negation', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 1, max: 10_000 }), (s, n) => {
        expect(roundedMean(-s, n)).toBe(-roundedMean(s, n) || 0);
      }),
    );
  });

  it('compares means exactly', () => {
    expect(compareMeans(1, 3, 2, 6)).toBe(0);
    expect(compareMeans(1, 3, 1, 2)).toBeLessThan(0);
    expect(compareMeans(-1, 2, -1, 3)).toBeLessThan(0);
  });
});

describe('meanCi95', () => {
  it('computes a hand-checked interval', () => {
    // drops 4, 2, 3: n = 3, Σ = 9, Σ² = 29, mean 3, s² = (3·29 − 81) / (3·2) = 1, s = 1,
    // half-width = t(0.975, 2) · 1 / √3 = 4.302653 / 1.732051 = 2.484138 → [0.515862, 5.484138].
    expect(meanCi95(3, 9, 29)).toEqual([0.52, 5.48]);
    // drops 10, −10: mean 0, s = √200 = 14.142136, half = 12.706205 · 14.142136 / √2 = 127.06205.
    expect(meanCi95(2, 0, 200)).toEqual([-127.06, 127.06]);
  });

  it('is null below two observations and a point when every value is the same', () => {
    expect(meanCi95(0, 0, 0)).toBeNull();
    expect(meanCi95(1, 5, 25)).toBeNull();
    // 2, 2: s = 0.
    expect(meanCi95(2, 4, 8)).toEqual([2, 2]);
  });

  it('matches the textbook two-pass computation and always contains the mean', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10, max: 10 }), { minLength: 2, maxLength: 300 }), (xs) => {
        const n = xs.length;
        const s = xs.reduce((a, x) => a + x, 0);
        const ss = xs.reduce((a, x) => a + x * x, 0);
        const mean = s / n;
        const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
        const [lo, hi] = meanCi95(n, s, ss)!;
        expect(lo).toBeCloseTo(mean - (t975(n - 1) * sd) / Math.sqrt(n), 2);
        expect(hi).toBeCloseTo(mean + (t975(n - 1) * sd) / Math.sqrt(n), 2);
        expect(lo).toBeLessThanOrEqual(roundedMean(s, n));
        expect(hi).toBeGreaterThanOrEqual(roundedMean(s, n));
      }),
    );
  });
});
