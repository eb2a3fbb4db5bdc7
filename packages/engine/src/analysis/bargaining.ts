import { err, ok, type Result } from "../vocabulary/result.js";
import {
  type AnalysisError,
  type AnalysisOptions,
  type AnalysisScenario,
  buildSpace,
  dominates,
  forEachPackage,
  packageOf,
  roundUtility,
  type ScoredPackage,
  type Space,
  utilityRecord,
} from "./space.js";

/** A package of the frontier, kept as numbers until it is reported. */
export interface FrontierPoint {
  /** Position in the enumeration order. */
  readonly index: number;
  /** The option index chosen for each issue of the space. */
  readonly digits: readonly number[];
  /** Each analysed actor's utility, rounded, in the space's actor order. */
  readonly utilities: readonly number[];
}

/**
 * The Pareto-optimal packages of a space, in enumeration order. One pass over the packages keeps the
 * frontier found so far: a package dominated by a kept one is dropped, otherwise it evicts the kept ones it
 * dominates and joins. Time O(N × F × k) for N packages, F frontier packages and k actors (worst case
 * O(N² × k) when every package is on the frontier); memory O(F × k). Packages with equal utilities do not
 * dominate each other, so all of them are kept.
 */
export function frontierOf(space: Space): FrontierPoint[] {
  let frontier: FrontierPoint[] = [];
  forEachPackage(space, (index, digits, utilities) => {
    let evict = false;
    for (const kept of frontier) {
      if (dominates(kept.utilities, utilities)) return;
      if (!evict && dominates(utilities, kept.utilities)) evict = true;
    }
    // Dominance is transitive, so a package dominated by nothing kept is dominated by nothing seen.
    if (evict) frontier = frontier.filter((kept) => !dominates(utilities, kept.utilities));
    frontier.push({ index, digits: Array.from(digits), utilities: Array.from(utilities) });
  });
  return frontier;
}

/** Reports a frontier point as plain JSON. */
export function scored(space: Space, point: FrontierPoint): ScoredPackage {
  return {
    index: point.index,
    package: packageOf(space, point.digits),
    utilities: utilityRecord(space, point.utilities),
  };
}

function welfareOf(utilities: readonly number[]): number {
  return roundUtility(utilities.reduce((sum, u) => sum + u, 0));
}

/** The Nash bargaining solution: see {@link nashPoint}. */
export interface NashPoint extends ScoredPackage {
  /** The disagreement point: each analysed actor's reservation value. */
  readonly disagreement: Readonly<Record<string, number>>;
  /** Utility minus reservation value, for each analysed actor; all ≥ 0. */
  readonly gains: Readonly<Record<string, number>>;
  /** The product of the gains, rounded like utilities: the quantity maximised. */
  readonly product: number;
  /** The sum of the analysed actors' utilities. */
  readonly welfare: number;
}

/** The Kalai–Smorodinsky solution: see {@link kalaiSmorodinskyPoint}. */
export interface KalaiSmorodinskyPoint extends ScoredPackage {
  /** The disagreement point: each analysed actor's reservation value. */
  readonly disagreement: Readonly<Record<string, number>>;
  /** Each actor's best utility over the packages that give every actor at least its reservation value. */
  readonly ideal: Readonly<Record<string, number>>;
  /** Utility minus reservation value, for each analysed actor; all ≥ 0. */
  readonly gains: Readonly<Record<string, number>>;
  /**
   * gain / (ideal − reservation) for each actor, rounded like utilities; 1 for an actor whose ideal is its
   * reservation value (it gets the same from every such package).
   */
  readonly ratios: Readonly<Record<string, number>>;
  /** The smallest ratio: the quantity maximised. */
  readonly minRatio: number;
  /** The sum of the analysed actors' utilities. */
  readonly welfare: number;
}

/** The package of greatest social welfare: see {@link maxWelfare}. */
export interface WelfarePoint extends ScoredPackage {
  /** The sum of the analysed actors' utilities. */
  readonly welfare: number;
}

/** Each actor's gain over its reservation value, rounded like utilities. */
function gainsOf(space: Space, point: FrontierPoint): number[] {
  return point.utilities.map((u, a) => roundUtility(u - (space.reservations[a] ?? 0)));
}

/** Frontier packages giving every actor at least its reservation value, or why there are none. */
function rational(space: Space, frontier: readonly FrontierPoint[]): Result<FrontierPoint[], AnalysisError> {
  const feasible = frontier.filter((p) => gainsOf(space, p).every((g) => g >= 0));
  if (feasible.length > 0) return ok(feasible);
  const below = space.actors.filter(
    (_, a) => !frontier.some((p) => (p.utilities[a] ?? 0) >= (space.reservations[a] ?? 0)),
  );
  const detail =
    below.length > 0
      ? `no package reaches the reservation value of ${below.join(", ")}`
      : "each actor can reach its reservation value, but not all of them in the same package";
  return err({
    code: "no-individually-rational-package",
    message: `no package gives every actor at least its reservation value: ${detail}`,
    actorsBelowReservation: below,
  });
}

/** Picks the best point by `score`, then by welfare, then by lower index. */
function best<T extends FrontierPoint>(points: readonly T[], score: (p: T) => number): T | undefined {
  let top: T | undefined;
  let topScore = Number.NEGATIVE_INFINITY;
  let topWelfare = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    const s = score(p);
    const w = welfareOf(p.utilities);
    if (s > topScore || (s === topScore && w > topWelfare)) {
      top = p;
      topScore = s;
      topWelfare = w;
    }
  }
  return top;
}

/** The Nash point of a computed frontier. */
export function nashOf(space: Space, frontier: readonly FrontierPoint[]): Result<NashPoint, AnalysisError> {
  const feasible = rational(space, frontier);
  if (!feasible.ok) return feasible;
  const product = (p: FrontierPoint) => roundUtility(gainsOf(space, p).reduce((x, g) => x * g, 1));
  const point = best(feasible.value, product);
  if (point === undefined) return err({ code: "no-actors", message: "nothing to bargain over" });
  return ok({
    ...scored(space, point),
    disagreement: utilityRecord(space, space.reservations),
    gains: utilityRecord(space, gainsOf(space, point)),
    product: product(point),
    welfare: welfareOf(point.utilities),
  });
}

/** The Kalai–Smorodinsky point of a computed frontier. */
export function kalaiSmorodinskyOf(
  space: Space,
  frontier: readonly FrontierPoint[],
): Result<KalaiSmorodinskyPoint, AnalysisError> {
  const feasible = rational(space, frontier);
  if (!feasible.ok) return feasible;
  const ideal = space.actors.map((_, a) =>
    feasible.value.reduce((top, p) => Math.max(top, p.utilities[a] ?? 0), Number.NEGATIVE_INFINITY),
  );
  const ratios = (p: FrontierPoint) =>
    gainsOf(space, p).map((g, a) => {
      const range = (ideal[a] ?? 0) - (space.reservations[a] ?? 0);
      return range > 0 ? roundUtility(g / range) : 1;
    });
  const minRatio = (p: FrontierPoint) =>
    ratios(p).reduce((low, r) => Math.min(low, r), Number.POSITIVE_INFINITY);
  const point = best(feasible.value, minRatio);
  if (point === undefined) return err({ code: "no-actors", message: "nothing to bargain over" });
  return ok({
    ...scored(space, point),
    disagreement: utilityRecord(space, space.reservations),
    ideal: utilityRecord(space, ideal),
    gains: utilityRecord(space, gainsOf(space, point)),
    ratios: utilityRecord(space, ratios(point)),
    minRatio: minRatio(point),
    welfare: welfareOf(point.utilities),
  });
}

/** The maximum-welfare point of a computed (non-empty) frontier. */
export function maxWelfareOf(space: Space, frontier: readonly FrontierPoint[]): WelfarePoint | undefined {
  let top: FrontierPoint | undefined;
  let topWelfare = Number.NEGATIVE_INFINITY;
  for (const p of frontier) {
    const w = welfareOf(p.utilities);
    if (w > topWelfare) {
      top = p;
      topWelfare = w;
    }
  }
  return top === undefined ? undefined : { ...scored(space, top), welfare: topWelfare };
}

function withFrontier<T>(
  scenario: AnalysisScenario,
  options: AnalysisOptions,
  f: (space: Space, frontier: FrontierPoint[]) => Result<T, AnalysisError>,
): Result<T, AnalysisError> {
  const space = buildSpace(scenario, options);
  if (!space.ok) return space;
  return f(space.value, frontierOf(space.value));
}

/**
 * The Pareto frontier: every package that no other package Pareto-dominates (gives every analysed actor at
 * least as much and one of them more), in enumeration order, with the analysed actors' utilities.
 *
 * Exact, by enumeration: time O(N × F × k) and memory O(F × k) for N packages, F frontier packages and k
 * actors (N is the product of the option counts; refused beyond `options.maxPackages`).
 */
export function paretoFrontier(
  scenario: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<ScoredPackage[], AnalysisError> {
  return withFrontier(scenario, options, (space, frontier) => ok(frontier.map((p) => scored(space, p))));
}

/**
 * The Nash bargaining point: among the packages where every analysed actor gains at least its reservation
 * value (the disagreement point), the one maximising the product of the gains. Ties go to the greater
 * social welfare, then to the lower package index; the point is always on the Pareto frontier. Returns
 * `no-individually-rational-package` when no package gives every actor its reservation value.
 *
 * Exact, by enumeration: the frontier's cost (see {@link paretoFrontier}) plus O(F × k).
 */
export function nashPoint(
  scenario: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<NashPoint, AnalysisError> {
  return withFrontier(scenario, options, nashOf);
}

/**
 * The Kalai–Smorodinsky point: with d the reservation values and the ideal point the best utility each
 * actor gets among the packages giving every actor at least d, the frontier package maximising the
 * smallest relative gain (u_i − d_i) / (ideal_i − d_i). Ties go to the greater social welfare, then to
 * the lower package index. Returns `no-individually-rational-package` when no package gives every actor
 * its reservation value.
 *
 * Exact, by enumeration: the frontier's cost (see {@link paretoFrontier}) plus O(F × k).
 */
export function kalaiSmorodinskyPoint(
  scenario: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<KalaiSmorodinskyPoint, AnalysisError> {
  return withFrontier(scenario, options, kalaiSmorodinskyOf);
}

/**
 * The package of greatest social welfare (the sum of the analysed actors' utilities), ties to the lower
 * package index. A maximiser of the sum is never Pareto-dominated, and the one returned is on the frontier.
 *
 * Exact, by enumeration: the frontier's cost (see {@link paretoFrontier}) plus O(F × k).
 */
export function maxWelfare(
  scenario: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<WelfarePoint, AnalysisError> {
  return withFrontier(scenario, options, (space, frontier) => {
    const point = maxWelfareOf(space, frontier);
    return point === undefined ? err({ code: "no-actors", message: "there are no packages" }) : ok(point);
  });
}
