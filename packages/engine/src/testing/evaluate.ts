import { replay } from "../game/game.js";
import type { ValidScenario } from "../scenario/schema.js";
import { checkerOf, type Invariant } from "./invariant.js";
import type { Play } from "./play.js";
import { watchPlay } from "./walk.js";

/** An invariant that failed on a play: its name, what it said, and when (moves made), if it knows. */
export interface Failure {
  readonly name: string;
  readonly message: string;
  /** How many moves of the play had been made when it failed; `null` for an invariant that only says whether. */
  readonly moves: number | null;
}

/** Runs one invariant on a play; an exception is a failure too (the engine threw). */
export function runInvariant(invariant: Invariant, scenario: ValidScenario, play: Play): string | null {
  try {
    return invariant(scenario, play);
  } catch (error) {
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}

/**
 * The first of the named invariants (in their order) that fails on the play. Invariants that watch a play
 * step by step share one replay of it; the others run on their own.
 */
export function firstFailure(
  named: readonly (readonly [string, Invariant])[],
  scenario: ValidScenario,
  play: Play,
): Failure | null {
  const stepwise = named.flatMap(([name, invariant], k) => {
    const factory = checkerOf(invariant);
    return factory === undefined ? [] : [{ name, k, factory }];
  });
  const checkers = stepwise.map(({ factory }) => factory(scenario, play));
  const found = checkers.length === 0 ? [] : watchPlay(scenario, play, checkers);
  const byIndex = new Map<number, Failure>();
  stepwise.forEach(({ name, k }, j) => {
    const f = found[j];
    if (f !== null && f !== undefined) byIndex.set(k, { name, message: f.message, moves: f.moves });
  });
  for (const [k, [name, invariant]] of named.entries()) {
    const known = byIndex.get(k);
    if (known !== undefined) return known;
    if (checkerOf(invariant) !== undefined) continue;
    const message = runInvariant(invariant, scenario, play);
    if (message !== null) return { name, message, moves: null };
  }
  return null;
}

/** The invariant's failure on a play of legal moves, or null when it holds (or the play is not legal). */
export function failsOn(scenario: ValidScenario, invariant: Invariant, play: Play): Failure | null {
  if (!replay(scenario, play).ok) return null;
  return firstFailure([["", invariant]], scenario, play);
}
