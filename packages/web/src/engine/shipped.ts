import type { Scenario } from "@parley/engine";
import type { ScenarioCard } from "../models/index.js";
import { scenarioCard } from "./cards.js";

/**
 * The scenarios shipped with the game, read from /scenarios at build time. The chooser shows cards made from
 * them; the worker parses the same files with the engine before playing them.
 */
const files = import.meta.glob<Scenario>(["../../../../scenarios/*.json", "!**/scenario.schema.json"], {
  eager: true,
  import: "default",
});

/** The shipped scenarios' raw JSON by scenario id, in date order. */
export const shippedScenarios: ReadonlyMap<string, Scenario> = new Map(
  Object.values(files)
    .sort((a, b) => firstDate(a).localeCompare(firstDate(b)) || a.tracks.length - b.tracks.length)
    .map((s) => [s.id, s]),
);

function firstDate(s: Scenario): string {
  return s.tracks[0]?.date ?? "";
}

/** Cards of every shipped scenario, in date order. */
export function shippedCards(): ScenarioCard[] {
  return [...shippedScenarios.values()].map(scenarioCard);
}
