import { err, ok, type Result } from "../vocabulary/result.js";
import { packageUtility } from "../vocabulary/utility.js";
import {
  frontierOf,
  type KalaiSmorodinskyPoint,
  kalaiSmorodinskyOf,
  maxWelfareOf,
  type NashPoint,
  nashOf,
  scored,
  type WelfarePoint,
} from "./bargaining.js";
import { type OutcomeAnalysis, outcomeOf } from "./outcome.js";
import {
  type AnalysisError,
  type AnalysisOptions,
  type AnalysisScenario,
  buildSpace,
  roundUtility,
  type ScoredPackage,
  type Space,
} from "./space.js";
import { type IssueZone, zopa } from "./zopa.js";

/** The historical record's outcome, analysed like a finished game. */
export interface RecordAnalysis extends OutcomeAnalysis {
  /**
   * `recorded` when the record gives every analysed actor's utility; `computed` when they were derived
   * from the recorded agreement (the reservation value after a collapse, else the package utility; no
   * red-line prices, which the record does not say).
   */
  readonly utilitySource: "recorded" | "computed";
}

/** Every analytic of a scenario in one plain JSON object; see {@link analyze}. */
export interface Analysis {
  /** The analysed actors, in order: the axes of utility space. */
  readonly actors: readonly string[];
  /** Whether options forbidden by red lines were left out of the package space. */
  readonly respectRedLines: boolean;
  /** The number of packages enumerated. */
  readonly packages: number;
  /** The disagreement point: each analysed actor's reservation value. */
  readonly disagreement: Readonly<Record<string, number>>;
  /** The zone of possible agreement of each issue (over every actor and every red line). */
  readonly zopa: readonly IssueZone[];
  /** The Pareto frontier, in package order. */
  readonly frontier: readonly ScoredPackage[];
  /** The Nash bargaining point, or why there is none. */
  readonly nash: Result<NashPoint, AnalysisError>;
  /** The Kalai–Smorodinsky point, or why there is none. */
  readonly kalaiSmorodinsky: Result<KalaiSmorodinskyPoint, AnalysisError>;
  /** The package of greatest social welfare. */
  readonly maxWelfare: WelfarePoint;
  /** The scenario's historical outcome analysed, or `null` when the scenario has no history. */
  readonly record: RecordAnalysis | null;
}

function recordAnalysis(
  scenario: AnalysisScenario,
  space: Space,
  analyse: (
    utilities: Record<string, number>,
    agreed: Record<string, string>,
  ) => Result<OutcomeAnalysis, AnalysisError>,
): Result<RecordAnalysis | null, AnalysisError> {
  const outcome = scenario.history?.outcome;
  if (outcome === undefined) return ok(null);
  const agreed: Record<string, string> = {};
  for (const track of outcome.tracks ?? []) Object.assign(agreed, track.agreed ?? {});
  const recorded = outcome.utilities ?? {};
  const complete = space.actors.every((a) => Object.hasOwn(recorded, a));
  const utilities: Record<string, number> = {};
  for (const id of space.actors) {
    const actor = scenario.actors.find((a) => a.id === id);
    utilities[id] = complete
      ? (recorded[id] ?? 0)
      : outcome.overall === "collapse"
        ? (actor?.reservation ?? 0)
        : roundUtility(packageUtility(scenario, id, agreed));
  }
  const analysed = analyse(utilities, agreed);
  if (!analysed.ok) return analysed;
  return ok({ ...analysed.value, utilitySource: complete ? "recorded" : "computed" });
}

/**
 * Every analytic of a scenario at once, as one plain JSON object: the ZOPA of each issue, the Pareto
 * frontier, the Nash and Kalai–Smorodinsky points (or why they do not exist), the package of greatest
 * social welfare, and, when the scenario has a historical record, that outcome analysed like a finished
 * game. The package space is enumerated once; cost as for `paretoFrontier`: O(N × F × k) time for N
 * packages, F frontier packages and k actors. Refuses, as data, beyond `options.maxPackages`.
 */
export function analyze(
  scenario: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<Analysis, AnalysisError> {
  const built = buildSpace(scenario, options);
  if (!built.ok) return built;
  const space = built.value;
  const frontier = frontierOf(space);
  const nash = nashOf(space, frontier);
  const welfare = maxWelfareOf(space, frontier);
  if (welfare === undefined) return err({ code: "no-actors", message: "there are no packages" });
  const record = recordAnalysis(scenario, space, (utilities, agreed) =>
    outcomeOf(scenario, space, frontier, nash, { agreed, utilities }),
  );
  if (!record.ok) return record;
  const disagreement: Record<string, number> = {};
  space.actors.forEach((id, a) => {
    disagreement[id] = space.reservations[a] ?? 0;
  });
  return ok({
    actors: space.actors,
    respectRedLines: options.respectRedLines ?? false,
    packages: space.count,
    disagreement,
    zopa: zopa(scenario),
    frontier: frontier.map((p) => scored(space, p)),
    nash,
    kalaiSmorodinsky: kalaiSmorodinskyOf(space, frontier),
    maxWelfare: welfare,
    record: record.value,
  });
}
