import { err, ok, type Result } from "./result.js";

/**
 * The Pareto frontier of a finite set of points of utility space, with bounded work. Plain arrays, no
 * scenario types; `bargaining.ts` re-exports it beside the bargaining solutions.
 */

/** A point of utility space: one utility per actor. */
export type UtilityVector = readonly number[];

/** Points stored flat: point i's utilities are `data[i × k]` to `data[i × k + k − 1]`. */
export interface FlatPoints {
  /** Utilities per point (actors). */
  readonly k: number;
  readonly data: Float64Array;
}

/** n points of k utilities each: a list of vectors, or one flat array (cheaper for millions of points). */
export type UtilityPoints = readonly UtilityVector[] | FlatPoints;

/** Counts loop steps (comparisons, passes, tree and scan steps) so that tests can check how work grows. */
export interface WorkMeter {
  steps: number;
}

/** The most points a frontier may hold: the default and the hard cap of `maxFrontier`. */
export const MAX_FRONTIER = 10_000;

/**
 * With four or more actors each point is compared with the frontier points found so far; more comparisons
 * than this are refused (`too-much-work`).
 */
export const MAX_DOMINANCE_TESTS = 50_000_000;

/** A numeric option out of its range. */
export interface BadOption {
  readonly code: "bad-option";
  readonly message: string;
  /** The option's name. */
  readonly option: string;
}

/** Why a set of points or its frontier was refused. Plain data. */
export type PointsError =
  | BadOption
  | {
      readonly code: "bad-points";
      readonly message: string;
      /** The first offending point. */
      readonly index: number;
    }
  | {
      readonly code: "frontier-too-large";
      readonly message: string;
      /** `maxFrontier`. */
      readonly limit: number;
    }
  | {
      readonly code: "too-much-work";
      readonly message: string;
      /** {@link MAX_DOMINANCE_TESTS}. */
      readonly limit: number;
    };

/**
 * Checks that a count option is a whole number from 1 to `cap`; NaN, infinities, fractions, zero and
 * negative numbers are refused.
 */
export function checkCount(name: string, value: number, cap: number): Result<number, BadOption> {
  if (Number.isInteger(value) && value >= 1 && value <= cap) return ok(value);
  return err({
    code: "bad-option",
    message: `${name} must be a whole number from 1 to ${cap}, not ${String(value)}`,
    option: name,
  });
}

/** True when `a` Pareto-dominates `b`: at least as good for everyone, better for someone. */
export function dominates(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  let better = false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x < y) return false;
    if (x > y) better = true;
  }
  return better;
}

/** The points that count, flat, with their indexes, after checking every one is k finite utilities. */
export interface Checked {
  readonly k: number;
  /** Their indexes, in the order given. */
  readonly ids: Int32Array;
  /** Their utilities, flat, in the same order. */
  readonly data: Float64Array;
}

/** Copies the candidates (default: every point) flat, or says which point is not k finite utilities. */
export function checkPoints(
  points: UtilityPoints,
  candidates: readonly number[] | undefined,
  meter: WorkMeter,
): Result<Checked, PointsError> {
  const flat = "data" in points;
  const count = flat ? Math.floor(points.data.length / Math.max(1, points.k)) : points.length;
  const n = candidates?.length ?? count;
  const ids = new Int32Array(n);
  const k = flat ? points.k : (points[candidates?.[0] ?? 0]?.length ?? 0);
  const data = new Float64Array(n * k);
  for (let c = 0; c < n; c++) {
    const i = candidates?.[c] ?? c;
    ids[c] = i;
    const row = flat ? undefined : points[i];
    let fine = Number.isInteger(i) && i >= 0 && i < count && (flat || row?.length === k);
    for (let a = 0; fine && a < k; a++) {
      const u = flat ? (points.data[i * k + a] ?? Number.NaN) : (row?.[a] ?? Number.NaN);
      data[c * k + a] = u;
      fine = Number.isFinite(u);
    }
    if (!fine) {
      return err({
        code: "bad-points",
        message: `point ${i} is not a list of ${k} finite utilities`,
        index: i,
      });
    }
  }
  meter.steps += n * (k + 1);
  return ok({ k, ids, data });
}

/** The most pivots {@link withoutDominated} uses: its work is O(n × pivots × k). */
const PIVOTS = 8;

/**
 * The positions of the points that none of a few pivots dominates. The pivots are the points maximising
 * a weighted sum of the utilities (all weights 1, or 3 on one of the first axes and 1 on the others).
 * Exact (a dominated point is never on the frontier, whoever dominates it) and linear, it leaves few points
 * to sort when the frontier is small.
 */
function withoutDominated(points: Checked, meter: WorkMeter): Int32Array {
  const { k, data } = points;
  const n = points.ids.length;
  const pivots: number[] = [];
  for (let w = 0; w < Math.min(PIVOTS, k + 1) && n > 0; w++) {
    let top = 0;
    let topSum = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < n; c++) {
      let sum = 0;
      for (let a = 0; a < k; a++) sum += (a === w - 1 ? 3 : 1) * (data[c * k + a] ?? 0);
      if (sum > topSum) {
        top = c;
        topSum = sum;
      }
    }
    pivots.push(top);
  }
  const kept = new Int32Array(n);
  let size = 0;
  for (let c = 0; c < n; c++) {
    let dominated = false;
    for (let v = 0; v < pivots.length && !dominated; v++) {
      const p = pivots[v] ?? 0;
      let better = false;
      let worse = false;
      for (let a = 0; a < k && !worse; a++) {
        const x = data[p * k + a] ?? 0;
        const y = data[c * k + a] ?? 0;
        if (x < y) worse = true;
        else if (x > y) better = true;
      }
      dominated = better && !worse;
    }
    if (!dominated) kept[size++] = c;
  }
  meter.steps += n * 2 * pivots.length;
  return kept.slice(0, size);
}

/** Bits per digit of the radix sort: eight passes over a 64-bit float, 256 buckets each. */
const DIGIT = 8;

/**
 * The positions of `values` in descending order, equal values by ascending position: a least-significant
 * digit radix sort of the floats' bits (flipped so that their unsigned order is the numbers' order).
 * O(n) time in 64 / {@link DIGIT} passes.
 */
function descendingOrder(values: Float64Array, meter: WorkMeter): Int32Array {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const little = new Uint8Array(Float64Array.of(1).buffer)[7] === 0x3f;
  const [low, high] = little ? [0, 1] : [1, 0];
  // Unsigned keys whose ascending order is the values' descending order.
  const keys = new Uint32Array(2 * n);
  for (let c = 0; c < n; c++) {
    const hi = words[2 * c + high] ?? 0;
    const lo = words[2 * c + low] ?? 0;
    const negative = hi >>> 31 === 1;
    keys[2 * c] = negative ? lo : ~lo >>> 0;
    keys[2 * c + 1] = negative ? hi : ~(hi | 0x80000000) >>> 0;
  }
  let order = identity(n);
  let next = new Int32Array(n);
  const count = new Int32Array((1 << DIGIT) + 1);
  const mask = (1 << DIGIT) - 1;
  for (let pass = 0; pass < 64 / DIGIT; pass++) {
    const word = pass < 32 / DIGIT ? 0 : 1;
    const shift = (pass % (32 / DIGIT)) * DIGIT;
    count.fill(0);
    for (let c = 0; c < n; c++) {
      const d = (((keys[2 * c + word] ?? 0) >>> shift) & mask) + 1;
      count[d] = (count[d] ?? 0) + 1;
    }
    for (let d = 0; d < 1 << DIGIT; d++) count[d + 1] = (count[d + 1] ?? 0) + (count[d] ?? 0);
    for (let from = 0; from < n; from++) {
      const c = order[from] ?? 0;
      const d = ((keys[2 * c + word] ?? 0) >>> shift) & mask;
      const to = count[d] ?? 0;
      next[to] = c;
      count[d] = to + 1;
    }
    [order, next] = [next, order];
    meter.steps += 3 * n + (1 << DIGIT);
  }
  return order;
}

/** 0, 1, …, n − 1. */
function identity(n: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(n);
  for (let c = 0; c < n; c++) out[c] = c;
  return out;
}

/** Each value's rank, 0 for the greatest, equal values equal ranks. */
interface Ranks {
  readonly ranks: Int32Array;
  readonly distinct: number;
}

function rank(values: Float64Array, meter: WorkMeter): Ranks {
  const n = values.length;
  const order = descendingOrder(values, meter);
  const ranks = new Int32Array(n);
  let distinct = 0;
  let previous = Number.NaN;
  for (let at = 0; at < n; at++) {
    const c = order[at] ?? 0;
    const u = values[c] ?? 0;
    if (u !== previous) distinct++;
    previous = u;
    ranks[c] = distinct - 1;
  }
  meter.steps += n;
  return { ranks, distinct };
}

/** The survivors' utilities, flat, in their order. */
function gather(points: Checked, survivors: Int32Array): Float64Array {
  const { k, data } = points;
  const local = new Float64Array(survivors.length * k);
  for (let c = 0; c < survivors.length; c++) {
    const from = (survivors[c] ?? 0) * k;
    local.set(data.subarray(from, from + k), c * k);
  }
  return local;
}

/** The ranks of the points on each axis. */
function rankAxes(local: Float64Array, n: number, k: number, meter: WorkMeter): Ranks[] {
  return Array.from({ length: k }, (_, a) => {
    const values = new Float64Array(n);
    for (let c = 0; c < n; c++) values[c] = local[c * k + a] ?? 0;
    return rank(values, meter);
  });
}

/** Positions sorted by the keys' ranks, the first key first: stable counting sorts, last key first. O(n). */
function orderBy(keys: readonly Ranks[], n: number, meter: WorkMeter): Int32Array {
  let order = identity(n);
  for (let a = keys.length - 1; a >= 0; a--) {
    const { ranks, distinct } = keys[a] ?? { ranks: new Int32Array(n), distinct: 1 };
    const start = new Int32Array(distinct + 1);
    for (let c = 0; c < n; c++) {
      const slot = (ranks[c] ?? 0) + 1;
      start[slot] = (start[slot] ?? 0) + 1;
    }
    for (let r = 0; r < distinct; r++) start[r + 1] = (start[r + 1] ?? 0) + (start[r] ?? 0);
    const next = new Int32Array(n);
    for (let from = 0; from < n; from++) {
      const c = order[from] ?? 0;
      const r = ranks[c] ?? 0;
      const to = start[r] ?? 0;
      next[to] = c;
      start[r] = to + 1;
    }
    order = next;
    meter.steps += 3 * n + distinct;
  }
  return order;
}

/**
 * Answers "does a point already kept dominate or equal this one?" for points visited in an order where
 * every point's dominators come first, by position, on ranks (lower is better). Null when the comparisons
 * pass their cap.
 */
interface DominanceIndex {
  covers(c: number): boolean | null;
  add(c: number): void;
}

/** One or no axis, in descending order: any point kept is better. */
function anyKept(): DominanceIndex {
  let kept = false;
  return {
    covers: () => kept,
    add: () => {
      kept = true;
    },
  };
}

/** Two axes, in descending lexicographic order: the best second rank kept. */
function bestSecond(second: Int32Array): DominanceIndex {
  let best = Number.POSITIVE_INFINITY;
  return {
    covers: (c) => best <= (second[c] ?? 0),
    add: (c) => {
      best = Math.min(best, second[c] ?? 0);
    },
  };
}

/**
 * Three axes, in descending lexicographic order: a Fenwick tree over the second rank holding the best
 * third rank kept, so each question and each addition costs O(log n).
 */
function staircase(second: Ranks, third: Int32Array, meter: WorkMeter): DominanceIndex {
  const worst = 2 ** 31 - 1;
  const tree = new Int32Array(second.distinct + 1).fill(worst);
  return {
    covers: (c) => {
      let best = worst;
      for (let r = (second.ranks[c] ?? 0) + 1; r > 0; r -= r & -r) {
        meter.steps++;
        best = Math.min(best, tree[r] ?? worst);
      }
      return best <= (third[c] ?? 0);
    },
    add: (c) => {
      const value = third[c] ?? 0;
      for (let r = (second.ranks[c] ?? 0) + 1; r < tree.length; r += r & -r) {
        meter.steps++;
        tree[r] = Math.min(tree[r] ?? worst, value);
      }
    },
  };
}

/**
 * Four or more axes, in descending order of the sum (strong points first, so most points meet a dominator
 * early): compare with every point kept, within {@link MAX_DOMINANCE_TESTS} comparisons.
 */
function scan(local: Float64Array, k: number, meter: WorkMeter): DominanceIndex {
  // The kept points' utilities side by side, so that the scan reads memory in order.
  let kept = new Float64Array(64 * k);
  let size = 0;
  let tests = 0;
  return {
    covers: (c) => {
      let covered = false;
      let q = 0;
      for (; q < size && !covered; q++) {
        covered = true;
        for (let a = 0; a < k && covered; a++) covered = (kept[q * k + a] ?? 0) >= (local[c * k + a] ?? 0);
      }
      tests += q;
      meter.steps += q;
      return tests > MAX_DOMINANCE_TESTS ? null : covered;
    },
    add: (c) => {
      if ((size + 1) * k > kept.length) {
        const grown = new Float64Array(kept.length * 2);
        grown.set(kept);
        kept = grown;
      }
      kept.set(local.subarray(c * k, c * k + k), size * k);
      size++;
    },
  };
}

/** A visiting order in which every point's dominators come first, and the question to ask on the way. */
interface Sweep {
  readonly order: Int32Array;
  readonly index: DominanceIndex;
  /** Whether two points are equal. */
  same(x: number, y: number): boolean;
}

/** Up to three axes: descending lexicographic order of the ranks, and a structure per number of axes. */
function lexicographicSweep(local: Float64Array, n: number, k: number, meter: WorkMeter): Sweep {
  const axes = rankAxes(local, n, k, meter);
  const second = axes[1] ?? { ranks: new Int32Array(n), distinct: 1 };
  return {
    order: orderBy(axes, n, meter),
    index:
      k <= 1
        ? anyKept()
        : k === 2
          ? bestSecond(second.ranks)
          : staircase(second, axes[2]?.ranks ?? new Int32Array(n), meter),
    same: (x, y) => axes.every(({ ranks }) => ranks[x] === ranks[y]),
  };
}

/**
 * Four or more axes: descending order of the sum (float addition is monotone, so a dominator's sum is at
 * least as great), equal sums in descending lexicographic order; then a scan of the points kept.
 */
function sumSweep(local: Float64Array, n: number, k: number, meter: WorkMeter): Sweep {
  const sums = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    let sum = 0;
    for (let a = 0; a < k; a++) sum += local[c * k + a] ?? 0;
    sums[c] = sum;
  }
  const order = descendingOrder(sums, meter);
  const lexicographic = (x: number, y: number) => {
    meter.steps++;
    for (let a = 0; a < k; a++) {
      const d = (local[y * k + a] ?? 0) - (local[x * k + a] ?? 0);
      if (d !== 0) return d;
    }
    return x - y;
  };
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && sums[order[end] ?? 0] === sums[order[start] ?? 0]) end++;
    if (end - start > 1) order.subarray(start, end).sort(lexicographic);
    start = end;
  }
  const same = (x: number, y: number) => {
    for (let a = 0; a < k; a++) if (local[x * k + a] !== local[y * k + a]) return false;
    return true;
  };
  return { order, index: scan(local, k, meter), same };
}

/** Options of {@link paretoIndexes}. */
export interface ParetoOptions {
  /** The points to consider, by index (default: all). */
  readonly candidates?: readonly number[];
  /** Refuse (`frontier-too-large`) beyond this many frontier points (default and cap {@link MAX_FRONTIER}). */
  readonly maxFrontier?: number;
  /** Counts the work done. */
  readonly meter?: WorkMeter;
}

/**
 * The Pareto frontier of a set of points: the indexes (ascending) of the candidates that no other candidate
 * dominates. Equal points do not dominate each other, so all of them are kept.
 *
 * A linear pass first drops the points that one of a few pivots dominates. The n points left are ordered so
 * that a point's dominators all come before it: for k ≤ 3 actors, lexicographically by their ranks on each
 * axis (radix sorts); for k ≥ 4, by their sums (a radix sort; equal sums lexicographically). Equal points
 * are taken together; a group is on the frontier unless a frontier point already kept is at least as good on
 * every axis, a question that costs O(1) for k ≤ 2, O(log n) for k = 3 (a Fenwick tree) and a scan of the
 * frontier kept for k ≥ 4.
 *
 * Time O(N × k) for the N candidates, plus O(n × k + n log n) for k ≤ 3, plus for k ≥ 4 O(n × k) (O(n log n
 * × k) at worst, when many sums are equal) and at most {@link MAX_DOMINANCE_TESTS} comparisons; memory
 * O(N × k). Refuses with `frontier-too-large` as
 * soon as the frontier passes `maxFrontier`, `too-much-work` when the comparisons pass their cap, and
 * `bad-points` when the points are not all lists of the same number of finite utilities.
 */
export function paretoIndexes(
  points: UtilityPoints,
  options: ParetoOptions = {},
): Result<number[], PointsError> {
  const meter = options.meter ?? { steps: 0 };
  const max = checkCount("maxFrontier", options.maxFrontier ?? MAX_FRONTIER, MAX_FRONTIER);
  if (!max.ok) return max;
  const checked = checkPoints(points, options.candidates, meter);
  if (!checked.ok) return checked;
  const { k, ids } = checked.value;
  const survivors = withoutDominated(checked.value, meter);
  const n = survivors.length;
  const local = gather(checked.value, survivors);
  const { order, index, same } = (k <= 3 ? lexicographicSweep : sumSweep)(local, n, k, meter);
  const frontier: number[] = [];
  let start = 0;
  while (start < n) {
    const head = order[start] ?? 0;
    let end = start + 1;
    while (end < n && same(order[end] ?? 0, head)) end++;
    meter.steps += end - start;
    const covered = index.covers(head);
    if (covered === null) {
      return err({
        code: "too-much-work",
        message: `the Pareto frontier of ${k} actors over ${ids.length} points needs more than ${MAX_DOMINANCE_TESTS} comparisons`,
        limit: MAX_DOMINANCE_TESTS,
      });
    }
    if (!covered) {
      for (let g = start; g < end; g++) frontier.push(ids[survivors[order[g] ?? 0] ?? 0] ?? 0);
      if (frontier.length > max.value) {
        return err({
          code: "frontier-too-large",
          message: `the Pareto frontier has more than ${max.value} points`,
          limit: max.value,
        });
      }
      index.add(head);
    }
    start = end;
  }
  return ok(frontier.sort((a, b) => a - b));
}
