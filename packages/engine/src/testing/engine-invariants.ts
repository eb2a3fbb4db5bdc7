import { type Sim, start } from "../core/index.js";
import { applyMove, createGame, isOver, legalMoves, moveBound, replay, stateHash } from "../game/game.js";
import { compiledOf } from "../rules/compile.js";
import type { GameState } from "../rules/state.js";
import { fingerprint, type Invariant, stepwise } from "./invariant.js";
import { playMove } from "./play.js";
import { moveAt, stateAt } from "./walk.js";

/** The fingerprint of a game on the simulation core (its generator's state is kept beside it). */
function simFingerprint(sim: Sim): string {
  return fingerprint({ ...(sim.state as GameState), rng: sim.ctx.random.state() });
}

/**
 * The same play gives the same game whichever way and however often it is played: a second replay with
 * `applyMove` gives the same states and events at every step; the simulation core (bots, saves, the kit's
 * own plays) gives the same states; `replay()` ends in the same state (by hash).
 */
export const determinism: Invariant = stepwise((scenario, play) => {
  const c = compiledOf(scenario);
  let second: GameState | null = null;
  let sim: Sim | null = null;
  return {
    start: (state) => {
      const again = createGame(scenario, { seed: play.seed });
      if (!again.ok) return `a second game with the same seed does not start: ${again.error.message}`;
      second = again.value;
      sim = start(c, play.seed, false);
      if (fingerprint(second) !== fingerprint(state)) return "two games with the same seed start differently";
      return simFingerprint(sim) === fingerprint(state)
        ? null
        : "the simulation core starts the game differently from createGame";
    },
    step: ({ index, move, after, events }) => {
      const where = moveAt(play, index);
      const result = applyMove(second as GameState, move);
      if (!result.ok) return `a second replay refused ${where}: ${result.error.message}`;
      second = result.value.state;
      if (fingerprint(second) !== fingerprint(after)) return `two replays differ after ${where}`;
      const a = JSON.stringify(events);
      const b = JSON.stringify(result.value.events);
      if (a !== b) return `two replays report different events for ${where}: ${a} and ${b}`;
      const core = sim as Sim;
      if (!playMove(core, move)) return `the simulation core refuses ${where}, which applyMove accepted`;
      return simFingerprint(core) === fingerprint(after)
        ? null
        : `the simulation core (bots, saves) and applyMove differ after ${where}`;
    },
    end: (last) => {
      const hash = stateHash(last);
      if (second === null || stateHash(second) !== hash)
        return "two replays end in states of different hashes";
      const replayed = replay(scenario, play);
      if (!replayed.ok)
        return `replay() refused move ${replayed.error.index + 1}: ${replayed.error.error.message}`;
      return stateHash(replayed.value) === hash ? null : "replay() ends in another state than applyMove";
    },
  };
});

/**
 * The game ends within `moveBound(scenario)` moves, and no state short of the end leaves the actor on the
 * floor without a legal move. Give it plays that run to the end (`arbLegalPlay(s, { toEnd: true })`, as
 * `checkScenario` does): a play that stops earlier only shows that its prefix stays within the bound.
 */
export const terminates: Invariant = stepwise((scenario, play) => {
  const bound = moveBound(scenario);
  const live = (state: GameState, moves: number): string | null => {
    if (moves > bound)
      return `the game is not over after ${moves} moves, more than moveBound(scenario) = ${bound}`;
    if (isOver(state) || legalMoves(state).length > 0) return null;
    return `deadlock ${stateAt(play, moves)}: the game is not over but nobody on the floor has a legal move`;
  };
  return {
    start: (state) => live(state, 0),
    step: ({ index, after }) => live(after, index + 1),
  };
});
