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
 * substitutions and swaps of adjacent characters that turn one into the other. Stops early and returns
 * `limit + 1` once the distance is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  let beforePrevious: number[] = new Array<number>(width).fill(0);
  let previous: number[] = Array.from({ length: width }, (_, j) => j);
  let current: number[] = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to `word`, if one is close enough to be a likely typo (case is ignored; on a tie the
 * first candidate wins). Returns `undefined` when nothing is close, or when `word` is itself a candidate.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length === 0 || word.length > MAX_WORD) return undefined;
  const target = word.toLowerCase();
  const limit = allowedEdits(word.length);
  let best: string | undefined;
  let bestDistance = limit + 1;
  let seen = 0;
  for (const candidate of candidates) {
    if (++seen > MAX_CANDIDATES) return undefined;
    if (candidate === word) return undefined;
    if (candidate.length === 0 || candidate.length > MAX_WORD) continue;
    const distance = editDistance(target, candidate.toLowerCase(), bestDistance - 1);
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
