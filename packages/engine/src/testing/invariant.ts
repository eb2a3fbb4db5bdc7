import type { GameState } from "../rules/state.js";
import type { ValidScenario } from "../scenario/schema.js";
import type { Play } from "./play.js";
import { type Finding, type PlayChecker, stateAt, watchOne } from "./walk.js";

/**
 * A property of every game of a scenario, checked on one play: `null` when it holds, otherwise a
 * description of what went wrong, for people. Invariants never throw for a failure (an exception escaping
 * one is itself a finding: the engine threw).
 */
export type Invariant = (scenario: ValidScenario, play: Play) => string | null;

/** Where an invariant made by {@link stepwise} keeps its checker, so that `checkScenario` can share a replay. */
const CHECKER = Symbol("parley.checker");

/** Makes a checker for one play of a scenario. */
export type CheckerFactory = (scenario: ValidScenario, play: Play) => PlayChecker;

/** An invariant that watches a play step by step (see {@link stepwise}). */
export type StepwiseInvariant = Invariant & { readonly [CHECKER]: CheckerFactory };

/**
 * An invariant from a checker that watches the play move by move: the play is replayed once, holding only
 * the current state, whatever its length. `checkScenario` replays a play once for all such invariants.
 */
export function stepwise(factory: CheckerFactory): StepwiseInvariant {
  const invariant = (scenario: ValidScenario, play: Play) =>
    watchOne(scenario, play, factory(scenario, play));
  return Object.assign(invariant, { [CHECKER]: factory });
}

/** The checker factory of an invariant made by {@link stepwise}, if it is one. */
export function checkerOf(invariant: Invariant): CheckerFactory | undefined {
  return (invariant as Partial<StepwiseInvariant>)[CHECKER];
}

/**
 * Checks every state of a play, from the start to the end: `check(state, index)` returns a failure or
 * `null`; `index` is the number of moves made so far. Makes an {@link Invariant} from a property of states,
 * such as "Southland never agrees to hand over the harbour".
 *
 * @example
 * ```ts
 * const keepsHarbour = throughout((state) =>
 *   outcome(state).agreed.harbour === "north-run" ? "the harbour was handed to Northland" : null);
 * ```
 */
export function throughout(check: (state: GameState, index: number) => string | null): Invariant {
  return stepwise((_scenario, play) => {
    const where = (found: Finding, moves: number): Finding =>
      found === null ? null : `${stateAt(play, moves)}: ${found}`;
    return {
      start: (state) => where(check(state, 0), 0),
      step: ({ index, after }) => where(check(after, index + 1), index + 1),
    };
  });
}

/**
 * What a state is, without its scenario and move log: cheap to compare at every step of a long game (a
 * state's hash covers its whole move log). Two states of the same game with equal fingerprints and equal
 * move counts are the same state.
 */
export function fingerprint(state: GameState): string {
  const { scenario: _scenario, moves: _moves, ...rest } = state;
  return JSON.stringify(rest);
}
