import type { Scenario } from "@parley/engine";
import type { ScenarioCard } from "../models/index.js";
import { type CardSource, scenarioCard } from "./cards.js";

/**
 * The chooser's cards of the shipped scenarios. Each top-level part a card needs is imported as a named
 * export of the JSON files, so the first page carries those parts only, not the sources, the record's lines,
 * the epilogue or the history (most of a scenario file's weight).
 */
// Vite reads each glob at build time, so every call spells out its patterns.
const part = <K extends keyof CardSource>(files: Record<string, Scenario[K]>) => files;
const ids = part<"id">(
  import.meta.glob(["../../../../scenarios/*.json", "!**/scenario.schema.json"], {
    eager: true,
    import: "id",
  }),
);
const titles = part<"title">(
  import.meta.glob(["../../../../scenarios/*.json", "!**/scenario.schema.json"], {
    eager: true,
    import: "title",
  }),
);
const summaries = part<"summary">(
  import.meta.glob(["../../../../scenarios/*.json", "!**/scenario.schema.json"], {
    eager: true,
    import: "summary",
  }),
);
const tracks = part<"tracks">(
  import.meta.glob(["../../../../scenarios/*.json", "!**/scenario.schema.json"], {
    eager: true,
    import: "tracks",
  }),
);
const actors = part<"actors">(
  import.meta.glob(["../../../../scenarios/*.json", "!**/scenario.schema.json"], {
    eager: true,
    import: "actors",
  }),
);
const demands = part<"demands">(
  import.meta.glob(["../../../../scenarios/*.json", "!**/scenario.schema.json"], {
    eager: true,
    import: "demands",
  }),
);
const issues = part<"issues">(
  import.meta.glob(["../../../../scenarios/*.json", "!**/scenario.schema.json"], {
    eager: true,
    import: "issues",
  }),
);

function source(path: string): CardSource | null {
  const [id, title, summary, t, a, d, i] = [
    ids[path],
    titles[path],
    summaries[path],
    tracks[path],
    actors[path],
    demands[path],
    issues[path],
  ];
  if (id === undefined || title === undefined || summary === undefined) return null;
  if (t === undefined || a === undefined || d === undefined || i === undefined) return null;
  return { id, title, summary, tracks: t, actors: a, demands: d, issues: i };
}

function firstDate(s: CardSource): string {
  return s.tracks[0]?.date ?? "";
}

/** Cards of every shipped scenario, in date order (a single meeting before a week starting that day). */
export function shippedCards(): ScenarioCard[] {
  return Object.keys(ids)
    .flatMap((path) => {
      const s = source(path);
      return s === null ? [] : [s];
    })
    .sort((a, b) => firstDate(a).localeCompare(firstDate(b)) || a.tracks.length - b.tracks.length)
    .map(scenarioCard);
}
