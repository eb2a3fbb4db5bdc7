import { type FlatPoints, roundUtility } from "../vocabulary/bargaining.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { normalisedWeights, optionValue, type Package } from "../vocabulary/utility.js";
import {
  type AnalysisError,
  type AnalysisOptions,
  type AnalysisScenario,
  MAX_UTILITIES,
  resolveScope,
  type Scope,
} from "./scope.js";

/** A package with its position in the enumeration and each analysed actor's utility of it. */
export interface ScoredPackage {
  /** Position in the order of `allPackages` (for the same options): the tie-breaker everywhere. */
  readonly index: number;
  /** One option for every issue that varies, in scenario order; the other issues stay where they are. */
  readonly package: Package;
  /** Each analysed actor's utility of the package, rounded with `roundUtility`. */
  readonly utilities: Readonly<Record<string, number>>;
  /** With `redLines: "mark"` only: the ids of the red lines the package crosses, in scenario order. */
  readonly crosses?: readonly string[];
}

/** An issue of the space: every scenario issue, with the options the analysis may settle it on. */
export interface SpaceIssue {
  readonly id: string;
  /** One option (where it stays) when the issue does not vary. */
  readonly options: readonly string[];
  readonly varying: boolean;
  /** Per option: the ids of the red lines it crosses (none for the status quo, nor a fixed issue). */
  readonly crosses: readonly (readonly string[])[];
}

/** The enumerable package space. */
export interface Space {
  readonly scope: Scope;
  /** The analysed actors' ids, in order: the axes of utility space. */
  readonly actors: readonly string[];
  /** Reservation value of each analysed actor, rounded. */
  readonly reservations: readonly number[];
  readonly issues: readonly SpaceIssue[];
  /** The number of packages. */
  readonly count: number;
  /** `contributions[a][i][o]`: actor a's normalised weight of issue i times its value of option o. */
  readonly contributions: readonly (readonly (readonly number[])[])[];
}

/** The enumerated space: every package's utility vector, and which packages cross a red line. */
export interface Points extends FlatPoints {
  readonly space: Space;
  /** The packages behind no red line, in index order, in `mark` mode; otherwise `undefined` (all). */
  readonly available: readonly number[] | undefined;
}

/** The analysed actors' utilities of the package at `index`, rounded. */
export function vectorOf(points: Points, index: number): number[] {
  return Array.from(points.data.subarray(index * points.k, index * points.k + points.k));
}

/** Each scenario issue's options in the analysis, with the red lines each crosses. */
function spaceIssues(scope: Scope): SpaceIssue[] {
  const lines = scope.scenario.redLines ?? [];
  return scope.scenario.issues.map((issue, i) => {
    const varying = scope.varying[i] ?? false;
    const fixed = scope.fixed[i] ?? issue.statusQuo;
    const ids = varying ? issue.options.map((o) => o.id) : [fixed];
    const crosses = ids.map((option) =>
      varying && option !== issue.statusQuo
        ? lines.filter((l) => l.issue === issue.id && l.forbidden.includes(option)).map((l) => l.id)
        : [],
    );
    if (scope.redLines !== "respect") return { id: issue.id, options: ids, varying, crosses };
    const keep = ids.map((_, o) => (crosses[o] ?? []).length === 0);
    return {
      id: issue.id,
      options: ids.filter((_, o) => keep[o]),
      varying,
      crosses: crosses.filter((_, o) => keep[o]),
    };
  });
}

/**
 * The number of packages a space would hold, without enumerating them: the product of the option counts of
 * the issues that vary (after red lines, when they are respected). O(issues × red lines).
 */
export function packageCount(
  scenario: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<number, AnalysisError> {
  const scope = resolveScope(scenario, options);
  if (!scope.ok) return scope;
  return ok(spaceIssues(scope.value).reduce((n, issue) => n * issue.options.length, 1));
}

/**
 * Builds the package space, or says why it will not be enumerated: the options are checked, and the
 * packages (≤ `maxPackages`) and packages × actors (≤ {@link MAX_UTILITIES}) counted, before any package is.
 * O(actors × issues × options + issues × red lines).
 */
export function buildSpace(
  scenario: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<Space, AnalysisError> {
  const resolved = resolveScope(scenario, options);
  if (!resolved.ok) return resolved;
  const scope = resolved.value;
  const issues = spaceIssues(scope);
  const count = issues.reduce((n, issue) => n * issue.options.length, 1);
  if (count > scope.maxPackages) {
    return err({
      code: "too-many-packages",
      message: `the analysis has ${count} packages, more than the limit of ${scope.maxPackages}`,
      packages: count,
      limit: scope.maxPackages,
    });
  }
  const k = scope.actors.length;
  if (count * k > MAX_UTILITIES) {
    return err({
      code: "too-much-work",
      message: `${count} packages × ${k} actors is ${count * k} utilities, more than the limit of ${MAX_UTILITIES}`,
      limit: MAX_UTILITIES,
    });
  }
  const s = scope.scenario;
  const contributions = scope.actors.map((actor) => {
    const weights = normalisedWeights(s, actor);
    return s.issues.map((issue, i) =>
      (issues[i]?.options ?? []).map((option) => (weights[i] ?? 0) * optionValue(issue, actor.id, option)),
    );
  });
  const reservations = scope.actors.map((a) => roundUtility(a.reservation));
  if (!contributions.flat(2).every(Number.isFinite) || !reservations.every(Number.isFinite)) {
    return err({ code: "bad-value", message: "a weight, value or reservation value is not a finite number" });
  }
  return ok({
    scope,
    actors: scope.actors.map((a) => a.id),
    reservations,
    issues,
    count,
    contributions,
  });
}

/**
 * Every package's utility vector, flat, in enumeration order (the first issue varies slowest, each issue's
 * options in scenario order). O(packages × actors × issues) time, O(packages × actors) memory.
 */
export function enumerate(space: Space): Points {
  const meter = space.scope.meter;
  const issues = space.issues.length;
  const k = space.actors.length;
  const digits = new Int32Array(issues);
  const data = new Float64Array(space.count * k);
  const mark = space.scope.redLines === "mark";
  const crosses = space.issues.map((issue) => issue.crosses.map((lines) => lines.length > 0));
  const available: number[] = [];
  for (let index = 0; index < space.count; index++) {
    for (let a = 0; a < k; a++) {
      const table = space.contributions[a] ?? [];
      // Same terms, same order as packageUtility, so the sums agree to the last bit before rounding.
      let total = 0;
      for (let i = 0; i < issues; i++) total += table[i]?.[digits[i] ?? 0] ?? 0;
      data[index * k + a] = roundUtility(total);
    }
    if (mark) {
      let crossing = false;
      for (let i = 0; i < issues && !crossing; i++) crossing = crosses[i]?.[digits[i] ?? 0] ?? false;
      if (!crossing) available.push(index);
    }
    meter.steps += k * issues + 1;
    for (let i = issues - 1; i >= 0; i--) {
      const next = (digits[i] ?? 0) + 1;
      if (next < (space.issues[i]?.options.length ?? 0)) {
        digits[i] = next;
        break;
      }
      digits[i] = 0;
    }
  }
  return { space, k, data, available: mark ? available : undefined };
}

/** The option index of each issue of the package at `index`. O(issues). */
export function digitsOf(space: Space, index: number): number[] {
  const digits = space.issues.map(() => 0);
  let rest = index;
  for (let i = space.issues.length - 1; i >= 0; i--) {
    const n = space.issues[i]?.options.length ?? 1;
    digits[i] = rest % n;
    rest = Math.floor(rest / n);
  }
  return digits;
}

/** The package at `index`: one option for every issue that varies. */
export function packageOf(space: Space, index: number): Package {
  return packageAt(space, digitsOf(space, index));
}

function packageAt(space: Space, digits: readonly number[]): Package {
  const pkg: Record<string, string> = {};
  space.issues.forEach((issue, i) => {
    if (issue.varying) pkg[issue.id] = issue.options[digits[i] ?? 0] ?? "";
  });
  return pkg;
}

/** The red lines the package at `index` crosses, in scenario order. */
export function crossesOf(space: Space, index: number): string[] {
  return crossesAt(space, digitsOf(space, index));
}

function crossesAt(space: Space, digits: readonly number[]): string[] {
  // Each issue lists its option's red lines in scenario order, and a red line is on one issue: only lines
  // from two issues or more need sorting. Listing every package of a space calls this once per package.
  const crossed: string[] = [];
  let crossingIssues = 0;
  space.issues.forEach((issue, i) => {
    const lines = issue.crosses[digits[i] ?? 0] ?? [];
    if (lines.length === 0) return;
    crossingIssues++;
    crossed.push(...lines);
  });
  if (crossingIssues < 2) return crossed;
  const order = (space.scope.scenario.redLines ?? []).map((l) => l.id);
  return crossed.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** The options the issues that do not vary stay at. */
export function fixedPackage(space: Space): Package {
  const pkg: Record<string, string> = {};
  for (const issue of space.issues) if (!issue.varying) pkg[issue.id] = issue.options[0] ?? "";
  return pkg;
}

/** Utilities as a record keyed by the space's actors. */
export function utilityRecord(space: Space, utilities: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  space.actors.forEach((id, a) => {
    out[id] = utilities[a] ?? 0;
  });
  return out;
}

/** Reports a package as plain JSON (naming the red lines it crosses in `mark` mode). */
export function scored(points: Points, index: number): ScoredPackage {
  const { space } = points;
  const digits = digitsOf(space, index);
  const base = {
    index,
    package: packageAt(space, digits),
    utilities: utilityRecord(space, vectorOf(points, index)),
  };
  return space.scope.redLines === "mark" ? { ...base, crosses: crossesAt(space, digits) } : base;
}

/** Euclidean distance between two points of utility space. */
export function distance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    sum += d * d;
  }
  return Math.sqrt(sum);
}
