import { err, ok, type Result } from "./result.js";

/**
 * Bargaining over a finite set of points of utility space: the Pareto frontier, the Nash and
 * Kalai–Smorodinsky solutions and maximum welfare. Plain arrays only (a point is one utility per actor, a
 * point's index its position in the array), no scenario types, so that the analytics and the rules share it.
 * Ties always go to the lower index, so every answer is deterministic.
 */

/** Utilities are compared and reported rounded to this many decimal places (see {@link roundUtility}). */
export const UTILITY_DECIMALS = 12;

const SCALE = 10 ** UTILITY_DECIMALS;

/**
 * Rounds a utility to {@link UTILITY_DECIMALS} places, so that sums equal in exact arithmetic compare
 * equal (0.25 × 0.5 + 0.75 × 0.1 is 0.2, not 0.20000000000000004) and reservation values written as short
 * decimals are met exactly. Idempotent.
 */
export function roundUtility(u: number): number {
  return Math.round(u * SCALE) / SCALE + 0;
}

/** Counts loop steps (comparisons, tree and scan steps) so that tests can check how work grows. */
export interface WorkMeter {
  steps: number;
}

/** The most points a frontier may hold: the default and the hard cap of `maxFrontier`. */
export const MAX_FRONTIER = 10_000;

/**
 * With four or more actors the frontier is found by comparing each point with the frontier found so far,
 * so the frontier is further capped at this number of comparisons divided by the number of points compared
 * (see {@link frontierLimit}).
 */
export const MAX_DOMINANCE_TESTS = 50_000_000;

/** A numeric option out of its range. */
export interface BadOption {
  readonly code: "bad-option";
  readonly message: string;
  /** The option's name. */
  readonly option: string;
}

/** Why a bargaining computation could not be made. Plain data. */
export type BargainingError =
  | {
      readonly code: "bad-points";
      readonly message: string;
      /** The first offending point. */
      readonly index: number;
    }
  | BadOption
  | {
      readonly code: "frontier-too-large";
      readonly message: string;
      /** The most frontier points allowed for this many points and actors. */
      readonly limit: number;
    }
  | { readonly code: "no-points"; readonly message: string }
  | {
      readonly code: "no-individually-rational-point";
      readonly message: string;
      /** Axes (actor positions) that no candidate brings up to the disagreement point, even alone. */
      readonly belowDisagreement: readonly number[];
    };

/** A point of utility space: one utility per actor. */
export type UtilityVector = readonly number[];

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

/** The sum of a point's utilities, rounded: its social welfare. */
export function welfareOf(point: UtilityVector): number {
  let sum = 0;
  for (const u of point) sum += u;
  return roundUtility(sum);
}

/**
 * The most frontier points {@link paretoIndexes} accepts when `points` points of `actors` actors are left
 * to compare: `maxFrontier`, and with four or more actors also ⌊{@link MAX_DOMINANCE_TESTS} / points⌋ (at
 * least 1), which bounds its work. With every point left it is the lowest cap an enumeration can meet, so
 * callers can state it up front.
 */
export function frontierLimit(points: number, actors: number, maxFrontier: number = MAX_FRONTIER): number {
  if (actors < 4) return maxFrontier;
  return Math.max(1, Math.min(maxFrontier, Math.floor(MAX_DOMINANCE_TESTS / Math.max(1, points))));
}

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

/** Options of {@link paretoIndexes}. */
export interface ParetoOptions {
  /** The points to consider, by index (default: all). */
  readonly candidates?: readonly number[];
  /** Refuse (`frontier-too-large`) beyond this many frontier points (default and cap {@link MAX_FRONTIER}). */
  readonly maxFrontier?: number;
  /** Counts the work done. */
  readonly meter?: WorkMeter;
}

function checkPoints(
  points: readonly UtilityVector[],
  candidates: readonly number[],
  meter: WorkMeter,
): Result<number, BargainingError> {
  const first = candidates[0];
  const k = first === undefined ? 0 : (points[first]?.length ?? 0);
  for (const i of candidates) {
    const p = points[i];
    let finite = p !== undefined && p.length === k;
    for (let a = 0; finite && a < k; a++) finite = Number.isFinite(p?.[a]);
    if (!finite) {
      return err({
        code: "bad-points",
        message: `point ${i} is not a list of ${k} finite utilities`,
        index: i,
      });
    }
  }
  meter.steps += candidates.length;
  return ok(k);
}

/** The most pivots {@link withoutDominated} uses: its work is O(n × pivots × k). */
const PIVOTS = 8;

/**
 * Drops the candidates that one of a few pivots dominates: the candidates maximising a weighted sum of
 * the utilities, all weights 1, or 3 on one of the first axes and 1 on the others. Exact (a dominated point
 * is never on the frontier, whoever dominates it) and linear, it leaves few points to sort when the frontier
 * is small.
 */
function withoutDominated(
  points: readonly UtilityVector[],
  candidates: readonly number[],
  k: number,
  meter: WorkMeter,
): number[] {
  const pivots: UtilityVector[] = [];
  for (let w = 0; w < Math.min(PIVOTS, k + 1); w++) {
    let top: UtilityVector | undefined;
    let topSum = Number.NEGATIVE_INFINITY;
    for (const i of candidates) {
      const p = points[i] ?? [];
      let sum = 0;
      for (let a = 0; a < k; a++) sum += (a === w - 1 ? 3 : 1) * (p[a] ?? 0);
      if (sum > topSum) {
        top = p;
        topSum = sum;
      }
    }
    if (top !== undefined) pivots.push(top);
  }
  meter.steps += candidates.length * 2 * pivots.length;
  const survivors: number[] = [];
  for (const i of candidates) {
    const p = points[i] ?? [];
    let dominated = false;
    for (let v = 0; v < pivots.length && !dominated; v++) dominated = dominates(pivots[v] ?? [], p);
    if (!dominated) survivors.push(i);
  }
  return survivors;
}

/** 0, 1, …, n − 1. */
function identity(n: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(n);
  for (let c = 0; c < n; c++) out[c] = c;
  return out;
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
    for (let at = 0; at < n; at++) {
      const c = order[at] ?? 0;
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

/**
 * Each point's rank on each axis, 0 for the best utility, equal utilities equal ranks: `ranks[c]` for the
 * c-th survivor. O(k × n).
 */
function rankAxes(
  points: readonly UtilityVector[],
  survivors: readonly number[],
  k: number,
  meter: WorkMeter,
) {
  const n = survivors.length;
  return Array.from({ length: k }, (_, a) => {
    const values = new Float64Array(n);
    for (let c = 0; c < n; c++) values[c] = points[survivors[c] ?? 0]?.[a] ?? 0;
    const ranks = new Int32Array(n);
    let distinct = 0;
    let previous = Number.NaN;
    const order = descendingOrder(values, meter);
    for (let at = 0; at < n; at++) {
      const c = order[at] ?? 0;
      const u = values[c] ?? 0;
      if (u !== previous) distinct++;
      previous = u;
      ranks[c] = distinct - 1;
    }
    meter.steps += n;
    return { ranks, distinct };
  });
}

/**
 * The points in descending lexicographic order, by position, so that a point's dominators all come before
 * it: a stable counting sort by each axis's rank, last axis first. O(k × n).
 */
function lexicographicOrder(
  axes: readonly { ranks: Int32Array; distinct: number }[],
  n: number,
  meter: WorkMeter,
) {
  let order = identity(n);
  for (let a = axes.length - 1; a >= 0; a--) {
    const { ranks, distinct } = axes[a] ?? { ranks: new Int32Array(n), distinct: 1 };
    const start = new Int32Array(distinct + 1);
    for (let c = 0; c < n; c++) {
      const slot = (ranks[c] ?? 0) + 1;
      start[slot] = (start[slot] ?? 0) + 1;
    }
    for (let r = 0; r < distinct; r++) start[r + 1] = (start[r + 1] ?? 0) + (start[r] ?? 0);
    const next = new Int32Array(n);
    for (let from = 0; from < n; from++) {
      const c = order[from] ?? 0;
      const rank = ranks[c] ?? 0;
      const to = start[rank] ?? 0;
      next[to] = c;
      start[rank] = to + 1;
    }
    order = next;
    meter.steps += 3 * n + distinct;
  }
  return order;
}

/**
 * Answers "is some point already kept at least as good on every axis after the first?" for points visited
 * in descending lexicographic order (so the first axis is already at least as good), by position, on ranks
 * (lower is better).
 */
interface DominanceIndex {
  covers(c: number): boolean;
  add(c: number): void;
}

/** One or no axis: any point kept comes before, so it is better on the first axis. */
function anyKept(): DominanceIndex {
  let kept = false;
  return {
    covers: () => kept,
    add: () => {
      kept = true;
    },
  };
}

/** Two axes: the best second rank kept. */
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
 * Three axes: a Fenwick tree over the second rank holding the best third rank kept, so each question and
 * each addition costs O(log n).
 */
function staircase(
  second: { ranks: Int32Array; distinct: number },
  third: Int32Array,
  meter: WorkMeter,
): DominanceIndex {
  const tree = new Int32Array(second.distinct + 1).fill(2 ** 31 - 1);
  return {
    covers: (c) => {
      let best = 2 ** 31 - 1;
      for (let r = (second.ranks[c] ?? 0) + 1; r > 0; r -= r & -r) {
        meter.steps++;
        best = Math.min(best, tree[r] ?? best);
      }
      return best <= (third[c] ?? 0);
    },
    add: (c) => {
      const rank = third[c] ?? 0;
      for (let r = (second.ranks[c] ?? 0) + 1; r < tree.length; r += r & -r) {
        meter.steps++;
        tree[r] = Math.min(tree[r] ?? rank, rank);
      }
    },
  };
}

/** Four or more axes: compare with every point kept (at most the frontier cap of them). */
function scan(axes: readonly { ranks: Int32Array }[], meter: WorkMeter): DominanceIndex {
  const kept: number[] = [];
  return {
    covers: (c) => {
      for (const q of kept) {
        meter.steps++;
        let all = true;
        for (let a = 1; a < axes.length && all; a++) {
          const ranks = axes[a]?.ranks;
          all = (ranks?.[q] ?? 0) <= (ranks?.[c] ?? 0);
        }
        if (all) return true;
      }
      return false;
    },
    add: (c) => {
      kept.push(c);
    },
  };
}

/**
 * The Pareto frontier of a set of points: the indexes (ascending) of the candidates that no other candidate
 * dominates. Equal points do not dominate each other, so all of them are kept.
 *
 * A linear pass first drops the points that one of a few pivots dominates (see `withoutDominated`). The
 * n points left are ranked on each axis and sorted in descending lexicographic order of their ranks, where a
 * point's dominators all come before it; equal points are taken together; a group is on the frontier unless
 * a frontier point already kept is at least as good on every axis. With k actors that question costs O(1)
 * for k ≤ 2, O(log n) for k = 3 (a Fenwick tree) and a scan of the frontier kept for k ≥ 4. Time O(N × k) for
 * the N candidates, plus O(n log n × k) for k ≤ 3 and O(n log n × k + n × F × k) for k ≥ 4 (F frontier
 * points); memory O(N + n × k). Refuses with `frontier-too-large` as soon as the frontier passes
 * {@link frontierLimit} (so for k ≥ 4, n × F ≤ {@link MAX_DOMINANCE_TESTS}), and with `bad-points` when the
 * points are not all lists of the same number of finite utilities.
 */
export function paretoIndexes(
  points: readonly UtilityVector[],
  options: ParetoOptions = {},
): Result<number[], BargainingError> {
  const meter = options.meter ?? { steps: 0 };
  const max = checkCount("maxFrontier", options.maxFrontier ?? MAX_FRONTIER, MAX_FRONTIER);
  if (!max.ok) return max;
  const candidates = options.candidates ?? points.map((_, i) => i);
  const checked = checkPoints(points, candidates, meter);
  if (!checked.ok) return checked;
  const k = checked.value;
  const survivors = withoutDominated(points, candidates, k, meter);
  const n = survivors.length;
  const limit = frontierLimit(n, k, max.value);
  const axes = rankAxes(points, survivors, k, meter);
  const order = lexicographicOrder(axes, n, meter);
  const second = axes[1] ?? { ranks: new Int32Array(n), distinct: 1 };
  const index =
    k <= 1
      ? anyKept()
      : k === 2
        ? bestSecond(second.ranks)
        : k === 3
          ? staircase(second, axes[2]?.ranks ?? new Int32Array(n), meter)
          : scan(axes, meter);
  const same = (x: number, y: number) => axes.every(({ ranks }) => ranks[x] === ranks[y]);
  const frontier: number[] = [];
  let start = 0;
  while (start < n) {
    const head = order[start] ?? 0;
    let end = start + 1;
    while (end < n && same(order[end] ?? 0, head)) end++;
    meter.steps += end - start;
    if (!index.covers(head)) {
      for (let g = start; g < end; g++) frontier.push(survivors[order[g] ?? 0] ?? 0);
      if (frontier.length > limit) {
        return err({
          code: "frontier-too-large",
          message: `the Pareto frontier has more than ${limit} points (the limit for ${k} actors and ${n} points to compare)`,
          limit,
        });
      }
      index.add(head);
    }
    start = end;
  }
  return ok(frontier.sort((a, b) => a - b));
}

/** Each axis's gain over the disagreement point, rounded. */
function gainsOf(point: UtilityVector, disagreement: UtilityVector): number[] {
  return point.map((u, a) => roundUtility(u - (disagreement[a] ?? 0)));
}

/** The candidates where every gain is at least 0, or why there are none. */
function rational(
  points: readonly UtilityVector[],
  disagreement: UtilityVector,
  candidates: readonly number[],
  meter: WorkMeter,
): Result<number[], BargainingError> {
  const checked = checkPoints(points, candidates, meter);
  if (!checked.ok) return checked;
  if (candidates.length === 0) return err({ code: "no-points", message: "there are no points" });
  const feasible = candidates.filter((i) => gainsOf(points[i] ?? [], disagreement).every((g) => g >= 0));
  if (feasible.length > 0) return ok(feasible);
  const below = disagreement
    .map((d, a) => (candidates.some((i) => (points[i]?.[a] ?? 0) >= d) ? -1 : a))
    .filter((a) => a >= 0);
  return err({
    code: "no-individually-rational-point",
    message:
      below.length > 0
        ? "some actor reaches its disagreement value at no point"
        : "each actor can reach its disagreement value, but not all of them at the same point",
    belowDisagreement: below,
  });
}

/** The best candidate by `score`, then by welfare, then by lower index. */
function best(
  points: readonly UtilityVector[],
  candidates: readonly number[],
  score: (i: number) => number,
  meter: WorkMeter,
): { index: number; score: number; welfare: number } {
  let top = { index: -1, score: Number.NEGATIVE_INFINITY, welfare: Number.NEGATIVE_INFINITY };
  for (const i of candidates) {
    meter.steps++;
    const s = score(i);
    const w = welfareOf(points[i] ?? []);
    if (
      top.index < 0 ||
      s > top.score ||
      (s === top.score && (w > top.welfare || (w === top.welfare && i < top.index)))
    ) {
      top = { index: i, score: s, welfare: w };
    }
  }
  return top;
}

/** The Nash bargaining solution: see {@link nashIndex}. */
export interface NashSolution {
  /** The index of the point chosen. */
  readonly index: number;
  /** Its utility minus the disagreement point, per axis, rounded; all ≥ 0. */
  readonly gains: readonly number[];
  /** The product of the gains, rounded: the quantity maximised. */
  readonly product: number;
  /** The sum of its utilities, rounded. */
  readonly welfare: number;
}

/**
 * The Nash bargaining solution: among the candidates (default: all points) whose every gain over the
 * disagreement point is ≥ 0, the one maximising the product of the gains; ties go to the greater welfare,
 * then to the lower index. The point chosen is on the Pareto frontier, so passing the frontier's indexes as
 * candidates gives the same answer faster. Time O(n × k).
 */
export function nashIndex(
  points: readonly UtilityVector[],
  disagreement: UtilityVector,
  candidates: readonly number[] = points.map((_, i) => i),
  meter: WorkMeter = { steps: 0 },
): Result<NashSolution, BargainingError> {
  const feasible = rational(points, disagreement, candidates, meter);
  if (!feasible.ok) return feasible;
  const product = (i: number) =>
    roundUtility(gainsOf(points[i] ?? [], disagreement).reduce((x, g) => x * g, 1));
  const top = best(points, feasible.value, product, meter);
  return ok({
    index: top.index,
    gains: gainsOf(points[top.index] ?? [], disagreement),
    product: top.score,
    welfare: top.welfare,
  });
}

/** The Kalai–Smorodinsky solution: see {@link kalaiSmorodinskyIndex}. */
export interface KalaiSmorodinskySolution {
  /** The index of the point chosen. */
  readonly index: number;
  /** Per axis, the best utility among the candidates giving every axis at least its disagreement value. */
  readonly ideal: readonly number[];
  /** Its utility minus the disagreement point, per axis, rounded; all ≥ 0. */
  readonly gains: readonly number[];
  /** gain / (ideal − disagreement) per axis, rounded; 1 where the ideal is the disagreement value. */
  readonly ratios: readonly number[];
  /** The smallest ratio: the quantity maximised. */
  readonly minRatio: number;
  /** The sum of its utilities, rounded. */
  readonly welfare: number;
}

/**
 * The Kalai–Smorodinsky solution: with the ideal point the best utility of each axis among the candidates
 * (default: all points) that give every axis at least its disagreement value, the one of those candidates
 * maximising the smallest relative gain (u − d) / (ideal − d); ties go to the greater welfare, then to the
 * lower index. On the Pareto frontier, like {@link nashIndex}. Time O(n × k).
 */
export function kalaiSmorodinskyIndex(
  points: readonly UtilityVector[],
  disagreement: UtilityVector,
  candidates: readonly number[] = points.map((_, i) => i),
  meter: WorkMeter = { steps: 0 },
): Result<KalaiSmorodinskySolution, BargainingError> {
  const feasible = rational(points, disagreement, candidates, meter);
  if (!feasible.ok) return feasible;
  const ideal = disagreement.map((_, a) =>
    feasible.value.reduce((top, i) => Math.max(top, points[i]?.[a] ?? 0), Number.NEGATIVE_INFINITY),
  );
  const ratios = (i: number) =>
    gainsOf(points[i] ?? [], disagreement).map((g, a) => {
      const range = (ideal[a] ?? 0) - (disagreement[a] ?? 0);
      return range > 0 ? roundUtility(g / range) : 1;
    });
  const top = best(points, feasible.value, (i) => Math.min(...ratios(i)), meter);
  return ok({
    index: top.index,
    ideal,
    gains: gainsOf(points[top.index] ?? [], disagreement),
    ratios: ratios(top.index),
    minRatio: top.score,
    welfare: top.welfare,
  });
}

/** The point of greatest welfare: see {@link maxWelfareIndex}. */
export interface WelfareSolution {
  /** The index of the point chosen. */
  readonly index: number;
  /** The sum of its utilities, rounded. */
  readonly welfare: number;
}

/**
 * The candidate (default: all points) with the greatest sum of utilities, ties to the lower index. It is
 * never dominated. Time O(n × k).
 */
export function maxWelfareIndex(
  points: readonly UtilityVector[],
  candidates: readonly number[] = points.map((_, i) => i),
  meter: WorkMeter = { steps: 0 },
): Result<WelfareSolution, BargainingError> {
  const checked = checkPoints(points, candidates, meter);
  if (!checked.ok) return checked;
  if (candidates.length === 0) return err({ code: "no-points", message: "there are no points" });
  const top = best(points, candidates, (i) => welfareOf(points[i] ?? []), meter);
  return ok({ index: top.index, welfare: top.welfare });
}
