import * as fc from "fast-check";
import type { ValidScenario } from "../scenario/schema.js";
import { ok, type Result } from "../vocabulary/result.js";
import { firstFailure } from "./evaluate.js";
import { arbGuidedPlay } from "./guided.js";
import { checkHistory } from "./history.js";
import type { Invariant } from "./invariant.js";
import { invariants } from "./invariants.js";
import { type CheckError, type CheckOptions, validateCheck } from "./options.js";
import { arbLegalPlay, type Play } from "./play.js";
import { type Replay, toReplay } from "./replay.js";
import { minimise } from "./shrink.js";

/** One invariant that failed, with the shortest failing play found. */
export interface ScenarioFailure {
  /** The invariant's name. */
  readonly invariant: string;
  /** What went wrong on the shrunk play. */
  readonly message: string;
  /** The shrunk counterexample `{ scenarioId, seed, moves }`, ready for `parley replay` or `replayLink`. */
  readonly replay: Replay;
  /**
   * fast-check's seed for the run that found it: `checkScenario(scenario, { numRuns, seed })` repeats the
   * run. For a `history` failure, the seed passed in (or 0).
   */
  readonly seed: number;
  /** fast-check's path to the counterexample within that run (empty for a `history` failure). */
  readonly path: string;
  /** Plays tried up to the first failure. */
  readonly numRuns: number;
  /** fast-check's shrinking steps after it (the kit's own minimising comes on top). */
  readonly numShrinks: number;
}

/**
 * The plays `checkScenario` tries by default, a mix so that both the common and the rare get played:
 * two in five are guided by the kit's deal-seeker with random deviations (they reach agreements, which
 * uniform random plays almost never do), one in five by the actors' default bots with deviations, one in
 * five are uniformly random and run to the end without walk-outs (long games, all the meetings), and one in
 * five are uniformly random prefixes of any length with any legal move.
 */
export function arbCheckPlay(scenario: ValidScenario): fc.Arbitrary<Play> {
  return fc.oneof(
    { weight: 2, arbitrary: arbGuidedPlay(scenario, { exclude: ["walk-out"] }) },
    { weight: 1, arbitrary: arbGuidedPlay(scenario, { guide: "bots" }) },
    { weight: 1, arbitrary: arbLegalPlay(scenario, { toEnd: true, exclude: ["walk-out"] }) },
    { weight: 1, arbitrary: arbLegalPlay(scenario) },
  );
}

/** The failure of the scenario's historical record, if it has one that does not hold. */
function historyFailure(scenario: ValidScenario, seed: number): ScenarioFailure | null {
  const history = scenario.history;
  const message = checkHistory(scenario);
  if (history === undefined || message === null) return null;
  const replay = { scenarioId: scenario.id, seed: String(history.seed), moves: history.moves };
  return { invariant: "history", message, replay, seed, path: "", numRuns: 0, numShrinks: 0 };
}

/**
 * Checks a scenario against invariants on random plays and returns what failed: an empty list when
 * everything held. All the invariants are checked on each play (replayed once for all of those that watch
 * it step by step); when one fails, fast-check shrinks the play, the kit makes it shorter still, the
 * failure is recorded with that replay, and the search goes on for the remaining invariants. Never throws:
 * options that would check nothing (a run count of 0, -1 or NaN, no invariant) are an error, as data.
 *
 * The kit's memory does not grow with the plays' length: plays are replayed holding only the current
 * state, and only a few copies of it at a time.
 *
 * @example
 * ```ts
 * expect(formatCheck(checkScenario(scenario, { numRuns: 50 }))).toEqual([]);
 * ```
 */
export function checkScenario(
  scenario: ValidScenario,
  options: CheckOptions,
): Result<ScenarioFailure[], CheckError> {
  const valid = validateCheck(scenario, options);
  if (!valid.ok) return valid;
  const { numRuns, seed, plays = arbCheckPlay(scenario), history = true } = valid.value;
  let remaining: [string, Invariant][] = Object.entries(valid.value.invariants ?? invariants);
  const failures: ScenarioFailure[] = [];
  const record = history ? historyFailure(scenario, seed ?? 0) : null;
  if (record !== null) failures.push(record);
  while (remaining.length > 0) {
    const named = remaining;
    const property = fc.property(plays, (play) => firstFailure(named, scenario, play) === null);
    const details = fc.check(property, seed === undefined ? { numRuns } : { numRuns, seed });
    const shrunk = details.counterexample?.[0];
    if (!details.failed || shrunk === undefined) break;
    const found = firstFailure(named, scenario, shrunk);
    const invariant = named.find(([name]) => name === found?.name)?.[1];
    if (found === null || invariant === undefined) {
      // The property threw outside any invariant: report it rather than lose it.
      failures.push({
        invariant: "checkScenario",
        message: String(details.errorInstance ?? "a play failed for no invariant"),
        replay: toReplay(scenario, shrunk),
        seed: details.seed,
        path: details.counterexamplePath ?? "",
        numRuns: details.numRuns,
        numShrinks: details.numShrinks,
      });
      break;
    }
    const shrunkPlay = { play: shrunk, message: found.message, at: found.moves };
    const { play, message } = minimise(scenario, shrunkPlay, invariant, details.seed);
    failures.push({
      invariant: found.name,
      message,
      replay: toReplay(scenario, play),
      seed: details.seed,
      path: details.counterexamplePath ?? "",
      numRuns: details.numRuns,
      numShrinks: details.numShrinks,
    });
    remaining = remaining.filter(([name]) => name !== found.name);
  }
  return ok(failures);
}

/** A failure in a few lines: the invariant, the message, the replay as JSON, and how to repeat the search. */
export function formatFailure(failure: ScenarioFailure): string {
  const lines = [
    `${failure.invariant}: ${failure.message}`,
    `  replay (${failure.replay.moves.length} moves): ${JSON.stringify(failure.replay)}`,
  ];
  if (failure.invariant !== "history" || failure.path !== "")
    lines.push(
      `  repeat the search: checkScenario(scenario, { numRuns: ${failure.numRuns}, seed: ${failure.seed} })`,
    );
  return lines.join("\n");
}

/**
 * What `checkScenario` found, as lines for a test to compare with `[]`: each failure in a few lines
 * ({@link formatFailure}), or why the check could not run. Empty only when the check ran and found nothing.
 *
 * @example
 * ```ts
 * expect(formatCheck(checkScenario(nrc, { numRuns: 20 }))).toEqual([]);
 * ```
 */
export function formatCheck(checked: Result<readonly ScenarioFailure[], CheckError>): string[] {
  return checked.ok ? checked.value.map(formatFailure) : [`${checked.error.code}: ${checked.error.message}`];
}
