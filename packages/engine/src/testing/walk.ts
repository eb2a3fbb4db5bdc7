import { applyMove, createGame } from "../game/game.js";
import type { GameEvent } from "../rules/events.js";
import type { GameState } from "../rules/state.js";
import type { ValidScenario } from "../scenario/schema.js";
import type { Move } from "../vocabulary/moves.js";
import { moveLabel, type Play } from "./play.js";

/**
 * One move of a play as the public API made it: the state before, the move, the state after, and what the
 * move set off. `index` is the move's place in the play (from 0).
 */
export interface PlayStep {
  readonly index: number;
  readonly before: GameState;
  readonly move: Move;
  readonly after: GameState;
  readonly events: readonly GameEvent[];
}

/** What a check found: `null` when nothing is wrong, otherwise a sentence for people. */
export type Finding = string | null;

/**
 * Watches one play as it is replayed: `start` sees the first state, `step` every move, `end` the last
 * state. Each returns a finding, and the first one ends the watch. A checker keeps what it needs between
 * moves (a count, a hash, a few states), never the whole trace, so its memory does not grow with the play.
 */
export interface PlayChecker {
  /** Sees the state before the first move. */
  start?(state: GameState): Finding;
  /** Sees one move with the states before and after it. */
  step(step: PlayStep): Finding;
  /** Sees the last state of the play. */
  end?(last: GameState): Finding;
}

/** `move 3 (south accept quota)`: where in a play something happened, in words. */
export function moveAt(play: Play, index: number): string {
  const move = play.moves[index];
  return `move ${index + 1}${move === undefined ? "" : ` (${moveLabel(move)})`}`;
}

/** `at the start` for the state before any move, `after move k (…)` for the state after move k. */
export function stateAt(play: Play, moves: number): string {
  return moves === 0 ? "at the start" : `after ${moveAt(play, moves - 1)}`;
}

/** What a checker says, or what it threw: an exception escaping a check is a finding too. */
function seeSafely(checker: PlayChecker, see: (checker: PlayChecker) => Finding): Finding {
  try {
    return see(checker);
  } catch (error) {
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}

/** A checker's first finding, and how many moves of the play had been made when it was found. */
export interface Found {
  readonly message: string;
  readonly moves: number;
}

/**
 * Replays a play once with the public `createGame` and `applyMove` and shows it to several checkers at once,
 * holding only the current state. Returns each checker's first finding (null where it found nothing). A move
 * the engine refuses is a finding for every checker still watching: a play is made of legal moves.
 */
export function watchPlay(
  scenario: ValidScenario,
  play: Play,
  checkers: readonly PlayChecker[],
): (Found | null)[] {
  const found: (Found | null)[] = checkers.map(() => null);
  /** Shows something to every checker still watching, after `moves` moves; returns whether any still is. */
  const each = (moves: number, see: (checker: PlayChecker) => Finding): boolean => {
    checkers.forEach((checker, k) => {
      if (found[k] !== null) return;
      const message = seeSafely(checker, see);
      if (message !== null) found[k] = { message, moves };
    });
    return found.some((f) => f === null);
  };
  const started = createGame(scenario, { seed: play.seed });
  if (!started.ok) {
    each(0, () => `the game cannot start: ${started.error.message}`);
    return found;
  }
  let state = started.value;
  if (!each(0, (checker) => checker.start?.(state) ?? null)) return found;
  for (let index = 0; index < play.moves.length; index++) {
    const move = play.moves[index] as Move;
    const result = applyMove(state, move);
    if (!result.ok) {
      const refused = `the engine refused ${moveAt(play, index)}, which should be legal: ${result.error.code}: ${result.error.message}`;
      each(index + 1, () => refused);
      return found;
    }
    const step: PlayStep = {
      index,
      before: state,
      move,
      after: result.value.state,
      events: result.value.events,
    };
    if (!each(index + 1, (checker) => checker.step(step))) return found;
    state = result.value.state;
  }
  each(play.moves.length, (checker) => checker.end?.(state) ?? null);
  return found;
}

/** Replays a play for one checker: its first finding, or null. */
export function watchOne(scenario: ValidScenario, play: Play, checker: PlayChecker): Finding {
  return watchPlay(scenario, play, [checker])[0]?.message ?? null;
}
