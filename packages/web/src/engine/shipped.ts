import { decodeLink, type Scenario } from "@parley/engine";
import type { EngineCommand } from "../worker/protocol.js";

/**
 * The scenarios shipped with the game, for the worker to play. Each file is its own chunk, fetched when a game
 * of it starts, so the worker carries only the scenario being played (the chooser's cards come from
 * `catalogue.ts`, which loads only the parts a card shows).
 */
const files = import.meta.glob<Scenario>(["../../../../scenarios/*.json", "!**/scenario.schema.json"], {
  import: "default",
});
const loaded = new Map<string, Scenario>();

/**
 * A shipped file's scenario id by its name: `2022-01-12-nato-russia-council.json` holds
 * `nato-russia-council-2022-01-12` (a test checks every file keeps to this). Reading the id from the file
 * itself would put every file into the worker's bundle.
 */
function idOfPath(path: string): string | null {
  const match = /\/(\d{4}-\d{2}(?:-\d{2})?)-([a-z0-9-]+)\.json$/.exec(path);
  return match === null ? null : `${match[2]}-${match[1]}`;
}

/** The ids of the shipped scenarios. */
export function shippedIds(): string[] {
  return Object.keys(files).flatMap((path) => idOfPath(path) ?? []);
}

/** Fetches a shipped scenario's file, once; false when there is no such scenario. */
export async function loadShipped(id: string): Promise<boolean> {
  if (loaded.has(id)) return true;
  const path = Object.keys(files).find((p) => idOfPath(p) === id);
  const load = path === undefined ? undefined : files[path];
  if (load === undefined) return false;
  const scenario = await load();
  if (scenario.id !== id) return false;
  loaded.set(id, scenario);
  return true;
}

/** A shipped scenario's raw JSON, once {@link loadShipped} has fetched it; else undefined. */
export function shippedScenario(id: string): Scenario | undefined {
  return loaded.get(id);
}

function savedScenarioId(save: string): string | null {
  try {
    const setup = (JSON.parse(save) as { setup?: { scenario?: { kind?: unknown; id?: unknown } } }).setup;
    return setup?.scenario?.kind === "shipped" && typeof setup.scenario.id === "string"
      ? setup.scenario.id
      : null;
  } catch {
    return null;
  }
}

/**
 * The shipped scenario a command needs, if any: a new game's, a save's, a replay link's. The worker fetches it
 * before handling the command; a save or link that names none is refused by the handler, with its reason.
 */
export function scenarioNeeded(command: EngineCommand): string | null {
  switch (command.type) {
    case "start":
      return command.setup.scenario.kind === "shipped" ? command.setup.scenario.id : null;
    case "resume":
      return savedScenarioId(command.save);
    case "open-replay": {
      const link = decodeLink(command.code);
      return link.ok ? link.value.scenario : null;
    }
    default:
      return null;
  }
}
