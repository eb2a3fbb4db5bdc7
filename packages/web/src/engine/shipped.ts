import { decodeLink, type Scenario } from "@parley/engine";
import type { EngineCommand } from "../worker/protocol.js";

/**
 * The scenarios shipped with the game, for the worker to play. Each file is its own chunk, fetched when a game
 * of it starts, so the worker carries only the scenario being played (the chooser's cards come from
 * `catalogue.ts`, which loads only the parts a card shows).
 */
const ids = import.meta.glob<string>(["../../../../scenarios/*.json", "!**/scenario.schema.json"], {
  eager: true,
  import: "id",
});
const files = import.meta.glob<Scenario>(["../../../../scenarios/*.json", "!**/scenario.schema.json"], {
  import: "default",
});
const loaded = new Map<string, Scenario>();

/** The ids of the shipped scenarios. */
export function shippedIds(): string[] {
  return Object.values(ids);
}

/** Fetches a shipped scenario's file, once; false when there is no such scenario. */
export async function loadShipped(id: string): Promise<boolean> {
  if (loaded.has(id)) return true;
  const path = Object.keys(ids).find((p) => ids[p] === id);
  const load = path === undefined ? undefined : files[path];
  if (load === undefined) return false;
  loaded.set(id, await load());
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
