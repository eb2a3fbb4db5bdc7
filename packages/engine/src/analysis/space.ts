import type { Actor, History, Issue, RedLine } from "../scenario/schema.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { normalisedWeights, optionValue, type Package } from "../vocabulary/utility.js";

/**
 * The parts of a scenario the analytics read. A full `Scenario` is one; so is a small object literal with
 * just these fields, which keeps examples and tests short.
 */
export interface AnalysisScenario {
  readonly actors: readonly Pick<Actor, "id" | "weights" | "reservation">[];
  readonly issues: readonly AnalysisIssue[];
  readonly redLines?: readonly Pick<RedLine, "id" | "actor" | "issue" | "forbidden">[];
  readonly history?: Pick<History, "outcome"> | undefined;
}

/** The parts of an issue the analytics read: its options (ids, in order), status quo and values. */
export type AnalysisIssue = Pick<Issue, "id" | "statusQuo" | "values"> & {
  readonly options: readonly { readonly id: string }[];
};

/** Default cap on the number of packages the analytics enumerate (see {@link AnalysisOptions}). */
export const MAX_PACKAGES = 1_000_000;

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

/** Which packages and which actors an analysis covers. */
export interface AnalysisOptions {
  /** The actors whose utilities span the space, by id (default: every actor, in scenario order). */
  readonly actors?: readonly string[];
  /**
   * Leave out every option that some red line forbids (default `false`: every option of every issue, as
   * red lines can be crossed at a price).
   */
  readonly respectRedLines?: boolean;
  /** Refuse (error `too-many-packages`) to enumerate more packages than this (default {@link MAX_PACKAGES}). */
  readonly maxPackages?: number;
}

/** Why an analysis could not be made. Plain data; the analytics never throw. */
export type AnalysisError =
  | {
      readonly code: "too-many-packages";
      readonly message: string;
      readonly packages: number;
      readonly limit: number;
    }
  | { readonly code: "unknown-actor"; readonly message: string; readonly actor: string }
  | { readonly code: "duplicate-actor"; readonly message: string; readonly actor: string }
  | { readonly code: "no-actors"; readonly message: string }
  | { readonly code: "no-options"; readonly message: string; readonly issue: string }
  | { readonly code: "unknown-issue"; readonly message: string; readonly issue: string }
  | {
      readonly code: "unknown-option";
      readonly message: string;
      readonly issue: string;
      readonly option: string;
    }
  | { readonly code: "missing-utility"; readonly message: string; readonly actor: string }
  | {
      readonly code: "no-individually-rational-package";
      readonly message: string;
      /** Actors that no package brings up to their reservation value, even alone. */
      readonly actorsBelowReservation: readonly string[];
    };

/** A package with its position in the enumeration and each analysed actor's utility of it. */
export interface ScoredPackage {
  /** Position in the order of {@link allPackages} (for the same options): the tie-breaker everywhere. */
  readonly index: number;
  /** One option for every issue, in scenario order. */
  readonly package: Package;
  /** Each analysed actor's utility of the package, rounded with {@link roundUtility}. */
  readonly utilities: Readonly<Record<string, number>>;
}

/** The enumerable package space: analysed actors, allowed options per issue, utility contributions. */
export interface Space {
  readonly actors: readonly string[];
  /** Reservation value of each analysed actor, rounded. */
  readonly reservations: readonly number[];
  readonly issues: readonly { readonly id: string; readonly options: readonly string[] }[];
  readonly count: number;
  /** `contributions[a][i][o]`: actor a's normalised weight of issue i times its value of option o. */
  readonly contributions: readonly (readonly (readonly number[])[])[];
}

/** The options of each issue that the analysis may use, in issue order. */
function allowedOptions(scenario: AnalysisScenario, respectRedLines: boolean): string[][] {
  return scenario.issues.map((issue) => {
    const ids = issue.options.map((o) => o.id);
    if (!respectRedLines) return ids;
    const forbidden = new Set<string>();
    for (const line of scenario.redLines ?? []) {
      if (line.issue === issue.id) for (const f of line.forbidden) forbidden.add(f);
    }
    return ids.filter((id) => !forbidden.has(id));
  });
}

/** Resolves the analysed actors, in the order asked for (default: scenario order). */
export function resolveActors(
  scenario: AnalysisScenario,
  actors: readonly string[] | undefined,
): Result<Pick<Actor, "id" | "weights" | "reservation">[], AnalysisError> {
  if (actors === undefined) return ok([...scenario.actors]);
  if (actors.length === 0) return err({ code: "no-actors", message: "no actors chosen for the analysis" });
  const seen = new Set<string>();
  const out: Pick<Actor, "id" | "weights" | "reservation">[] = [];
  for (const id of actors) {
    if (seen.has(id))
      return err({ code: "duplicate-actor", message: `actor "${id}" is chosen twice`, actor: id });
    seen.add(id);
    const actor = scenario.actors.find((a) => a.id === id);
    if (actor === undefined) return err({ code: "unknown-actor", message: `no actor "${id}"`, actor: id });
    out.push(actor);
  }
  return ok(out);
}

function tooMany(count: number, limit: number): AnalysisError {
  return {
    code: "too-many-packages",
    message: `the scenario has ${count} packages, more than the limit of ${limit}`,
    packages: count,
    limit,
  };
}

/**
 * The number of packages (the product of the option counts, after red lines if asked), without
 * enumerating them. O(issues + red lines).
 */
export function packageCount(scenario: AnalysisScenario, options: AnalysisOptions = {}): number {
  return allowedOptions(scenario, options.respectRedLines ?? false).reduce((n, o) => n * o.length, 1);
}

/** Builds the package space, or says why it cannot be enumerated. O(actors × issues × options). */
export function buildSpace(
  scenario: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<Space, AnalysisError> {
  const actors = resolveActors(scenario, options.actors);
  if (!actors.ok) return actors;
  if (actors.value.length === 0) return err({ code: "no-actors", message: "the scenario has no actors" });
  const allowed = allowedOptions(scenario, options.respectRedLines ?? false);
  const emptyAt = allowed.findIndex((o) => o.length === 0);
  if (emptyAt >= 0) {
    const issue = scenario.issues[emptyAt]?.id ?? "";
    return err({ code: "no-options", message: `issue "${issue}" has no option left to choose`, issue });
  }
  const limit = options.maxPackages ?? MAX_PACKAGES;
  const count = allowed.reduce((n, o) => n * o.length, 1);
  if (count > limit) return err(tooMany(count, limit));
  const contributions = actors.value.map((actor) => {
    const weights = normalisedWeights(scenario, actor);
    return scenario.issues.map((issue, i) =>
      (allowed[i] ?? []).map((option) => (weights[i] ?? 0) * optionValue(issue, actor.id, option)),
    );
  });
  return ok({
    actors: actors.value.map((a) => a.id),
    reservations: actors.value.map((a) => roundUtility(a.reservation)),
    issues: scenario.issues.map((issue, i) => ({ id: issue.id, options: allowed[i] ?? [] })),
    count,
    contributions,
  });
}

/**
 * Calls `visit` for every package of the space in enumeration order (the first issue varies slowest, each
 * issue's options in their scenario order), with the option index of each issue and the analysed actors'
 * utilities. Both arrays are reused between calls: copy what you keep. O(packages × actors × issues).
 */
export function forEachPackage(
  space: Space,
  visit: (index: number, digits: Int32Array, utilities: Float64Array) => void,
): void {
  const issues = space.issues.length;
  const digits = new Int32Array(issues);
  const utilities = new Float64Array(space.actors.length);
  for (let index = 0; index < space.count; index++) {
    for (let a = 0; a < utilities.length; a++) {
      const table = space.contributions[a] ?? [];
      // Same terms, same order as packageUtility, so the sums agree to the last bit before rounding.
      let total = 0;
      for (let i = 0; i < issues; i++) total += table[i]?.[digits[i] ?? 0] ?? 0;
      utilities[a] = roundUtility(total);
    }
    visit(index, digits, utilities);
    for (let i = issues - 1; i >= 0; i--) {
      const next = (digits[i] ?? 0) + 1;
      if (next < (space.issues[i]?.options.length ?? 0)) {
        digits[i] = next;
        break;
      }
      digits[i] = 0;
    }
  }
}

/** The package a digit vector stands for. */
export function packageOf(space: Space, digits: ArrayLike<number>): Package {
  const pkg: Record<string, string> = {};
  space.issues.forEach((issue, i) => {
    pkg[issue.id] = issue.options[digits[i] ?? 0] ?? "";
  });
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

/**
 * Every package (one option per issue), in enumeration order: the first issue varies slowest, each
 * issue's options in scenario order. There are ∏ |options of issue i| of them, so time and memory are
 * O(packages × issues); refuses with `too-many-packages` beyond `options.maxPackages` (default
 * {@link MAX_PACKAGES}). With `respectRedLines`, options forbidden by a red line are left out.
 */
export function allPackages(
  scenario: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<Package[], AnalysisError> {
  const allowed = allowedOptions(scenario, options.respectRedLines ?? false);
  const limit = options.maxPackages ?? MAX_PACKAGES;
  const count = allowed.reduce((n, o) => n * o.length, 1);
  if (count > limit) return err(tooMany(count, limit));
  const out: Package[] = [];
  const digits = allowed.map(() => 0);
  for (let index = 0; index < count; index++) {
    const pkg: Record<string, string> = {};
    scenario.issues.forEach((issue, i) => {
      pkg[issue.id] = allowed[i]?.[digits[i] ?? 0] ?? "";
    });
    out.push(pkg);
    for (let i = digits.length - 1; i >= 0; i--) {
      const next = (digits[i] ?? 0) + 1;
      if (next < (allowed[i]?.length ?? 0)) {
        digits[i] = next;
        break;
      }
      digits[i] = 0;
    }
  }
  return ok(out);
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
