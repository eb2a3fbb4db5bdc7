import { err, ok, type Result } from "../vocabulary/result.js";
import type { Package } from "../vocabulary/utility.js";
import type { AnalysisError, AnalysisOptions, AnalysisScenario } from "./scope.js";
import { buildSpace, enumerate, packageOf, type ScoredPackage, type Space, scored } from "./space.js";

/** The hard cap on the packages `allPackages` and `scoredPackages` list (their output is that big). */
export const MAX_LISTED_PACKAGES = 100_000;

function listable(scenario: AnalysisScenario, options: AnalysisOptions): Result<Space, AnalysisError> {
  const space = buildSpace(scenario, options);
  if (!space.ok) return space;
  const limit = Math.min(space.value.scope.maxPackages, MAX_LISTED_PACKAGES);
  if (space.value.count <= limit) return space;
  return err({
    code: "too-many-packages",
    message: `the analysis has ${space.value.count} packages, more than the ${limit} that can be listed`,
    packages: space.value.count,
    limit,
  });
}

/**
 * Every package (one option per issue that varies), in enumeration order: the first issue varies slowest,
 * each issue's options in scenario order. There are ∏ |options| of them, so time and memory are
 * O(packages × issues); refuses with `too-many-packages` beyond `maxPackages` or
 * {@link MAX_LISTED_PACKAGES}, before listing any. By default (`redLines: "respect"`) packages behind a red
 * line are left out.
 */
export function allPackages(
  scenario: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<Package[], AnalysisError> {
  const space = listable(scenario, options);
  if (!space.ok) return space;
  const out: Package[] = [];
  for (let index = 0; index < space.value.count; index++) out.push(packageOf(space.value, index));
  space.value.scope.meter.steps += space.value.count * space.value.issues.length;
  return ok(out);
}

/**
 * Every package as {@link allPackages} lists them, with the analysed actors' utilities and, with
 * `redLines: "mark"`, the red lines each crosses: the whole utility space, e.g. to plot two actors' utilities
 * with the packages behind red lines told apart. Time and memory O(packages × (actors + issues)); the same
 * caps as `allPackages`.
 */
export function scoredPackages(
  scenario: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<ScoredPackage[], AnalysisError> {
  const space = listable(scenario, options);
  if (!space.ok) return space;
  const points = enumerate(space.value);
  return ok(Array.from({ length: space.value.count }, (_, index) => scored(points, index)));
}
