import { fc, test } from "@fast-check/vitest";
import {
  createGame,
  deserialize,
  type GameState,
  isOver,
  type Move,
  moveBound,
  replay,
  serialize,
  stateHash,
} from "@parley/engine";
import { describe, expect } from "vitest";
import { playChoices, playMoves } from "./support/play.js";
import { harbour, runs } from "./support/scenarios.js";

const scenario = harbour();

/** Plays moves chosen by index (modulo the number of legal moves) until the game ends or the choices run out. */
function play(seed: string, choices: readonly number[]): { state: GameState; moves: Move[] } {
  return playChoices(createGame(scenario, { seed }), choices);
}

const arbChoices = fc.array(fc.nat(1000), { maxLength: 120 });

describe("determinism", () => {
  test.prop([fc.string({ maxLength: 12 }), arbChoices], { numRuns: runs(150) })(
    "the same scenario, seed and moves give the same state hash",
    (seed, choices) => {
      const first = play(seed, choices);
      const again = replay(scenario, { seed, moves: first.moves });
      expect(again.ok).toBe(true);
      if (again.ok) expect(stateHash(again.value)).toBe(stateHash(first.state));
    },
  );

  test.prop([fc.string({ maxLength: 12 }), arbChoices, fc.nat(120)], { numRuns: runs(100) })(
    "saving, loading and carrying on gives the same states as never saving",
    (seed, choices, cut) => {
      const whole = play(seed, choices);
      const before = play(seed, choices.slice(0, cut));
      const loaded = deserialize(scenario, serialize(before.state));
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) return;
      const { state } = playMoves(loaded.value, whole.moves.slice(before.moves.length));
      expect(stateHash(state)).toBe(stateHash(whole.state));
    },
  );

  test.prop([fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })], { numRuns: runs(50) })(
    "different seeds may differ only through random injects",
    (a, b) => {
      // With no moves made the only seed-dependent field is the generator's state.
      const x = createGame(scenario, { seed: a });
      const y = createGame(scenario, { seed: b });
      expect({ ...x, rng: null, seed: null }).toEqual({ ...y, rng: null, seed: null });
    },
  );
});

describe("termination", () => {
  test.prop([fc.string({ maxLength: 12 }), fc.infiniteStream(fc.nat(1000))], { numRuns: runs(150) })(
    "always picking any legal move ends the game within the scenario's move bound",
    (seed, stream) => {
      const bound = moveBound(scenario);
      const { state, moves } = playChoices(createGame(scenario, { seed }), stream, { maxMoves: bound + 1 });
      expect(moves.length).toBeLessThanOrEqual(bound);
      expect(isOver(state)).toBe(true);
    },
  );

  test.prop([fc.string({ maxLength: 12 }), fc.infiniteStream(fc.nat(1000))], { numRuns: runs(100) })(
    "games without walk-outs also end within the bound, and run every track",
    (seed, stream) => {
      const bound = moveBound(scenario);
      const { state, moves } = playChoices(createGame(scenario, { seed }), stream, {
        walkOuts: false,
        maxMoves: bound + 1,
      });
      expect(moves.length).toBeLessThanOrEqual(bound);
      expect(isOver(state)).toBe(true);
      if (state.results.every((r) => r.result !== "collapse"))
        expect(state.results).toHaveLength(scenario.tracks.length);
    },
  );
});
