import type { GameState, Move, MoveResult, Outcome } from "@parley/engine";
import { checkScenario, type InvariantName, invariants, type ScenarioFailure } from "@parley/engine/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { harbour } from "./support/scenarios.js";

/**
 * The kit's invariants must bite: each test below breaks the engine in one way (a "mutant", switched on
 * for that test only) and checks that `checkScenario` reports the invariant that should catch it, with a
 * short replay. The engine's own modules are replaced for this file only; with no mutant on they behave
 * as usual.
 */

type Mutant =
  | "save-drops-last-move"
  | "lists-an-illegal-move"
  | "utility-above-one"
  | "reaffirm-crosses"
  | "pass-costs-a-minute-more"
  | "stuck-in-closing";

const mutant = vi.hoisted(() => ({ current: null as Mutant | null }));

vi.mock("../packages/engine/src/game/game.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../packages/engine/src/game/game.js")>();
  return {
    ...real,
    legalMoves(state: GameState): Move[] {
      const moves = real.legalMoves(state);
      const actor = real.currentActor(state);
      if (mutant.current === "lists-an-illegal-move" && actor !== null && state.track.phase === "opening")
        return [...moves, { type: "accept-follow-up", actor }];
      if (mutant.current === "stuck-in-closing" && state.track.phase === "closing" && state.track.index > 0)
        return [];
      return moves;
    },
    applyMove(state: GameState, move: unknown): MoveResult {
      const result = real.applyMove(state, move);
      if (!result.ok) return result;
      const type = (move as Move).type;
      if (mutant.current === "reaffirm-crosses" && type === "reaffirm") {
        const redLines = result.state.redLines.map(() => "crossed" as const);
        return { ...result, state: { ...result.state, redLines } };
      }
      if (mutant.current === "pass-costs-a-minute-more" && type === "pass" && !result.state.over) {
        const track = { ...result.state.track, clock: result.state.track.clock + 1 };
        return { ...result, state: { ...result.state, track } };
      }
      return result;
    },
    outcome(state: GameState): Outcome {
      const out = real.outcome(state);
      if (mutant.current !== "utility-above-one" || state.moves.length < 3) return out;
      const [first] = Object.keys(out.utilities);
      return first === undefined ? out : { ...out, utilities: { ...out.utilities, [first]: 1.25 } };
    },
  };
});

vi.mock("../packages/engine/src/session/persist.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../packages/engine/src/session/persist.js")>();
  return {
    ...real,
    serialize(state: GameState): string {
      const text = real.serialize(state);
      if (mutant.current !== "save-drops-last-move") return text;
      const save = JSON.parse(text) as { play: string };
      return JSON.stringify({ ...save, play: save.play.split(".").slice(0, -1).join(".") });
    },
  };
});

afterEach(() => {
  mutant.current = null;
});

const scenario = harbour();

/** The failure of one invariant with the mutant on, if it is caught. */
function caught(which: Mutant, invariant: InvariantName): ScenarioFailure | undefined {
  mutant.current = which;
  const only = { [invariant]: invariants[invariant] };
  const [failure] = checkScenario(scenario, { numRuns: 40, seed: 11, invariants: only });
  mutant.current = null;
  return failure;
}

describe("the kit catches a broken engine", () => {
  it("with no mutant, every invariant holds", () => {
    expect(checkScenario(scenario, { numRuns: 20, seed: 11 })).toEqual([]);
  });

  const cases: [Mutant, InvariantName, number][] = [
    ["save-drops-last-move", "saveLoadTransparent", 1],
    ["lists-an-illegal-move", "legalMovesAccepted", 0],
    ["utility-above-one", "utilitiesInRange", 3],
    ["reaffirm-crosses", "redLinesNeverSilentlyCrossed", 5],
    ["pass-costs-a-minute-more", "clockMonotone", 1],
    ["stuck-in-closing", "terminates", 30],
  ];

  it.each(cases)("%s is caught by %s, with a replay of at most %i moves", (which, invariant, most) => {
    const failure = caught(which, invariant);
    expect(failure?.invariant).toBe(invariant);
    expect(failure?.replay.moves.length).toBeLessThanOrEqual(most);
  });
});
