/**
 * 95 % confidence intervals for what a simulation estimates: the chance of an outcome (Wilson's score
 * interval, which stays inside [0, 1] and keeps its coverage near 0 and 1, where the textbook
 * `p ± 1.96·√(p(1−p)/n)` fails) and a mean (the normal interval, `mean ± 1.96·s/√n`).
 */

/** The standard normal's 97.5 % quantile: a two-sided 95 % interval is `± Z95` standard errors. */
export const Z95 = 1.959963984540054;

/** A closed interval `[low, high]`. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * Wilson's 95 % score interval for a proportion: `successes` of `trials`. `[0, 1]` with no trials. The
 * bounds are exactly 0 with no success and exactly 1 when every trial succeeded.
 */
export function wilsonInterval(successes: number, trials: number, z = Z95): Interval {
  if (trials <= 0) return { low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const scale = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / scale;
  const half = (z / scale) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return {
    low: successes <= 0 ? 0 : Math.max(0, centre - half),
    high: successes >= trials ? 1 : Math.min(1, centre + half),
  };
}

/**
 * The normal 95 % interval of a mean from `count` values with the given sample variance: `mean ± z·√(var/n)`.
 * It relies on the central limit theorem (fair from a few dozen games on); with one value it is the point.
 */
export function meanInterval(count: number, mean: number, variance: number, z = Z95): Interval {
  if (count <= 1 || variance <= 0) return { low: mean, high: mean };
  const half = z * Math.sqrt(variance / count);
  return { low: mean - half, high: mean + half };
}

/**
 * The sample variance (divisor `n − 1`) from the exact sum and sum of squares of `count` values; 0 when
 * every value was the same (`min === max`), so that rounding never turns a constant into a tiny spread.
 */
export function sampleVariance(
  count: number,
  sum: number,
  sumOfSquares: number,
  min: number,
  max: number,
): number {
  if (count <= 1 || min === max) return 0;
  return Math.max(0, (sumOfSquares - (sum * sum) / count) / (count - 1));
}
