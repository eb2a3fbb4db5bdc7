import { dominates, roundUtility } from "../vocabulary/bargaining.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { type Package, packageUtility, settledOption } from "../vocabulary/utility.js";
import type { AnalysisError, AnalysisOptions, AnalysisScenario } from "./scope.js";
import { checkPackage } from "./scope.js";
import { frontierOf, type Solutions, solve } from "./solutions.js";
import { distance, type Points, type ScoredPackage, scored, utilityRecord, vectorOf } from "./space.js";

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
  /** The ids of the red lines the agreed package crosses (none for an issue left at its status quo). */
  readonly crosses: readonly string[];
  /** The outcome's point in utility space: the analysed actors' final utilities, rounded. */
  readonly utilities: Readonly<Record<string, number>>;
  /** The analysed actors' utilities of the agreed package itself (no prices, no collapse). */
  readonly packageUtilities: Readonly<Record<string, number>>;
  /** The sum of the outcome's utilities over the analysed actors. */
  readonly welfare: number;
  /** True when some package of the analysis gives every analysed actor at least as much and one more. */
  readonly dominated: boolean;
  /** Euclidean distance, in utility space, to the nearest package of the Pareto frontier. */
  readonly distanceToFrontier: number;
  /** The frontier package nearest the outcome (the lower index on a tie). */
  readonly nearestFrontierPackage: ScoredPackage;
  /** Euclidean distance, in utility space, to the Nash point; `null` when there is no Nash point. */
  readonly distanceToNash: number | null;
  /** Euclidean distance to the Kalai–Smorodinsky point; `null` when there is none. */
  readonly distanceToKalaiSmorodinsky: number | null;
}

/** Checks the agreed package against the scenario and fills in the status quo. */
function completePackage(scenario: AnalysisScenario, agreed: Package): Result<Package, AnalysisError> {
  const checked = checkPackage(scenario, agreed);
  if (!checked.ok) return checked;
  const full: Record<string, string> = {};
  for (const issue of scenario.issues) full[issue.id] = settledOption(issue, agreed);
  return ok(full);
}

/** The red lines a package crosses: an option forbidden, other than the issue's status quo. */
function crossed(scenario: AnalysisScenario, agreed: Package): string[] {
  return (scenario.redLines ?? [])
    .filter((line) => {
      const issue = scenario.issues.find((i) => i.id === line.issue);
      const option = agreed[line.issue];
      return issue !== undefined && option !== issue.statusQuo && line.forbidden.includes(option ?? "");
    })
    .map((line) => line.id);
}

/** The outcome analysis against a computed space, its frontier and its solutions. */
export function outcomeOf(
  points: Points,
  frontier: readonly number[],
  solutions: Solutions,
  outcome: FinishedOutcome,
): Result<OutcomeAnalysis, AnalysisError> {
  const { space } = points;
  const scenario = space.scope.scenario;
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
  let nearest = -1;
  let nearestDistance = Number.POSITIVE_INFINITY;
  for (const i of frontier) {
    const d = distance(point, vectorOf(points, i));
    if (d < nearestDistance) {
      nearest = i;
      nearestDistance = d;
    }
  }
  if (nearest < 0) return err({ code: "no-packages", message: "there are no packages" });
  const away = (p: Result<ScoredPackage, AnalysisError>) =>
    p.ok
      ? distance(
          point,
          space.actors.map((a) => p.value.utilities[a] ?? 0),
        )
      : null;
  return ok({
    agreed: agreed.value,
    crosses: crossed(scenario, agreed.value),
    utilities: utilityRecord(space, point),
    packageUtilities: utilityRecord(
      space,
      space.actors.map((a) => roundUtility(packageUtility(scenario, a, agreed.value))),
    ),
    welfare: roundUtility(point.reduce((sum, u) => sum + u, 0)),
    dominated: frontier.some((i) => dominates(vectorOf(points, i), point)),
    distanceToFrontier: nearestDistance,
    nearestFrontierPackage: scored(points, nearest),
    distanceToNash: away(solutions.nash),
    distanceToKalaiSmorodinsky: away(solutions.kalaiSmorodinsky),
  });
}

/**
 * Compares a finished game's outcome with the package space: its social welfare (the sum of the analysed
 * actors' utilities), whether some package Pareto-dominates it, and its Euclidean distance in utility space
 * to the nearest Pareto-frontier package, the Nash point and the Kalai–Smorodinsky point. The outcome's
 * point is `utilities` (the game's final utilities, rounded with `roundUtility`), so a collapse or a crossed
 * red line counts; the utilities of the agreed package itself, and the red lines it crosses, are reported
 * beside it. An outcome whose utilities are those of a frontier package (or of the Nash point) is at
 * distance 0 from the frontier (or the Nash point).
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
  const f = frontierOf(scenario, options);
  if (!f.ok) return f;
  const solutions = solve(f.value.points, f.value.frontier);
  if (!solutions.ok) return solutions;
  return outcomeOf(f.value.points, f.value.frontier, solutions.value, outcome);
}
