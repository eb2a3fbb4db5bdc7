/**
 * The bench compares Parley's engine with a plain reducer and a boardgame.io game running the same rules
 * (bench/). Its figures mean something only if they play the same game: here they play random games in step,
 * and must list the same legal moves in the same order at every step (the engine's public API and its
 * simulation core too), draw the same random injects from the same seed, and reach the same outcome and
 * utilities; the core must reach the very state the API does. The references implement the rules with the
 * model-2 rules off, which is what the bench's frozen format-1 scenarios migrate to.
 */
import { readFileSync } from "node:fs";
import { parseScenario } from "@parley/engine";
import { describe, expect, it } from "vitest";
import { implementations, type Policy, playConformance } from "../bench/conformance.js";
import { modelTwoRules } from "../bench/plain/rules.js";
import { loadScenario, SCENARIO_FILES, type ScenarioName } from "../bench/scenarios.js";
import { runs } from "./support/scenarios.js";

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

// Random games, as many as a property's runs: a few dozen by default, five times more under PARLEY_FULL=1.
const NRC_GAMES = runs(60);
const WEEK_GAMES = runs(15);
const HARBOUR_GAMES = runs(25);

describe("the implementations of the rules agree", () => {
  it(`on ${NRC_GAMES} random games of the NATO-Russia Council`, () => {
    const { moves, overall } = playMany("nrc", NRC_GAMES);
    // The games are real games, not a few moves each: most of them run the whole meeting.
    expect(moves / NRC_GAMES).toBeGreaterThan(15);
    expect(overall.has("collapse")).toBe(true);
    expect(overall.size).toBeGreaterThan(1);
  });

  it(`on ${WEEK_GAMES} random games of the security week (three tracks, carried over)`, () => {
    const { overall } = playMany("week", WEEK_GAMES);
    expect(overall.has("partial-agreement")).toBe(true);
  });

  it(`on ${HARBOUR_GAMES} random games of the harbour talks (where issues get agreed)`, () => {
    const { overall } = playMany("harbour", HARBOUR_GAMES);
    expect(overall.has("agreement")).toBe(true);
  });
});

describe("the bench's scenarios", () => {
  it("are format 1, and use none of the rules the references leave out", () => {
    for (const name of Object.keys(SCENARIO_FILES) as ScenarioName[]) {
      const file = JSON.parse(readFileSync(new URL(`../${SCENARIO_FILES[name]}`, import.meta.url), "utf8"));
      expect(file.formatVersion).toBe(1);
      expect(modelTwoRules(loadScenario(name))).toEqual([]);
    }
  });

  it("the references refuse a scenario with model-2 rules", () => {
    const text = readFileSync(new URL("fixtures/package-summit.json", import.meta.url), "utf8");
    const parsed = parseScenario(JSON.parse(text));
    if (!parsed.ok) throw new Error("the package-summit fixture does not parse");
    expect(modelTwoRules(parsed.value)).toContain("packages");
    expect(() => implementations(parsed.value)).toThrow(/does not implement/);
  });
});
