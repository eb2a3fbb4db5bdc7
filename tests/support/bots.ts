import { readFileSync } from "node:fs";
import {
  applyMove,
  BOT_NAMES,
  type Bot,
  createBot,
  createGame,
  type GameState,
  isOver,
  legalMoves,
  parseScenario,
  type Result,
  type ValidScenario,
} from "@parley/engine";
import { repoPath } from "./scenarios.js";

/** The value of a result, or a thrown error with its message (tests only). */
export function must<T>(result: Result<T, { readonly message: string }>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Validates scenario data; a test fails with every problem listed if it does not validate. */
export function scenarioOf(data: unknown, name = "scenario"): ValidScenario {
  const parsed = parseScenario(data);
  if (!parsed.ok)
    throw new Error(`${name}: ${parsed.error.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return parsed.value;
}

/** Loads and validates a scenario file of the repository. */
export function load(relative: string): ValidScenario {
  return scenarioOf(JSON.parse(readFileSync(repoPath(relative), "utf8")), relative);
}

/** The scenarios the bots are tested on: format 1 (migrated) and the format-2 fixtures with hidden information. */
export const nrc = load("scenarios/2022-01-12-nato-russia-council.json");
export const osce = load("scenarios/2022-01-13-osce-permanent-council.json");
export const geneva = load("scenarios/2022-01-10-geneva-strategic-stability.json");
export const week = load("scenarios/2022-01-security-week.json");
export const mediated = load("tests/fixtures/mediated-talks.json");
export const summit = load("tests/fixtures/package-summit.json");
export const ALL: readonly { readonly name: string; readonly scenario: ValidScenario }[] = [
  { name: "harbour", scenario: load("tests/fixtures/harbour-talks.json") },
  { name: "nrc", scenario: nrc },
  { name: "osce", scenario: osce },
  { name: "geneva", scenario: geneva },
  { name: "week", scenario: week },
  { name: "mediated", scenario: mediated },
  { name: "summit", scenario: summit },
];

/** A state reached by random legal play from a seed (walk-outs only when allowed, so that most states are deep). */
export function reach(
  s: ValidScenario,
  seed: number,
  choices: readonly number[],
  walkOuts: boolean,
): GameState {
  let state = must(createGame(s, { seed }));
  for (const choice of choices) {
    if (isOver(state)) break;
    const options = legalMoves(state).filter((m) => walkOuts || m.type !== "walk-out");
    if (options.length === 0) break;
    state = must(applyMove(state, options[choice % options.length])).state;
  }
  return state;
}

/** Every bot, the search kept small. */
export function everyBot(seed: number | string, iterations = 4): Bot[] {
  return BOT_NAMES.map((name) => must(createBot(name, name === "mcts" ? { seed, iterations } : { seed })));
}
