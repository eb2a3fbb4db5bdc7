import { err, ok, type Result } from "../vocabulary/result.js";
import { type Package, packageUtility, settledOption } from "../vocabulary/utility.js";
import { type FrontierPoint, frontierOf, type NashPoint, nashOf, scored } from "./bargaining.js";
import {
  type AnalysisError,
  type AnalysisOptions,
  type AnalysisScenario,
  buildSpace,
  distance,
  dominates,
  roundUtility,
  type ScoredPackage,
  type Space,
  utilityRecord,
} from "./space.js";

/** What a finished game came to: the agreed package and each actor's final utility. */
export interface FinishedOutcome {
  /** The options agreed, by issue; issues left out stay at their status quo. */
  readonly agreed: Package;
  /** Each actor's utility at the end of the game (after red-line prices, or its reservation on collapse). */
  readonly utilities: Readonly<Record<string, number>>;
}

/** How a finished game's outcome compares with the bargaining solutions. */
export interface OutcomeAnalysis {
  /** The agreed package, with the status quo filled in for every issue not agreed. */
  readonly agreed: Package;
  /** The outcome's point in utility space: the analysed actors' final utilities, rounded. */
  readonly utilities: Readonly<Record<string, number>>;
  /** The analysed actors' utilities of the agreed package itself (no prices, no collapse). */
  readonly packageUtilities: Readonly<Record<string, number>>;
  /** The sum of the outcome's utilities over the analysed actors. */
  readonly welfare: number;
  /** True when some package gives every analysed actor at least as much as the outcome and one more. */
  readonly dominated: boolean;
  /** Euclidean distance, in utility space, to the nearest package of the Pareto frontier. */
  readonly distanceToFrontier: number;
  /** The frontier package nearest the outcome (the lower index on a tie). */
  readonly nearestFrontierPackage: ScoredPackage;
  /** Euclidean distance, in utility space, to the Nash point; `null` when there is no Nash point. */
  readonly distanceToNash: number | null;
}

/** Checks the agreed package against the scenario and fills in the status quo. */
export function completePackage(scenario: AnalysisScenario, agreed: Package): Result<Package, AnalysisError> {
  for (const [issueId, option] of Object.entries(agreed)) {
    const issue = scenario.issues.find((i) => i.id === issueId);
    if (issue === undefined)
      return err({ code: "unknown-issue", message: `no issue "${issueId}"`, issue: issueId });
    if (!issue.options.some((o) => o.id === option)) {
      return err({
        code: "unknown-option",
        message: `issue "${issueId}" has no option "${option}"`,
        issue: issueId,
        option,
      });
    }
  }
  const full: Record<string, string> = {};
  for (const issue of scenario.issues) full[issue.id] = settledOption(issue, agreed);
  return ok(full);
}

/** The outcome analysis against a computed space, frontier and Nash point. */
export function outcomeOf(
  scenario: AnalysisScenario,
  space: Space,
  frontier: readonly FrontierPoint[],
  nash: Result<NashPoint, AnalysisError>,
  outcome: FinishedOutcome,
): Result<OutcomeAnalysis, AnalysisError> {
  const agreed = completePackage(scenario, outcome.agreed);
  if (!agreed.ok) return agreed;
  const point: number[] = [];
  for (const actor of space.actors) {
    const u = Object.hasOwn(outcome.utilities, actor) ? outcome.utilities[actor] : undefined;
    if (u === undefined || !Number.isFinite(u)) {
      return err({ code: "missing-utility", message: `no utility given for actor "${actor}"`, actor });
    }
    point.push(roundUtility(u));
  }
  let nearest: FrontierPoint | undefined;
  let nearestDistance = Number.POSITIVE_INFINITY;
  for (const f of frontier) {
    const d = distance(point, f.utilities);
    if (d < nearestDistance) {
      nearest = f;
      nearestDistance = d;
    }
  }
  if (nearest === undefined) return err({ code: "no-actors", message: "there are no packages" });
  const nashUtilities = nash.ok ? space.actors.map((a) => nash.value.utilities[a] ?? 0) : null;
  return ok({
    agreed: agreed.value,
    utilities: utilityRecord(space, point),
    packageUtilities: utilityRecord(
      space,
      space.actors.map((a) => roundUtility(packageUtility(scenario, a, agreed.value))),
    ),
    welfare: roundUtility(point.reduce((sum, u) => sum + u, 0)),
    dominated: frontier.some((f) => dominates(f.utilities, point)),
    distanceToFrontier: nearestDistance,
    nearestFrontierPackage: scored(space, nearest),
    distanceToNash: nashUtilities === null ? null : distance(point, nashUtilities),
  });
}

/**
 * Compares a finished game's outcome with the package space: its social welfare (the sum of the analysed
 * actors' utilities), whether some package Pareto-dominates it, and its Euclidean distance in utility space
 * to the nearest Pareto-frontier package and to the Nash point. The outcome's point is `utilities` (the
 * game's final utilities, rounded with {@link roundUtility}), so a collapse or a crossed red line counts;
 * the utilities of the agreed package itself are reported beside it. An outcome whose utilities are those
 * of a frontier package (or of the Nash point) is at distance 0 from the frontier (or the Nash point).
 *
 * Errors: `unknown-issue` / `unknown-option` for an agreed package the scenario cannot hold,
 * `missing-utility` when an analysed actor has no utility, and the package-space errors. Cost: that of
 * `paretoFrontier` plus O(F × k).
 */
export function outcomeAnalysis(
  scenario: AnalysisScenario,
  outcome: FinishedOutcome,
  options: AnalysisOptions = {},
): Result<OutcomeAnalysis, AnalysisError> {
  const space = buildSpace(scenario, options);
  if (!space.ok) return space;
  const frontier = frontierOf(space.value);
  return outcomeOf(scenario, space.value, frontier, nashOf(space.value, frontier), outcome);
}
