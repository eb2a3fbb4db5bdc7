import { fc, test } from "@fast-check/vitest";
import {
  applyMove,
  deserialize,
  type GameState,
  legalMoves,
  type Move,
  openLink,
  replay,
  replayLink,
  serialize,
  stateHash,
} from "@parley/engine";
import { describe, expect, it } from "vitest";
import { geneva } from "./support/bots.js";
import { newGame, playChoices } from "./support/play.js";
import { harbour, loadScenario, runs } from "./support/scenarios.js";

const scenario = harbour();

/** A game some moves in, avoiding walk-outs so that it is still running. */
function midGame(): GameState {
  let state = newGame(scenario, { seed: "saves" });
  for (let i = 0; i < 12; i++) {
    const moves = legalMoves(state).filter((m) => m.type !== "walk-out");
    const result = applyMove(state, moves[i % moves.length]);
    if (!result.ok) throw new Error(result.error.message);
    state = result.value.state;
  }
  return state;
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const saved = unwrap(serialize(midGame()));
const save = JSON.parse(saved) as Record<string, unknown>;

describe("saves (format 2)", () => {
  it("are small, versioned JSON naming the rules and the scenario's content, and load back to the same state", () => {
    expect(saved.length).toBeLessThan(400);
    expect(save).toMatchObject({
      format: "parley-save",
      version: 2,
      scenario: "harbour-talks",
      seed: "saves",
    });
    expect(save.rules).toMatch(/^\d+\.\d+\.\d+$/);
    expect(save.scenarioHash).toMatch(/^[0-9a-f]{16}$/);
    const loaded = deserialize(scenario, saved);
    expect(loaded.ok && stateHash(loaded.value)).toBe(stateHash(midGame()));
  });

  it.each([
    ["empty text", "", "not-json"],
    ["text that is not JSON", "hello", "not-json"],
    ["a truncated save", saved.slice(0, saved.length - 9), "not-json"],
    ["JSON that is not a save", JSON.stringify({ hello: "world" }), "not-a-save"],
    ["a save of another version", JSON.stringify({ ...save, version: 3 }), "wrong-version"],
    ["a save whose version is text", JSON.stringify({ ...save, version: "2" }), "wrong-version"],
    ["a save of another scenario", JSON.stringify({ ...save, scenario: "elsewhere" }), "wrong-scenario"],
    [
      "a save of a changed scenario",
      JSON.stringify({ ...save, scenarioHash: "0123456789abcdef" }),
      "changed-scenario",
    ],
    ["a save with an edited seed", JSON.stringify({ ...save, seed: "other" }), "hash-mismatch"],
    [
      "a save with an impossible move",
      JSON.stringify({ ...save, moves: `${String(save.moves)}_9zz` }),
      "corrupt",
    ],
    ["a save with an edited hash", JSON.stringify({ ...save, hash: "0000000000000000" }), "hash-mismatch"],
    ["megabytes of text", "x".repeat(2_000_000), "too-large"],
  ])("refuse %s with a message, never a throw", (_label, text, code) => {
    const loaded = deserialize(scenario, text);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.error.code).toBe(code);
      expect(loaded.error.message.length).toBeGreaterThan(20);
    }
  });

  it("say why a format-1 save cannot be loaded, whether its version is a number or text", () => {
    for (const version of [1, "1"]) {
      const old = JSON.stringify({
        format: "parley-save",
        version,
        scenario: "harbour-talks",
        seed: "s",
        play: "0.1",
        hash: "0",
      });
      const loaded = deserialize(scenario, old);
      expect(!loaded.ok && loaded.error.code).toBe("wrong-version");
      expect(!loaded.ok && loaded.error.message).toContain("save format 1");
    }
  });

  it("load with a byte-order mark in front", () => {
    const loaded = deserialize(scenario, `\ufeff${saved}`);
    expect(loaded.ok && stateHash(loaded.value)).toBe(stateHash(midGame()));
  });

  it("refuse a save of one scenario loaded into another", () => {
    const loaded = deserialize(loadScenario("scenarios/2022-01-12-nato-russia-council.json"), saved);
    expect(!loaded.ok && loaded.error.code).toBe("wrong-scenario");
  });

  test.prop([fc.string({ maxLength: 400 })], { numRuns: runs(300) })("never throw on any text", (text) => {
    expect(() => deserialize(scenario, text)).not.toThrow();
  });

  test.prop([fc.nat(saved.length - 1), fc.string({ minLength: 1, maxLength: 1 })], { numRuns: runs(300) })(
    "a save with any one character changed is refused or loads the very same game",
    (at, ch) => {
      const edited = saved.slice(0, at) + ch + saved.slice(at + 1);
      const loaded = deserialize(scenario, edited);
      if (loaded.ok) expect(stateHash(loaded.value)).toBe(stateHash(midGame()));
    },
  );
});

/** The same move written another way: a package's terms and an answer's issues in the reverse order. */
function reordered(move: Move): Move {
  if (move.type === "propose" || move.type === "counter")
    return { ...move, terms: Object.fromEntries(Object.entries(move.terms).reverse()) };
  if (move.type === "accept" || move.type === "reject")
    return { ...move, issues: [...move.issues].reverse() };
  return move;
}

describe("a move written another way is the same move", () => {
  // Found by the testing kit's saveLoadTransparent at Geneva: a package proposed with its terms in another
  // key order was logged as given, so the save, which keeps moves as codes, loaded to another hash.
  it("a package with its terms in another order saves and loads (Geneva, seed 0)", () => {
    let state = newGame(geneva, { seed: "0" });
    for (const move of [
      { type: "statement", actor: "united-states", tone: "firm" },
      { type: "statement", actor: "russia", tone: "firm" },
      {
        type: "propose",
        actor: "united-states",
        terms: { "intermediate-missiles": "no-commitment", "forces-in-new-allies": "current-posture" },
      },
    ])
      state = unwrap(applyMove(state, move)).state;
    expect(stateHash(unwrap(deserialize(geneva, unwrap(serialize(state)))))).toBe(stateHash(state));
  });

  test.prop([fc.array(fc.nat(), { maxLength: 50 })], { numRuns: runs(20) })(
    "any play at Geneva, its packages and answers written in reverse, is the game of the listed moves",
    (choices) => {
      const { state, moves } = playChoices(newGame(geneva, { seed: "written" }), choices, {
        walkOuts: false,
      });
      let other = newGame(geneva, { seed: "written" });
      for (const move of moves) {
        const applied = unwrap(applyMove(other, reordered(move)));
        expect(applied.move).toEqual(move);
        other = applied.state;
      }
      expect(stateHash(other)).toBe(stateHash(state));
      const replayed = replay(geneva, { seed: "written", moves: moves.map(reordered) });
      if (!replayed.ok) throw new Error(replayed.error.error.message);
      expect(stateHash(replayed.value)).toBe(stateHash(state));
      expect(stateHash(unwrap(deserialize(geneva, unwrap(serialize(other)))))).toBe(stateHash(state));
    },
  );
});

describe("replay links", () => {
  const link = unwrap(replayLink(midGame()));

  it("are URL-safe and open to the same game, alone or in an address", () => {
    expect(link).toMatch(/^[A-Za-z0-9._~!*'()%,-]+$/);
    for (const text of [link, `https://parley.example/#replay=${link}`]) {
      const opened = openLink(scenario, text);
      expect(opened.ok && stateHash(opened.value)).toBe(stateHash(midGame()));
    }
  });

  it("carry any seed, dots and non-Latin letters included", () => {
    const state = newGame(scenario, { seed: "a.b c/ж?#&" });
    const opened = openLink(scenario, unwrap(replayLink(state)));
    expect(opened.ok && opened.value.seed).toBe("a.b c/ж?#&");
  });

  test.prop([fc.string({ maxLength: 300 })], { numRuns: runs(300) })("never throw on any text", (text) => {
    const opened = openLink(scenario, text);
    if (!opened.ok) expect(opened.error.message.length).toBeGreaterThan(10);
  });

  it.each([
    ["empty", ""],
    ["another scenario's", link.replace("harbour-talks", "elsewhere")],
    ["a changed scenario's", link.replace(/^2\.harbour-talks\.[0-9a-f]{8}/, "2.harbour-talks.00000000")],
    ["with a move that is not one", `${link}_zz`],
    ["with script in it", "2.harbour-talks.00000000.<script>alert(1)</script>."],
  ])("refuse a link that is %s with a message", (_label, text) => {
    const opened = openLink(scenario, text);
    expect(opened.ok).toBe(false);
  });
});
