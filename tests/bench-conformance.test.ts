/**
 * The bench compares Parley's engine with a plain reducer and a boardgame.io game running the same rules
 * (bench/). Its figures mean something only if the three play the same game: here they play random games in
 * step, and must list the same legal moves in the same order at every step (the engine's public API and its
 * hot path too), draw the same random injects from the same seed, and reach the same outcome and utilities.
 */
import { describe, expect, it } from "vitest";
import { implementations, type Policy, playConformance } from "../bench/conformance.js";
import { loadScenario, type ScenarioName } from "../bench/scenarios.js";

const policies: readonly Policy[] = ["no-walk-out", "cooperative", "no-walk-out", "cooperative", "uniform"];

function playMany(name: ScenarioName, games: number): { moves: number; overall: Set<string> } {
  const impl = implementations(loadScenario(name));
  let moves = 0;
  const overall = new Set<string>();
  for (let i = 0; i < games; i++) {
    const policy = policies[i % policies.length] ?? "uniform";
    const result = playConformance(impl, `${name}-${i}`, 1000 + i, policy);
    expect(result.mismatch).toBeNull();
    moves += result.moves;
    overall.add(result.outcome.overall);
  }
  return { moves, overall };
}

describe("the three implementations of the rules agree", () => {
  it("on 200 random games of the NATO-Russia Council", () => {
    const { moves, overall } = playMany("nrc", 200);
    // The games are real games, not a few moves each: most of them run the whole meeting.
    expect(moves / 200).toBeGreaterThan(15);
    expect(overall.has("collapse")).toBe(true);
    expect(overall.size).toBeGreaterThan(1);
  });

  it("on 40 random games of the security week (three tracks, carried over)", () => {
    const { overall } = playMany("week", 40);
    expect(overall.has("partial-agreement")).toBe(true);
  });

  it("on 60 random games of the harbour talks (where issues get agreed)", () => {
    const { overall } = playMany("harbour", 60);
    expect(overall.has("agreement")).toBe(true);
  });
});
