/**
 * Exact sums of floating-point numbers, so that a simulation's means do not depend on how its games were
 * split between workers or in what order the parts were added. Shewchuk's algorithm (the one behind
 * Python's `math.fsum`): the sum is kept exactly as a list of non-overlapping partials, and read as the
 * correctly rounded double of that exact value. Floating-point `+` is not associative; this is.
 */

/** An exact sum: non-overlapping partials, smallest magnitude first. Plain data (it crosses to workers). */
export type ExactSum = number[];

/** Adds a finite `x` to `sum` in place, exactly. */
export function addExact(sum: ExactSum, x: number): void {
  let kept = 0;
  for (let j = 0; j < sum.length; j++) {
    let y = sum[j] ?? 0;
    if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) sum[kept++] = lo;
    x = hi;
  }
  sum.length = kept;
  sum.push(x);
}

/** Adds every partial of `other` to `sum` in place: `sum` then holds the exact total of both. */
export function mergeExact(sum: ExactSum, other: readonly number[]): void {
  for (const x of other) addExact(sum, x);
}

/** The exact sum rounded once to the nearest double (ties to even), whatever its partials. */
export function exactValue(sum: readonly number[]): number {
  let n = sum.length;
  if (n === 0) return 0;
  n--;
  let hi = sum[n] ?? 0;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    n--;
    const y = sum[n] ?? 0;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Half-way cases: the partials below decide which way the rounding of hi + lo goes.
  const below = n > 0 ? (sum[n - 1] ?? 0) : 0;
  if ((lo < 0 && below < 0) || (lo > 0 && below > 0)) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}
