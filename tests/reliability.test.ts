import { fc, test } from "@fast-check/vitest";
import * as engine from "@parley/engine";
import {
  admitState,
  applyMove,
  BOT_NAMES,
  checkMove,
  createBot,
  createGame,
  currentActor,
  DEFAULT_MINUTES,
  DEFAULT_RULES,
  deserialize,
  type GameState,
  isOver,
  legalMoves,
  MOVE_TYPES,
  outcome,
  PERSONAS,
  parseScenario,
  playGame,
  SCENARIO_LIMITS,
  type Scenario,
  serialize,
  stateHash,
  type ValidScenario,
  view,
} from "@parley/engine";
import * as testing from "@parley/engine/testing";
import { describe, expect, it } from "vitest";
import { isVouched, vouch } from "../packages/engine/src/core/trust.js";
import { at, InvariantError } from "../packages/engine/src/vocabulary/assert.js";
import { firstUnfrozen } from "./support/frozen.js";
import { newGame, play, playChoices } from "./support/play.js";
import { harbour, runs } from "./support/scenarios.js";

const scenario = harbour();

/** A copy of a scenario with some fields changed, validated again. */
function variant(base: ValidScenario, change: (raw: Scenario) => void): ValidScenario {
  const raw = structuredClone(base) as Scenario;
  change(raw);
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(parsed.error.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return parsed.value;
}

/** Some moves into a game, no walk-outs. */
function someMoves(n: number, seed = "reliable"): GameState {
  let state = newGame(scenario, { seed });
  for (let i = 0; i < n && !isOver(state); i++) {
    const moves = legalMoves(state).filter((m) => m.type !== "walk-out");
    state = play(state, moves[i % moves.length] ?? { type: "pass", actor: currentActor(state) ?? "" }).state;
  }
  return state;
}

/** Hostile things to pass where the API expects data: getters and Proxies that throw, cycles, huge text. */
const hostile = fc.oneof(
  fc.constant(
    Object.defineProperty({ type: "pass" }, "actor", {
      enumerable: true,
      get() {
        throw new Error("gotcha");
      },
    }),
  ),
  fc.constant(
    new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("trap");
        },
        get() {
          throw new Error("trap");
        },
        getOwnPropertyDescriptor() {
          throw new Error("trap");
        },
      },
    ),
  ),
  fc.constant(
    (() => {
      const cycle: Record<string, unknown> = { type: "propose", actor: "north" };
      cycle.terms = cycle;
      return cycle;
    })(),
  ),
  fc.constant({ type: "pass", actor: "x".repeat(1_000_000) }),
  fc.anything(),
);

describe("nothing throws across the API (issue 13, point 1)", () => {
  const state = someMoves(6);

  test.prop([hostile], { numRuns: runs(200) })(
    "applyMove and checkMove answer hostile moves with errors",
    (move) => {
      const applied = applyMove(state, move);
      expect(applied.ok).toBe(false);
      expect(checkMove(state, move).ok).toBe(false);
      if (!applied.ok) expect(applied.error.message.length).toBeGreaterThan(5);
    },
  );

  test.prop([hostile], { numRuns: runs(200) })(
    "every function taking a state answers a hostile one without throwing",
    (value) => {
      const bogus = value as GameState;
      expect(admitState(value).ok).toBe(false);
      expect(applyMove(bogus, { type: "pass", actor: "north" }).ok).toBe(false);
      expect(legalMoves(bogus)).toEqual([]);
      expect(currentActor(bogus)).toBeNull();
      expect(isOver(bogus)).toBe(true);
      expect(outcome(bogus).finished).toBe(false);
      expect(view(bogus, "north").ok).toBe(false);
      expect(stateHash(bogus)).toBe("");
    },
  );

  it("states survive structuredClone and JSON, and keep working", () => {
    for (const copy of [structuredClone(state), JSON.parse(JSON.stringify(state)) as GameState]) {
      expect(stateHash(copy)).toBe(stateHash(state));
      const next = applyMove(copy, legalMoves(copy)[0]);
      expect(next.ok).toBe(true);
    }
  });

  it.each([
    [
      "an out-of-range meeting",
      (s: Record<string, unknown>) => ({ ...s, track: { ...(s.track as object), index: 5 } }),
    ],
    [
      "an unknown stance",
      (s: Record<string, unknown>) => ({ ...s, stances: ["sulking", "engaged", "engaged"] }),
    ],
    ["an edited tension", (s: Record<string, unknown>) => ({ ...s, tension: 3 })],
    ["a missing move log", (s: Record<string, unknown>) => ({ ...s, moves: undefined })],
    [
      "a move that was never legal",
      (s: Record<string, unknown>) => ({
        ...s,
        moves: [[{ type: "walk-out", actor: "atlantis" }]],
        moveCount: 1,
      }),
    ],
  ])("a damaged state (%s) is refused with a reason, not a throw", (_label, damage) => {
    const damaged = damage(
      JSON.parse(JSON.stringify(state)) as Record<string, unknown>,
    ) as unknown as GameState;
    const result = applyMove(damaged, legalMoves(state)[0]);
    expect(!result.ok && result.error.code).toBe("invalid-state");
  });

  it("an unknown actor is refused, never played as someone else", () => {
    const result = applyMove(state, { type: "pass", actor: "atlantis" });
    expect(!result.ok && result.error).toMatchObject({
      code: "unknown-actor",
      params: { actor: "atlantis" },
    });
  });

  it("an internal lookup that cannot miss fails loudly instead of making up a value", () => {
    expect(() => at([1, 2], 5, "test list")).toThrow(InvariantError);
  });

  it("createGame refuses an undefined seed, NaN and unvalidated junk, and checks a plain-JSON scenario", () => {
    for (const seed of [undefined, Number.NaN, Number.POSITIVE_INFINITY, "s".repeat(5000)]) {
      const game = createGame(scenario, { seed: seed as string });
      expect(!game.ok && game.error.code).toBe("invalid-seed");
    }
    const junk = createGame({ hello: "world" } as never, { seed: 1 });
    expect(!junk.ok && junk.error.code).toBe("invalid-scenario");
    const plain = createGame(JSON.parse(JSON.stringify(scenario)), { seed: 1 });
    expect(plain.ok).toBe(true);
  });

  it("createBot refuses an unknown name and a bad seed", () => {
    expect(!createBot("genius" as never).ok).toBe(true);
    expect(!createBot("random", { seed: Number.NaN }).ok).toBe(true);
  });
});

describe("long games stay linear (issue 13, point 2)", () => {
  it("a move copies only the last chunk of the move log: every earlier chunk is shared", () => {
    // A meeting of 2,000 minutes where a statement takes one: a game of well over a thousand moves.
    const long = variant(scenario, (raw) => {
      raw.rules = { ...(raw.rules ?? {}), minutes: { statement: 1 } };
      for (const track of raw.tracks) {
        track.scheduledMinutes = 2000;
        for (const item of track.agenda) item.minutes = 600;
      }
    });
    let state = newGame(long, { seed: "long" });
    let previous = state;
    let checked = 0;
    for (let i = 0; i < 700 && !isOver(state); i++) {
      previous = state;
      state = play(state, {
        type: "statement",
        actor: currentActor(state) ?? "",
        tone: "conciliatory",
      }).state;
      for (let k = 0; k < previous.moves.length - 1; k++) {
        expect(state.moves[k]).toBe(previous.moves[k]);
        checked++;
      }
    }
    expect(state.moveCount).toBeGreaterThan(256);
    expect(checked).toBeGreaterThan(0);
  });
});

describe("shared things cannot be changed (issue 13, point 3)", () => {
  it.each([
    ["DEFAULT_MINUTES", DEFAULT_MINUTES],
    ["DEFAULT_RULES", DEFAULT_RULES],
    ["SCENARIO_LIMITS", SCENARIO_LIMITS],
    ["MOVE_TYPES", MOVE_TYPES],
    ["BOT_NAMES", BOT_NAMES],
    ["PERSONAS", PERSONAS],
  ])("%s is frozen", (_name, value) => {
    expect(Object.isFrozen(value)).toBe(true);
  });

  it("states, and the scenarios inside them, are deep-frozen", () => {
    const state = someMoves(4);
    expect(Object.isFrozen(state)).toBe(true);
    expect(Object.isFrozen(state.track)).toBe(true);
    expect(Object.isFrozen(state.trust[0])).toBe(true);
    expect(Object.isFrozen(state.scenario.actors[0])).toBe(true);
    expect(() => {
      (state as { tension: number }).tension = 0;
    }).toThrow();
  });
});

describe("every part of every state is frozen", () => {
  // The move log is frozen move by move as moves are logged and chunk by chunk when a state is made
  // (`rules/apply.ts`, `core/sim.ts`); these look at every object of the state, the moves and the scenario too.
  test.prop([fc.array(fc.nat(), { maxLength: 60 }), fc.boolean()], { numRuns: runs(15) })(
    "after any play through the public API",
    (choices, walkOuts) => {
      const { state } = playChoices(newGame(scenario, { seed: "frozen" }), choices, { walkOuts });
      expect(firstUnfrozen(state)).toBeNull();
    },
  );

  test.prop([fc.nat()], { numRuns: runs(5) })(
    "after a game the drivers play on the simulation core",
    (seed) => {
      const played = playGame(scenario, seed);
      if (!played.ok) throw new Error(played.error.message);
      expect(played.value.moveCount).toBeGreaterThan(0);
      expect(firstUnfrozen(played.value)).toBeNull();
    },
  );

  it("after a save is loaded, and after a copy is admitted (both rebuilt move by move)", () => {
    const state = someMoves(6);
    const saved = serialize(state);
    if (!saved.ok) throw new Error(saved.error.message);
    const loaded = deserialize(scenario, saved.value);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(firstUnfrozen(loaded.value)).toBeNull();
    const admitted = admitState(structuredClone(state));
    if (!admitted.ok) throw new Error(admitted.error.message);
    expect(firstUnfrozen(admitted.value)).toBeNull();
  });

  it("the check can fail: a copy with one thawed move is caught", () => {
    const state = someMoves(3);
    const thawed = { ...state, moves: Object.freeze([Object.freeze([{ ...state.moves[0]?.[0] }])]) };
    expect(firstUnfrozen(Object.freeze(thawed))).toBe("state.moves.0.0");
  });
});

describe("the engine's mark on the states it made", () => {
  it("is on every state the public API returns, and on no copy of one", () => {
    const state = someMoves(3);
    expect(isVouched(state)).toBe(true);
    expect(isVouched(newGame(scenario, { seed: "marked" }))).toBe(true);
    for (const copy of [
      { ...state },
      structuredClone(state),
      JSON.parse(JSON.stringify(state)),
      new Proxy(state, {}),
    ])
      expect(isVouched(copy)).toBe(false);
    expect(Object.getOwnPropertySymbols(state)).toEqual([]);
    // Only the engine can mark: neither entry point gives a way to.
    for (const api of [engine, testing])
      expect(Object.keys(api).filter((name) => /vouch/i.test(name))).toEqual([]);
    // Marking again is harmless (a second private field on one object would throw).
    expect(vouch(state)).toBe(state);
  });

  it("a copy is taken only after it is rebuilt from its seed and moves, and comes back marked", () => {
    const state = someMoves(3);
    const admitted = admitState(structuredClone(state));
    if (!admitted.ok) throw new Error(admitted.error.message);
    expect(admitted.value).not.toBe(state);
    expect(isVouched(admitted.value)).toBe(true);
    expect(stateHash(admitted.value)).toBe(stateHash(state));
  });
});

describe("saves (issue 13, point 5)", () => {
  it("a save never holds moves that are not legal: a state from outside is checked first", () => {
    const state = someMoves(5);
    const edited = { ...JSON.parse(JSON.stringify(state)), tension: 1 } as GameState;
    expect(admitState(edited).ok).toBe(false);
    expect(deserialize(scenario, "\ufeff").ok).toBe(false);
  });
});
