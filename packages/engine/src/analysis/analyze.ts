import { roundUtility } from "../vocabulary/bargaining.js";
import { ok, type Result } from "../vocabulary/result.js";
import { type Package, packageUtility } from "../vocabulary/utility.js";
import { type OutcomeAnalysis, outcomeOf } from "./outcome.js";
import type { AnalysisError, AnalysisOptions, AnalysisScenario, RedLineMode } from "./scope.js";
import { frontierIndexes, frontierOf, type Solutions, solve } from "./solutions.js";
import { fixedPackage, type Points, utilityRecord } from "./space.js";
import { type IssueZone, zonesOf } from "./zopa.js";

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
export interface Analysis extends Solutions {
  /** The analysed actors, in order: the axes of utility space. */
  readonly actors: readonly string[];
  /** The track analysed, or `null` for every agenda at once. */
  readonly track: string | null;
  /** The issues that vary, in scenario order. */
  readonly issues: readonly string[];
  /** Where every other issue stays: its status quo, or its `settled` option. */
  readonly fixed: Package;
  /** How red lines were treated. */
  readonly redLines: RedLineMode;
  /** The hidden type used for each actor that had one chosen. */
  readonly types: Readonly<Record<string, string>>;
  /** The number of packages enumerated. */
  readonly packages: number;
  /** The limits this analysis ran under: `maxPackages` and `maxFrontier`. */
  readonly limits: { readonly packages: number; readonly frontier: number };
  /** The disagreement point: each analysed actor's reservation value. */
  readonly disagreement: Readonly<Record<string, number>>;
  /** The zone of possible agreement of each issue that varies. */
  readonly zopa: readonly IssueZone[];
  /**
   * With `redLines: "mark"`: the frontier and the solutions when red lines are ignored, each package naming
   * the red lines it crosses: what the red lines cost. Otherwise `null`.
   */
  readonly ignoringRedLines: Solutions | null;
  /** The scenario's historical outcome analysed, or `null` when the scenario has no history. */
  readonly record: RecordAnalysis | null;
}

function recordAnalysis(
  points: Points,
  frontier: readonly number[],
  solutions: Solutions,
): Result<RecordAnalysis | null, AnalysisError> {
  const { space } = points;
  const scenario = space.scope.scenario;
  const outcome = scenario.history?.outcome;
  if (outcome === undefined) return ok(null);
  const agreed: Record<string, string> = {};
  for (const track of outcome.tracks ?? []) Object.assign(agreed, track.agreed ?? {});
  const recorded = outcome.utilities ?? {};
  const complete = space.actors.every((a) => Object.hasOwn(recorded, a));
  const utilities: Record<string, number> = {};
  space.actors.forEach((id, a) => {
    utilities[id] = complete
      ? (recorded[id] ?? 0)
      : outcome.overall === "collapse"
        ? (space.reservations[a] ?? 0)
        : roundUtility(packageUtility(scenario, id, agreed));
  });
  const analysed = outcomeOf(points, frontier, solutions, { agreed, utilities });
  if (!analysed.ok) return analysed;
  return ok({ ...analysed.value, utilitySource: complete ? "recorded" : "computed" });
}

/**
 * Every analytic of a scenario at once, as one plain JSON object: the ZOPA of each issue, the Pareto
 * frontier, the Nash and Kalai–Smorodinsky points (or why they do not exist), the package of greatest
 * social welfare, with `redLines: "mark"` the same ignoring red lines, and, when the scenario has a
 * historical record, that outcome analysed like a finished game. The package space is enumerated once; cost
 * as for `paretoFrontier` (twice the frontier work with `mark`). Refuses, as data, before enumerating when
 * the options are bad or the space passes `maxPackages` or `MAX_UTILITIES`, and when the frontier passes its
 * cap.
 */
export function analyze(
  scenario: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<Analysis, AnalysisError> {
  const f = frontierOf(scenario, options);
  if (!f.ok) return f;
  const { points, frontier } = f.value;
  const { space } = points;
  const solutions = solve(points, frontier);
  if (!solutions.ok) return solutions;
  let ignoringRedLines: Solutions | null = null;
  if (space.scope.redLines === "mark") {
    const all = frontierIndexes(points, undefined);
    if (!all.ok) return all;
    const beyond = solve(points, all.value);
    if (!beyond.ok) return beyond;
    ignoringRedLines = beyond.value;
  }
  const record = recordAnalysis(points, frontier, solutions.value);
  if (!record.ok) return record;
  return ok({
    actors: space.actors,
    track: space.scope.track,
    issues: space.issues.filter((i) => i.varying).map((i) => i.id),
    fixed: fixedPackage(space),
    redLines: space.scope.redLines,
    types: { ...space.scope.types },
    packages: space.count,
    limits: { packages: space.scope.maxPackages, frontier: space.scope.maxFrontier },
    disagreement: utilityRecord(space, space.reservations),
    zopa: zonesOf(space.scope),
    ...solutions.value,
    ignoringRedLines,
    record: record.value,
  });
}
