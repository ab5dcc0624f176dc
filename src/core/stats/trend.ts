/**
 * Mann–Kendall trend test and Sen's slope, as issue 5 defines them for cycle insights: S over all
 * pairs, the tie-corrected variance, a continuity correction of 1 towards zero, and a two-sided
 * p-value from the standard normal. Hand-written because no maintained npm package offers the
 * test with both corrections; the normal distribution comes from simple-statistics.
 */
import { errorFunction } from 'simple-statistics';

export interface Trend {
  n: number;
  /** Mann–Kendall S: concordant minus discordant pairs. */
  s: number;
  /** Sen's slope: the median of the pairwise slopes, per step in the series. */
  senSlope: number;
  /** Two-sided p-value. */
  p: number;
}

const sign = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);

/** P(Z ≤ z) for the standard normal. */
export function normalCdf(z: number): number {
  return 0.5 * (1 + errorFunction(z / Math.SQRT2));
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The test over a series in its order; null below `minimum` values (default 4, as the issue asks). */
export function mannKendall(xs: readonly number[], minimum = 4): Trend | null {
  const n = xs.length;
  if (n < Math.max(2, minimum)) return null;
  let s = 0;
  const slopes: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      s += sign(xs[j]! - xs[i]!);
      slopes.push((xs[j]! - xs[i]!) / (j - i));
    }
  }
  const ties = new Map<number, number>();
  for (const x of xs) ties.set(x, (ties.get(x) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of ties.values()) tieTerm += t * (t - 1) * (2 * t + 5);
  const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const z = variance === 0 || s === 0 ? 0 : (s - sign(s)) / Math.sqrt(variance);
  const p = Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
  return { n, s, senSlope: median(slopes.sort((a, b) => a - b)), p };
}
