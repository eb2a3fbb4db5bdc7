import {
  checkPoints,
  type PointsError,
  type UtilityPoints,
  type UtilityVector,
  type WorkMeter,
} from "./frontier.js";
import { err, ok, type Result } from "./result.js";

/**
 * Bargaining over a finite set of points of utility space: the Pareto frontier (from `frontier.ts`), the
 * Nash and Kalai–Smorodinsky solutions and maximum welfare. Plain arrays only (a point is one utility per
 * actor, a point's index its position), no scenario types, so that the analytics and the rules share it.
 * Ties always go to the lower index, so every answer is deterministic.
 */

export {
  type BadOption,
  checkCount,
  dominates,
  type FlatPoints,
  MAX_DOMINANCE_TESTS,
  MAX_FRONTIER,
  type ParetoOptions,
  type PointsError,
  paretoIndexes,
  type UtilityPoints,
  type UtilityVector,
  type WorkMeter,
} from "./frontier.js";

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

/** Why a bargaining computation could not be made. Plain data. */
export type BargainingError =
  | PointsError
  | { readonly code: "no-points"; readonly message: string }
  | {
      readonly code: "no-individually-rational-point";
      readonly message: string;
      /** Axes (actor positions) that no candidate brings up to the disagreement point, even alone. */
      readonly belowDisagreement: readonly number[];
    };

/** The sum of a point's utilities, rounded: its social welfare. */
export function welfareOf(point: ArrayLike<number>): number {
  let sum = 0;
  for (let a = 0; a < point.length; a++) sum += point[a] ?? 0;
  return roundUtility(sum);
}

/** A candidate and its utilities. */
interface Row {
  readonly index: number;
  readonly u: UtilityVector;
}

/** The candidates (default: every point), checked, each with its utilities. */
function rows(
  points: UtilityPoints,
  candidates: readonly number[] | undefined,
  meter: WorkMeter,
): Result<Row[], BargainingError> {
  const checked = checkPoints(points, candidates, meter);
  if (!checked.ok) return checked;
  const { k, ids, data } = checked.value;
  const out = Array.from(ids, (index, c) => ({ index, u: Array.from(data.subarray(c * k, c * k + k)) }));
  return out.length > 0 ? ok(out) : err({ code: "no-points", message: "there are no points" });
}

/** Each axis's gain over the disagreement point, rounded. */
function gainsOf(point: UtilityVector, disagreement: UtilityVector): number[] {
  return point.map((u, a) => roundUtility(u - (disagreement[a] ?? 0)));
}

/** The candidates where every gain is at least 0, or why there are none. */
function rational(
  points: UtilityPoints,
  disagreement: UtilityVector,
  candidates: readonly number[] | undefined,
  meter: WorkMeter,
): Result<Row[], BargainingError> {
  const all = rows(points, candidates, meter);
  if (!all.ok) return all;
  const feasible = all.value.filter((p) => gainsOf(p.u, disagreement).every((g) => g >= 0));
  if (feasible.length > 0) return ok(feasible);
  const below = disagreement
    .map((d, a) => (all.value.some((p) => (p.u[a] ?? 0) >= d) ? -1 : a))
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

/** The best row by `score`, then by welfare, then by lower index. */
function best(
  candidates: readonly Row[],
  score: (p: Row) => number,
  meter: WorkMeter,
): { row: Row; score: number; welfare: number } {
  let top: { row: Row; score: number; welfare: number } | undefined;
  for (const p of candidates) {
    const s = score(p);
    const w = welfareOf(p.u);
    if (
      top === undefined ||
      s > top.score ||
      (s === top.score && (w > top.welfare || (w === top.welfare && p.index < top.row.index)))
    ) {
      top = { row: p, score: s, welfare: w };
    }
  }
  meter.steps += candidates.length;
  // Callers pass at least one row.
  return top ?? { row: { index: -1, u: [] }, score: Number.NaN, welfare: Number.NaN };
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
  points: UtilityPoints,
  disagreement: UtilityVector,
  candidates?: readonly number[],
  meter: WorkMeter = { steps: 0 },
): Result<NashSolution, BargainingError> {
  const feasible = rational(points, disagreement, candidates, meter);
  if (!feasible.ok) return feasible;
  const product = (p: Row) => roundUtility(gainsOf(p.u, disagreement).reduce((x, g) => x * g, 1));
  const top = best(feasible.value, product, meter);
  return ok({
    index: top.row.index,
    gains: gainsOf(top.row.u, disagreement),
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
  points: UtilityPoints,
  disagreement: UtilityVector,
  candidates?: readonly number[],
  meter: WorkMeter = { steps: 0 },
): Result<KalaiSmorodinskySolution, BargainingError> {
  const feasible = rational(points, disagreement, candidates, meter);
  if (!feasible.ok) return feasible;
  const ideal = disagreement.map((_, a) =>
    feasible.value.reduce((top, p) => Math.max(top, p.u[a] ?? 0), Number.NEGATIVE_INFINITY),
  );
  const ratios = (p: Row) =>
    gainsOf(p.u, disagreement).map((g, a) => {
      const range = (ideal[a] ?? 0) - (disagreement[a] ?? 0);
      return range > 0 ? roundUtility(g / range) : 1;
    });
  const top = best(feasible.value, (p) => Math.min(...ratios(p)), meter);
  return ok({
    index: top.row.index,
    ideal,
    gains: gainsOf(top.row.u, disagreement),
    ratios: ratios(top.row),
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
  points: UtilityPoints,
  candidates?: readonly number[],
  meter: WorkMeter = { steps: 0 },
): Result<WelfareSolution, BargainingError> {
  const all = rows(points, candidates, meter);
  if (!all.ok) return all;
  const top = best(all.value, (p) => welfareOf(p.u), meter);
  return ok({ index: top.row.index, welfare: top.welfare });
}
