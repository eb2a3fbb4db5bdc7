import { readFileSync } from "node:fs";
import { checkMove, createGame, isOver, replay, type ValidScenario } from "@parley/engine";
import {
  arbCheckPlay,
  arbScenario,
  collapsesAtTensionLimit,
  invariants,
  type Play,
  parseScenarioOrThrow,
  throughout,
} from "@parley/engine/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repoPath, runs } from "./support/scenarios.js";

/**
 * What the testing kit found in the rules, kept as games. docs/rules.md says "Tension reaching collapseAt
 * collapses the track and ends the game", but the rules once checked tension only after a move: tension that
 * reached the limit as a meeting opened (a scheduled event at minute 0, or a walk-out that ends only its
 * meeting and adds its tension cost) left that meeting open at the limit, and a conciliatory statement then
 * saved the talks. The kit's `collapsesAtTensionLimit` found it; the rules were fixed (commit 825c8bb) and the
 * invariant is now one of the kit's defaults. The games the kit found are kept below with the fixed
 * behaviour; tests/properties-kit-mutants.test.ts shows the invariant catching the old rule again.
 */

function fixture(file: string, edit: (raw: Record<string, unknown>) => void): ValidScenario {
  const raw = JSON.parse(readFileSync(repoPath(file), "utf8")) as Record<string, unknown>;
  edit(raw);
  return parseScenarioOrThrow(raw, `${file}, edited`);
}

/** The game after a play, which must replay. */
function gameAfter(scenario: ValidScenario, play: Play) {
  const game = replay(scenario, play);
  if (!game.ok) throw new Error(game.error.error.message);
  return game.value;
}

describe("tension at the limit ends the talks, however it gets there", () => {
  it("a scheduled event at minute 0 that takes tension to 100 collapses the talks at the start", () => {
    const scenario = fixture("tests/fixtures/harbour-talks.json", (raw) => {
      const tracks = raw.tracks as { id: string }[];
      (raw.world as { tension: number }).tension = 90;
      raw.injects = [
        {
          id: "border-incident",
          track: tracks[0]?.id,
          text: "A border incident.",
          trigger: { kind: "scheduled", atMinute: 0 },
          effect: { tension: 15 },
          sources: ["T1"],
        },
      ];
    });
    const started = createGame(scenario, { seed: "s" });
    expect(started.ok && started.value.tension).toBe(100);
    expect(started.ok && isOver(started.value)).toBe(true);
    expect(started.ok && started.value.results.map((r) => [r.result, r.cause])).toEqual([
      ["collapse", { kind: "tension" }],
    ]);
    // The conciliatory statement that once saved the talks comes too late now.
    const statement = { type: "statement", actor: "north", tone: "conciliatory" };
    expect(started.ok && checkMove(started.value, statement).ok).toBe(false);
    expect(collapsesAtTensionLimit(scenario, { seed: "s", moves: [] })).toBeNull();
  });

  it("a walk-out that ends only its meeting and takes tension to 100 collapses the next one as it opens", () => {
    const scenario = fixture("tests/fixtures/mediated-talks.json", (raw) => {
      (raw.world as { tension: number }).tension = 80;
    });
    const play: Play = {
      seed: "s",
      moves: [
        { type: "pass", actor: "conciliator" },
        { type: "walk-out", actor: "union" },
      ],
    };
    const game = gameAfter(scenario, play);
    expect(game.tension).toBe(100);
    expect(isOver(game)).toBe(true);
    expect(game.results.map((r) => r.cause)).toEqual([
      { kind: "walk-out", actor: "union" },
      { kind: "tension" },
    ]);
    expect(checkMove(game, { type: "statement", actor: "conciliator", tone: "conciliatory" }).ok).toBe(false);
    expect(collapsesAtTensionLimit(scenario, play)).toBeNull();
  });

  it("is one of the kit's default invariants, and holds on random valid scenarios whose plays reach the limit", () => {
    expect(Object.values(invariants)).toContain(collapsesAtTensionLimit);
    // Scenarios that start close to the limit, so that many of checkScenario's plays reach it.
    const tense = arbScenario({ maxTracks: 2 }).map((s) =>
      parseScenarioOrThrow(JSON.parse(JSON.stringify({ ...s, world: { ...s.world, tension: 85 } })), "tense"),
    );
    const reachesLimit = throughout((state) => (state.tension >= 100 ? "tension reached 100" : null));
    let reached = 0;
    for (const scenario of fc.sample(tense, { numRuns: runs(12), seed: 8 })) {
      for (const play of fc.sample(arbCheckPlay(scenario), { numRuns: 4, seed: 1 })) {
        expect(collapsesAtTensionLimit(scenario, play)).toBeNull();
        if (reachesLimit(scenario, play) !== null) reached += 1;
      }
    }
    expect(reached).toBeGreaterThan(0);
  });
});
