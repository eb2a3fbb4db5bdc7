import type * as fc from "fast-check";
import type { ValidScenario } from "../scenario/schema.js";
import { isValidatedScenario } from "../scenario/validated.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import type { Invariant } from "./invariant.js";
import type { Play } from "./play.js";

/** Options of `checkScenario`. */
export interface CheckOptions {
  /** How many plays to try: a whole number from 1. */
  readonly numRuns: number;
  /** fast-check's seed, to repeat a run exactly (a whole number); by default fast-check picks one (and reports it). */
  readonly seed?: number;
  /**
   * The invariants to check, by name. Default: every one of the kit's `invariants`. Add a scenario's
   * own properties with `{ ...invariants, "southland keeps the harbour": keepsHarbour }`.
   */
  readonly invariants?: Readonly<Record<string, Invariant>>;
  /** The plays to try. Default `arbCheckPlay(scenario)`. */
  readonly plays?: fc.Arbitrary<Play>;
  /**
   * Whether to check the scenario's historical record too (see `checkHistory`); a failure is reported as
   * invariant `history`, with the record's moves as the replay. Default true.
   */
  readonly history?: boolean;
}

/** Why `checkScenario` checked nothing: its scenario or its options cannot be used. */
export interface CheckError {
  readonly code: "invalid-scenario" | "invalid-options";
  readonly message: string;
}

const KNOWN = new Set(["numRuns", "seed", "invariants", "plays", "history"]);

/** The most plays one call may try (a typo of a few zeros should not run for days). */
export const MAX_RUNS = 1_000_000;

function describe(value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean" || value == null) return String(value);
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return Array.isArray(value) ? "a list" : `a ${typeof value}`;
}

/** Whether a value looks like a fast-check arbitrary (it may come from another copy of fast-check). */
function isArbitrary(value: unknown): boolean {
  const candidate = value as { generate?: unknown; shrink?: unknown; canShrinkWithoutContext?: unknown };
  return (
    typeof value === "object" &&
    value !== null &&
    typeof candidate.generate === "function" &&
    typeof candidate.shrink === "function" &&
    typeof candidate.canShrinkWithoutContext === "function"
  );
}

function invalid(message: string): Result<never, CheckError> {
  return err({ code: "invalid-options", message: `checkScenario: ${message}` });
}

/** What is wrong with the invariants option, or null. */
function invariantsProblem(value: unknown): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return `'invariants' is invariants by name, { name: (scenario, play) => string | null }; got ${describe(value)}`;
  for (const [name, invariant] of Object.entries(value)) {
    if (typeof invariant !== "function")
      return `invariant '${name}' is not a function (scenario, play) => string | null; got ${describe(invariant)}`;
  }
  return null;
}

/**
 * Checks `checkScenario`'s scenario and options, so that a mistake (a run count of -1, `NaN` or `0`, a
 * misspelt option, a seed that is no whole number) is an error rather than a check that checks nothing and
 * passes. Returns the options as given, or why they cannot be used.
 */
export function validateCheck(scenario: unknown, options: unknown): Result<CheckOptions, CheckError> {
  if (!isValidatedScenario(scenario))
    return err({
      code: "invalid-scenario",
      message: "checkScenario takes a scenario that parseScenario (or parseScenarioOrThrow) has returned.",
    });
  if (typeof options !== "object" || options === null || Array.isArray(options))
    return invalid(`the options are an object like { numRuns: 20 }; got ${describe(options)}`);
  const given = options as Record<string, unknown>;
  const unknown = Object.keys(given).find((key) => !KNOWN.has(key));
  if (unknown !== undefined)
    return invalid(`unknown option '${unknown}'; the options are ${[...KNOWN].join(", ")}`);
  const { numRuns, seed, invariants, plays, history } = given;
  if (typeof numRuns !== "number" || !Number.isInteger(numRuns) || numRuns < 1 || numRuns > MAX_RUNS)
    return invalid(
      `'numRuns' is how many plays to try, a whole number from 1 to ${MAX_RUNS}; got ${describe(numRuns)}`,
    );
  if (seed !== undefined && (typeof seed !== "number" || !Number.isSafeInteger(seed)))
    return invalid(`'seed' is fast-check's seed, a whole number; got ${describe(seed)}`);
  if (invariants !== undefined) {
    const problem = invariantsProblem(invariants);
    if (problem !== null) return invalid(problem);
  }
  if (plays !== undefined && !isArbitrary(plays))
    return invalid(
      `'plays' is a fast-check arbitrary of plays, such as arbLegalPlay(scenario); got ${describe(plays)}`,
    );
  if (history !== undefined && typeof history !== "boolean")
    return invalid(`'history' is true or false; got ${describe(history)}`);
  const checksHistory = history !== false && (scenario as ValidScenario).history !== undefined;
  if (invariants !== undefined && Object.keys(invariants as object).length === 0 && !checksHistory)
    return invalid("there is nothing to check: 'invariants' is empty and there is no history to check");
  return ok(given as unknown as CheckOptions);
}
