import { fc, test } from "@fast-check/vitest";
import {
  applyMove,
  createGame,
  deserialize,
  type GameState,
  isOver,
  legalMoves,
  type Move,
  moveBound,
  replay,
  serialize,
  stateHash,
} from "@parley/engine";
import { describe, expect } from "vitest";
import { harbour, runs } from "./support/scenarios.js";

const scenario = harbour();

/** Plays moves chosen by index (modulo the number of legal moves) until the game ends or the choices run out. */
function play(seed: string, choices: readonly number[]): { state: GameState; moves: Move[] } {
  let state = createGame(scenario, { seed });
  const moves: Move[] = [];
  for (const choice of choices) {
    if (isOver(state)) break;
    const options = legalMoves(state);
    const move = options[choice % options.length];
    if (move === undefined) throw new Error("no legal move in a game that is not over");
    const result = applyMove(state, move);
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
    moves.push(move);
  }
  return { state, moves };
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
      let state = loaded.value;
      for (const move of whole.moves.slice(before.moves.length)) {
        const result = applyMove(state, move);
        expect(result.ok).toBe(true);
        if (result.ok) state = result.state;
      }
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
      let state = createGame(scenario, { seed });
      let count = 0;
      const choices = stream[Symbol.iterator]();
      while (!isOver(state)) {
        const options = legalMoves(state);
        expect(options.length).toBeGreaterThan(0);
        const result = applyMove(state, options[(choices.next().value ?? 0) % options.length]);
        if (!result.ok) throw new Error(result.error.message);
        state = result.state;
        count++;
        expect(count).toBeLessThanOrEqual(bound);
      }
    },
  );

  test.prop([fc.string({ maxLength: 12 }), fc.infiniteStream(fc.nat(1000))], { numRuns: runs(100) })(
    "games without walk-outs also end within the bound, and run every track",
    (seed, stream) => {
      let state = createGame(scenario, { seed });
      let count = 0;
      const choices = stream[Symbol.iterator]();
      while (!isOver(state)) {
        const options = legalMoves(state).filter((m) => m.type !== "walk-out");
        const result = applyMove(state, options[(choices.next().value ?? 0) % options.length]);
        if (!result.ok) throw new Error(result.error.message);
        state = result.state;
        count++;
      }
      expect(count).toBeLessThanOrEqual(moveBound(scenario));
      if (state.results.every((r) => r.result !== "collapse"))
        expect(state.results).toHaveLength(scenario.tracks.length);
    },
  );
});
