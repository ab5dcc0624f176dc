/**
 * The few statistics the reassurance insights need, small enough to read in one sitting and
 * tested against exact values in stats.test.ts. No dependency: one quantile and one rounding rule
 * do not justify a statistics library.
 */

/**
 * t(0.975, df) for df = 1…30, i.e. the two-sided 95% multiplier of Student's t distribution.
 * Computed by inverting the exact closed-form CDF for integer df (Abramowitz & Stegun 26.7.3/4)
 * by bisection, and checked against published tables (12.706, 4.303, 3.182, …, 2.042).
 * stats.test.ts re-derives every entry from that CDF.
 */
const T975_TABLE = [
  12.706204736, 4.30265273, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252, 2.306004135, 2.262157163, 2.228138852,
  2.20098516, 2.17881283, 2.160368656, 2.144786688, 2.131449546, 2.119905299, 2.109815578, 2.10092204, 2.093024054, 2.085963447,
  2.079613845, 2.073873068, 2.06865761, 2.063898562, 2.059538553, 2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456,
] as const;

/** z(0.975), the standard normal quantile the expansion below starts from. */
const Z975 = 1.959963984540054;

/**
 * Student's t quantile at 0.975 for `df` degrees of freedom (df = n − 1 for a sample of n).
 *
 * df ≤ 30: the exact table above. df > 30: the Cornish–Fisher expansion of t around the normal
 * quantile (Abramowitz & Stegun 26.7.5, four terms), whose error at df = 31 is 3·10⁻⁸ and shrinks
 * like df⁻⁵, far inside the 10⁻³ the insights need (they are shown to two decimals).
 */
export function t975(df: number): number {
  if (!Number.isInteger(df) || df < 1) throw new RangeError(`t975 needs a whole number of degrees of freedom ≥ 1, got ${df}`);
  const fromTable = T975_TABLE[df - 1];
  if (fromTable !== undefined) return fromTable;
  const z = Z975;
  const z2 = z * z;
  const z3 = z2 * z;
  const z5 = z3 * z2;
  const z7 = z5 * z2;
  const z9 = z7 * z2;
  const g1 = (z3 + z) / 4;
  const g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
  const g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
  const g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

/** Rounds half away from zero, so a value and its negation round to negations (no −0 either). */
function roundHalfAway(x: number): number {
  const r = Math.sign(x) * Math.round(Math.abs(x));
  return r === 0 ? 0 : r;
}

/** Two decimals, half away from zero. For values that are already floating-point results (CI bounds). */
export function round2(x: number): number {
  return roundHalfAway(x * 100) / 100;
}

/**
 * sum / n to two decimals, exactly. `100 * sum` is an exact integer and the one division is
 * correctly rounded, so a true half (201 / 200 = 1.005) rounds up to 1.01, where
 * round2(201 / 200) would see 1.00499999… and give 1.00.
 */
export function roundedMean(sum: number, n: number): number {
  return roundHalfAway((100 * sum) / n) / 100;
}

/** Compares sumA/nA with sumB/nB exactly (integer cross-multiplication, n > 0): negative when A is smaller. */
export function compareMeans(sumA: number, nA: number, sumB: number, nB: number): number {
  return sumA * nB - sumB * nA;
}

/**
 * The 95% confidence interval of a mean from n, Σx and Σx² of whole-number observations:
 * mean ± t(0.975, n−1) · s / √n with the sample standard deviation s (n − 1 in the denominator).
 * null below two observations, where s is undefined.
 *
 * The variance is (n·Σx² − (Σx)²) / (n·(n − 1)); for whole numbers the numerator is an exact
 * integer (no cancellation error) while it stays below 2⁵³, i.e. for any n a person can log
 * (n·Σx² ≤ 100·n² for values in −10…10: exact up to n ≈ 9 million).
 * Bounds are rounded to two decimals and widened if needed so they always contain the rounded mean.
 */
export function meanCi95(n: number, sum: number, sumSquares: number): [number, number] | null {
  if (n < 2) return null;
  const numerator = Math.max(0, n * sumSquares - sum * sum);
  const sd = Math.sqrt(numerator / (n * (n - 1)));
  return ci95FromSd(n, sum, sd);
}

/** Shared by meanCi95 and the reference implementation (which computes s in two passes). */
export function ci95FromSd(n: number, sum: number, sd: number): [number, number] {
  const mean = sum / n;
  const half = (t975(n - 1) * sd) / Math.sqrt(n);
  const shown = roundedMean(sum, n);
  // Rounding three numbers separately could, at a floating-point tie, put the rounded mean a hair
  // outside its rounded interval; the interval is what a reader checks the mean against, so widen it.
  return [Math.min(round2(mean - half), shown), Math.max(round2(mean + half), shown)];
}
