/**
 * The scenarios the bench plays: frozen copies in bench/scenarios/ of the format-1 files as they were when
 * the engine moved to format 2 (the NRC and the security week from scenarios/, the harbour talks from
 * tests/fixtures/), so that later edits of those files do not change what the bench measures. Format 1
 * migrates with every model-2 rule off (item-by-item negotiation, walk-outs end the game, no walk-out or
 * cohesion costs, substance issues only, no mediators, no hidden types): the rules the plain reducer and the
 * boardgame.io game implement. They are parsed with the engine's own `parseScenario`.
 */
import type { ValidScenario } from "@parley/engine";
import { readJson } from "./files.js";
import { parseScenario } from "./parley.js";

/** The bench's scenario files, by their path in the repository. */
export const SCENARIO_FILES = {
  nrc: "bench/scenarios/nato-russia-council.json",
  week: "bench/scenarios/security-week.json",
  harbour: "bench/scenarios/harbour-talks.json",
} as const;

export type ScenarioName = keyof typeof SCENARIO_FILES;

const cache = new Map<ScenarioName, ValidScenario>();

/** Loads and validates a scenario (once per process); throws with the engine's messages when it does not parse. */
export function loadScenario(name: ScenarioName): ValidScenario {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const parsed = parseScenario(readJson(SCENARIO_FILES[name]));
  if (!parsed.ok) throw new Error(`${SCENARIO_FILES[name]}: ${JSON.stringify(parsed.error).slice(0, 2000)}`);
  cache.set(name, parsed.value);
  return parsed.value;
}
