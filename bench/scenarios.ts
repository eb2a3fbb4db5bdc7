/** The scenarios the bench plays, parsed with the engine's own `parseScenario`. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseScenario, type Scenario } from "@parley/engine";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The file names of the scenarios the bench uses, relative to the repository. */
export const SCENARIO_FILES = {
  nrc: "scenarios/2022-01-12-nato-russia-council.json",
  week: "scenarios/2022-01-security-week.json",
  harbour: "tests/fixtures/harbour-talks.json",
} as const;

export type ScenarioName = keyof typeof SCENARIO_FILES;

const cache = new Map<ScenarioName, Scenario>();

/** Loads and validates a scenario; throws with the engine's messages when it does not parse. */
export function loadScenario(name: ScenarioName): Scenario {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const parsed = parseScenario(JSON.parse(readFileSync(`${root}${SCENARIO_FILES[name]}`, "utf8")));
  if (!parsed.ok) throw new Error(`${SCENARIO_FILES[name]}: ${JSON.stringify(parsed.error).slice(0, 2000)}`);
  cache.set(name, parsed.value);
  return parsed.value;
}
