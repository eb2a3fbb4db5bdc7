import { fc, test } from "@fast-check/vitest";
import { createGame, deserialize, type GameState, serialize, stateHash } from "@parley/engine";
import { describe, expect, it } from "vitest";
import { playChoices } from "./support/play.js";
import { harbour, loadScenario, runs } from "./support/scenarios.js";

const scenario = harbour();

/** A game some moves in, avoiding walk-outs so that it is still running. */
function midGame(): GameState {
  const choices = Array.from({ length: 12 }, (_, i) => i);
  return playChoices(createGame(scenario, { seed: "saves" }), choices, { walkOuts: false }).state;
}

const saved = serialize(midGame());
const save = JSON.parse(saved) as Record<string, unknown>;

describe("saves", () => {
  it("are small, versioned JSON and load back to the same state", () => {
    expect(saved.length).toBeLessThan(300);
    expect(save).toMatchObject({
      format: "parley-save",
      version: 1,
      scenario: "harbour-talks",
      seed: "saves",
    });
    const loaded = deserialize(scenario, saved);
    expect(loaded.ok && stateHash(loaded.value)).toBe(stateHash(midGame()));
  });

  it.each([
    ["empty text", "", "not-json"],
    ["text that is not JSON", "hello", "not-json"],
    ["a truncated save", saved.slice(0, saved.length - 9), "not-json"],
    ["JSON that is not a save", JSON.stringify({ hello: "world" }), "not-a-save"],
    ["a save of another version", JSON.stringify({ ...save, version: 2 }), "wrong-version"],
    ["a save of another scenario", JSON.stringify({ ...save, scenario: "elsewhere" }), "wrong-scenario"],
    ["a save with an edited seed", JSON.stringify({ ...save, seed: "other" }), "hash-mismatch"],
    [
      "a save with an impossible move",
      JSON.stringify({ ...save, play: `${String(save.play)}.zz` }),
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
