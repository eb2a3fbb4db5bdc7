import {
  type BargainingError,
  kalaiSmorodinskyIndex,
  maxWelfareIndex,
  nashIndex,
  paretoIndexes,
} from "../vocabulary/bargaining.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import type { AnalysisError, AnalysisOptions, AnalysisScenario } from "./scope.js";
import { buildSpace, enumerate, type Points, type ScoredPackage, scored, utilityRecord } from "./space.js";

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

/** The frontier and the solutions over one set of packages (within red lines, or all of them). */
export interface Solutions {
  /** The Pareto frontier, in package order. */
  readonly frontier: readonly ScoredPackage[];
  /** The Nash bargaining point, or why there is none. */
  readonly nash: Result<NashPoint, AnalysisError>;
  /** The Kalai–Smorodinsky point, or why there is none. */
  readonly kalaiSmorodinsky: Result<KalaiSmorodinskyPoint, AnalysisError>;
  /** The package of greatest social welfare. */
  readonly maxWelfare: WelfarePoint;
}

/** Says a bargaining error in the words of the analysis. */
function explain(points: Points, e: BargainingError): AnalysisError {
  const { space } = points;
  switch (e.code) {
    case "frontier-too-large":
      return {
        code: "frontier-too-large",
        message: `the Pareto frontier has more than ${e.limit} packages; analyse one meeting, fewer issues or fewer actors`,
        limit: e.limit,
      };
    case "too-much-work":
      return {
        code: "too-much-work",
        message: `the Pareto frontier of ${space.actors.length} actors over ${space.count} packages needs more than ${e.limit} comparisons; analyse one meeting, fewer issues or fewer actors`,
        limit: e.limit,
      };
    case "no-individually-rational-point": {
      const below = e.belowDisagreement.map((a) => space.actors[a] ?? "");
      const detail =
        below.length > 0
          ? `no package reaches the reservation value of ${below.join(", ")}`
          : "each actor can reach its reservation value, but not all of them in the same package";
      return {
        code: "no-individually-rational-package",
        message: `no package gives every actor at least its reservation value: ${detail}`,
        actorsBelowReservation: below,
      };
    }
    case "bad-option":
      return e;
    case "bad-points":
      return { code: "bad-value", message: e.message };
    case "no-points":
      return { code: "no-packages", message: "there are no packages" };
  }
}

/** The Pareto frontier of the candidates, by index. */
export function frontierIndexes(
  points: Points,
  candidates: readonly number[] | undefined,
): Result<number[], AnalysisError> {
  const front = paretoIndexes(points, {
    ...(candidates === undefined ? {} : { candidates }),
    maxFrontier: points.space.scope.maxFrontier,
    meter: points.space.scope.meter,
  });
  return front.ok ? front : err(explain(points, front.error));
}

/** The solutions over a computed frontier (every candidate's best is on it, so it is enough to search). */
export function solve(points: Points, frontier: readonly number[]): Result<Solutions, AnalysisError> {
  const { space } = points;
  const meter = space.scope.meter;
  const d = space.reservations;
  const disagreement = utilityRecord(space, d);
  const welfare = maxWelfareIndex(points, frontier, meter);
  if (!welfare.ok) return err(explain(points, welfare.error));
  const nash = nashIndex(points, d, frontier, meter);
  const ks = kalaiSmorodinskyIndex(points, d, frontier, meter);
  return ok({
    frontier: frontier.map((i) => scored(points, i)),
    nash: nash.ok
      ? ok({
          ...scored(points, nash.value.index),
          disagreement,
          gains: utilityRecord(space, nash.value.gains),
          product: nash.value.product,
          welfare: nash.value.welfare,
        })
      : err(explain(points, nash.error)),
    kalaiSmorodinsky: ks.ok
      ? ok({
          ...scored(points, ks.value.index),
          disagreement,
          ideal: utilityRecord(space, ks.value.ideal),
          gains: utilityRecord(space, ks.value.gains),
          ratios: utilityRecord(space, ks.value.ratios),
          minRatio: ks.value.minRatio,
          welfare: ks.value.welfare,
        })
      : err(explain(points, ks.error)),
    maxWelfare: { ...scored(points, welfare.value.index), welfare: welfare.value.welfare },
  });
}

/** The enumerated space, with the frontier of the packages behind no red line. */
export interface Frontier {
  readonly points: Points;
  readonly frontier: readonly number[];
}

/** Builds, enumerates and finds the frontier, or says which limit stops it. */
export function frontierOf(
  scenario: AnalysisScenario,
  options: AnalysisOptions,
): Result<Frontier, AnalysisError> {
  const space = buildSpace(scenario, options);
  if (!space.ok) return space;
  const points = enumerate(space.value);
  const frontier = frontierIndexes(points, points.available);
  if (!frontier.ok) return frontier;
  return ok({ points, frontier: frontier.value });
}

function solved(scenario: AnalysisScenario, options: AnalysisOptions): Result<Solutions, AnalysisError> {
  const f = frontierOf(scenario, options);
  return f.ok ? solve(f.value.points, f.value.frontier) : f;
}

/**
 * The Pareto frontier: every package that no other package Pareto-dominates (gives every analysed actor at
 * least as much and one of them more), in package order, with the analysed actors' utilities. With
 * `redLines: "respect"` (the default) or `"mark"`, over the packages behind no red line.
 *
 * Exact, by enumeration then sorting: time O(N log N × k) for N packages and k ≤ 3 actors, plus
 * O(N × F × k) for k ≥ 4 (F frontier packages, capped so that N × F ≤ `MAX_DOMINANCE_TESTS`); memory
 * O(N × k). Refused before enumerating beyond `maxPackages` and `MAX_UTILITIES`; refused with
 * `frontier-too-large` when the frontier passes its cap.
 */
export function paretoFrontier(
  scenario: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<ScoredPackage[], AnalysisError> {
  const f = frontierOf(scenario, options);
  return f.ok ? ok(f.value.frontier.map((i) => scored(f.value.points, i))) : f;
}

/**
 * The Nash bargaining point: among the packages where every analysed actor gains at least its reservation
 * value (the disagreement point), the one maximising the product of the gains. Ties go to the greater
 * social welfare, then to the lower package index; the point is always on the Pareto frontier. Returns
 * `no-individually-rational-package` when no package gives every actor its reservation value. Never
 * behind a red line unless `redLines: "ignore"`.
 *
 * Exact: the frontier's cost (see {@link paretoFrontier}) plus O(F × k).
 */
export function nashPoint(
  scenario: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<NashPoint, AnalysisError> {
  const s = solved(scenario, options);
  return s.ok ? s.value.nash : s;
}

/**
 * The Kalai–Smorodinsky point: with d the reservation values and the ideal point the best utility each
 * actor gets among the packages giving every actor at least d, the frontier package maximising the
 * smallest relative gain (u_i − d_i) / (ideal_i − d_i). Ties go to the greater social welfare, then to
 * the lower package index. Returns `no-individually-rational-package` when no package gives every actor
 * its reservation value. Never behind a red line unless `redLines: "ignore"`.
 *
 * Exact: the frontier's cost (see {@link paretoFrontier}) plus O(F × k).
 */
export function kalaiSmorodinskyPoint(
  scenario: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<KalaiSmorodinskyPoint, AnalysisError> {
  const s = solved(scenario, options);
  return s.ok ? s.value.kalaiSmorodinsky : s;
}

/**
 * The package of greatest social welfare (the sum of the analysed actors' utilities), ties to the lower
 * package index. A maximiser of the sum is never Pareto-dominated, and the one returned is on the frontier.
 *
 * Exact: the frontier's cost (see {@link paretoFrontier}) plus O(F × k).
 */
export function maxWelfare(
  scenario: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<WelfarePoint, AnalysisError> {
  const s = solved(scenario, options);
  return s.ok ? ok(s.value.maxWelfare) : s;
}
