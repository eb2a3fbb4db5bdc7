import { fc, test } from "@fast-check/vitest";
import {
  applyMove,
  deserialize,
  type GameState,
  gameMoves,
  isOver,
  legalMoves,
  type Move,
  moveBound,
  replay,
  serialize,
  stateHash,
  type ValidScenario,
} from "@parley/engine";
import { describe, expect } from "vitest";
import { newGame } from "./support/play.js";
import { runs, SMALL_SCENARIOS } from "./support/scenarios.js";

const scenarios = SMALL_SCENARIOS;

const start = (scenario: ValidScenario, seed: string): GameState => newGame(scenario, { seed });

function apply(state: GameState, move: Move): GameState {
  const result = applyMove(state, move);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.state;
}

/** Plays moves chosen by index (modulo the number of legal moves) until the game ends or the choices run out. */
function play(scenario: ValidScenario, seed: string, choices: readonly number[]): GameState {
  let state = start(scenario, seed);
  for (const choice of choices) {
    if (isOver(state)) break;
    const options = legalMoves(state);
    const move = options[choice % options.length];
    if (move === undefined) throw new Error("no legal move in a game that is not over");
    state = apply(state, move);
  }
  return state;
}

const arbChoices = fc.array(fc.nat(1000), { maxLength: 120 });

describe.each(scenarios)("determinism (%s)", (_name, scenario) => {
  test.prop([fc.string({ maxLength: 12 }), arbChoices], { numRuns: runs(60) })(
    "the same scenario, seed and moves give the same state hash",
    (seed, choices) => {
      const first = play(scenario, seed, choices);
      const again = replay(scenario, { seed, moves: gameMoves(first) });
      expect(again.ok && stateHash(again.value)).toBe(stateHash(first));
    },
  );

  test.prop([fc.string({ maxLength: 12 }), arbChoices, fc.nat(120)], { numRuns: runs(40) })(
    "saving, loading and carrying on gives the same states as never saving",
    (seed, choices, cut) => {
      const whole = play(scenario, seed, choices);
      const moves = gameMoves(whole);
      const before = replay(scenario, { seed, moves: moves.slice(0, cut) });
      if (!before.ok) throw new Error(before.error.error.message);
      const text = serialize(before.value);
      const loaded = text.ok ? deserialize(scenario, text.value) : text;
      if (!loaded.ok) throw new Error(loaded.error.message);
      const state = moves.slice(cut).reduce(apply, loaded.value);
      expect(stateHash(state)).toBe(stateHash(whole));
    },
  );

  test.prop([fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })], { numRuns: runs(30) })(
    "different seeds differ only in what the seed draws",
    (a, b) => {
      // Before any move the seed decides only the generator's state and the hidden draws.
      const drawn = (state: GameState) => ({
        ...state,
        seed: null,
        rng: null,
        types: null,
        reservations: null,
        injects: null,
      });
      expect(drawn(start(scenario, a))).toEqual(drawn(start(scenario, b)));
    },
  );
});

describe.each(scenarios)("termination (%s)", (_name, scenario) => {
  test.prop([fc.string({ maxLength: 12 }), fc.infiniteStream(fc.nat(1000))], { numRuns: runs(60) })(
    "always picking any legal move ends the game within the scenario's move bound",
    (seed, stream) => {
      const bound = moveBound(scenario);
      let state = start(scenario, seed);
      let count = 0;
      const choices = stream[Symbol.iterator]();
      while (!isOver(state)) {
        const options = legalMoves(state);
        expect(options.length).toBeGreaterThan(0);
        state = apply(state, options[(choices.next().value ?? 0) % options.length] as Move);
        count++;
        expect(count).toBeLessThanOrEqual(bound);
      }
    },
  );

  test.prop([fc.string({ maxLength: 12 }), fc.infiniteStream(fc.nat(1000))], { numRuns: runs(40) })(
    "games without walk-outs also end within the bound, and run every meeting",
    (seed, stream) => {
      let state = start(scenario, seed);
      let count = 0;
      const choices = stream[Symbol.iterator]();
      while (!isOver(state)) {
        const options = legalMoves(state).filter((m) => m.type !== "walk-out");
        state = apply(state, options[(choices.next().value ?? 0) % options.length] as Move);
        count++;
      }
      expect(count).toBeLessThanOrEqual(moveBound(scenario));
      if (state.results.every((r) => r.result !== "collapse"))
        expect(state.results).toHaveLength(scenario.tracks.length);
    },
  );
});
