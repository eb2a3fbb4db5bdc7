import type * as z from "zod";
import type { Move } from "../vocabulary/moves.js";
import type { scenarioSchemaV1 } from "./format1.js";
import { SCENARIO_FORMAT, type scenarioSchema } from "./schema.js";

/** A format-1 scenario as written in its file (fields that have a default may be left out). */
export type ScenarioFileV1 = z.input<typeof scenarioSchemaV1>;

/** A format-2 scenario as written in a file (fields that have a default may be left out). */
export type ScenarioFile = z.input<typeof scenarioSchema>;

type TrackV1 = ScenarioFileV1["tracks"][number];
type IssueV1 = ScenarioFileV1["issues"][number];
type HistoryV1 = NonNullable<ScenarioFileV1["history"]>;
type MoveV1 = HistoryV1["moves"][number];

/**
 * The costs format 1 did not have, set to nothing so that a migrated scenario plays the games it played:
 * a walk-out costs no utility and no trust (its tension, 25, was already in format 1's rules), and
 * countering or rejecting an ally's proposal costs no cohesion.
 */
export const FORMAT_1_COSTS = Object.freeze({
  walkOutCost: Object.freeze({ utility: 0, trust: 0, tension: 25 }),
  allyCohesion: 0,
});

/**
 * Migrates a format-1 scenario to format 2 (docs/rules.md, "Format 1"), so that it plays the same games:
 * its issues are substance, its tracks negotiate item by item and a walk-out ends the game, the new costs
 * are nothing (`FORMAT_1_COSTS`), and its history's moves are rewritten in format 2 (`{ issue, option }`
 * becomes `terms`, the `issue` of an accept or reject becomes `issues`). Pure: the input is not changed,
 * and the fields are kept in their order, new ones placed where the format lists them. It expects a
 * valid format-1 scenario; `parseScenario` checks and migrates any file.
 */
export function migrateScenario(v1: ScenarioFileV1): ScenarioFile {
  const { history, ...head } = v1;
  const migrated: ScenarioFile = {
    ...head,
    formatVersion: SCENARIO_FORMAT,
    issues: v1.issues.map(migrateIssue),
    tracks: v1.tracks.map(migrateTrack),
    rules: {
      ...v1.rules,
      walkOutCost: { ...FORMAT_1_COSTS.walkOutCost },
      allyCohesion: FORMAT_1_COSTS.allyCohesion,
    },
  };
  return history === undefined ? migrated : { ...migrated, history: migrateHistory(history) };
}

function migrateIssue(issue: IssueV1): ScenarioFile["issues"][number] {
  return insertAfter(issue, issue.description === undefined ? "title" : "description", {
    kind: "substance" as const,
  });
}

function migrateTrack(track: TrackV1): ScenarioFile["tracks"][number] {
  return insertAfter(track, "participants", { negotiation: "items" as const, walkOut: "ends-game" as const });
}

function migrateHistory(history: HistoryV1): NonNullable<ScenarioFile["history"]> {
  return { ...history, moves: history.moves.map(migrateMove) };
}

/** A format-1 move in format 2: proposals carry terms, acceptances and rejections name their issues. */
export function migrateMove(move: MoveV1): Move {
  switch (move.type) {
    case "propose":
    case "counter":
      // A computed key defines an own property whatever the issue's id.
      return { type: move.type, actor: move.actor, terms: { [move.issue]: move.option } };
    case "accept":
    case "reject":
      return { type: move.type, actor: move.actor, issues: [move.issue] };
    default:
      return { ...move };
  }
}

/** A copy of `object` with `additions` placed right after the field `after` (or at the end). */
function insertAfter<T extends object, A extends object>(object: T, after: string, additions: A): T & A {
  const copy: Record<string, unknown> = {};
  let placed = false;
  for (const [key, value] of Object.entries(object)) {
    copy[key] = value;
    if (key === after) {
      Object.assign(copy, additions);
      placed = true;
    }
  }
  if (!placed) Object.assign(copy, additions);
  // Every field of `object` and of `additions` is in the copy: it is a T & A.
  return copy as T & A;
}
