import type { WorkMeter } from "./limits.js";

/**
 * "Did you mean …?" suggestions for scenario problems: the closest known name to a misspelt one, by edit
 * distance (insertions, deletions, substitutions and swaps of two neighbouring letters; case ignored).
 */

/** Words longer than this are not compared: no id or field name is that long, and it keeps the work small. */
const MAX_WORD = 80;
/** With more candidates than this a suggestion is skipped rather than computed. */
const MAX_CANDIDATES = 1000;

/** How many edits a word of this length may be away from a suggestion. */
function allowedEdits(length: number): number {
  if (length <= 3) return 1;
  if (length <= 6) return 2;
  return 3;
}

/**
 * The optimal-string-alignment distance between `a` and `b`: the fewest insertions, deletions,
 * substitutions and swaps of adjacent characters that turn one into the other. Returns `limit + 1` once the
 * distance is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  return boundedDistance(a, b, limit, { steps: 0 });
}

/**
 * `editDistance`, computing only the cells of the table within `limit` of its diagonal (a path through any
 * other cell already costs more than `limit`), so that a comparison costs `length × (2 · limit + 1)` cells
 * at most. Adds the cells computed to `meter`.
 */
function boundedDistance(a: string, b: string, limit: number, meter: WorkMeter): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  const band = Number.isFinite(limit) ? limit : Math.max(n, m);
  const beyond = band + 1;
  // Three rows of the table, rotated; cells outside the band hold `beyond`.
  let beforePrevious: number[] = new Array<number>(m + 1).fill(beyond);
  let previous: number[] = new Array<number>(m + 1).fill(beyond);
  let current: number[] = new Array<number>(m + 1).fill(beyond);
  for (let j = 0; j <= Math.min(m, band); j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(m, i + band);
    current[lo - 1] = lo === 1 ? i : beyond;
    let rowMin = lo === 1 ? i : beyond;
    for (let j = lo; j <= hi; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? beyond) + 1, (current[j - 1] ?? beyond) + 1);
      value = Math.min(value, (previous[j - 1] ?? beyond) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? beyond) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (hi < m) current[hi + 1] = beyond;
    meter.steps += hi - lo + 1;
    if (rowMin > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  const distance = previous[m] ?? beyond;
  return distance > limit ? limit + 1 : distance;
}

/**
 * The candidate closest to `word`, if one is close enough to be a likely typo (case is ignored; on a tie the
 * first candidate wins). Returns `undefined` when nothing is close, or when `word` is itself a candidate.
 * Adds its work to `meter` when given one.
 */
export function closestMatch(
  word: string,
  candidates: Iterable<string>,
  meter: WorkMeter = { steps: 0 },
): string | undefined {
  if (word.length === 0 || word.length > MAX_WORD) return undefined;
  const target = word.toLowerCase();
  const limit = allowedEdits(word.length);
  let best: string | undefined;
  let bestDistance = limit + 1;
  let seen = 0;
  for (const candidate of candidates) {
    meter.steps++;
    if (++seen > MAX_CANDIDATES) return undefined;
    if (candidate === word) return undefined;
    if (candidate.length === 0 || candidate.length > MAX_WORD) continue;
    const distance = boundedDistance(target, candidate.toLowerCase(), bestDistance - 1, meter);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `; did you mean "x"?` for the closest candidate, or the empty string. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? "" : `; did you mean "${suggestion}"?`;
}
