import type { Scenario } from "../scenario/schema.js";
import { type Move, moveSchema } from "../vocabulary/moves.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import type { Play } from "./play.js";

/**
 * A counterexample as a file or a link can carry it: which scenario, the seed and the moves. It is plain
 * JSON; `parley replay <file>` and the browser's replay link open it (see docs/testing-scenarios.md).
 */
export interface Replay {
  readonly scenarioId: string;
  readonly seed: string;
  readonly moves: readonly Move[];
}

/** The replay of a play of a scenario. */
export function toReplay(scenario: Scenario, play: Play): Replay {
  return { scenarioId: scenario.id, seed: play.seed, moves: [...play.moves] };
}

/** The play a replay describes (the scenario is found by `replay.scenarioId`). */
export function replayPlay(replay: Replay): Play {
  return { seed: replay.seed, moves: replay.moves };
}

/** The name of the fragment parameter that carries a replay in a link. */
export const REPLAY_PARAMETER = "replay";

/**
 * A link that opens a replay in the browser game: `base` followed by `#replay=` and the replay as
 * URI-encoded JSON. The replay travels in the fragment, so it never reaches a server.
 */
export function replayLink(replay: Replay, base: string): string {
  const json = JSON.stringify({ scenarioId: replay.scenarioId, seed: replay.seed, moves: replay.moves });
  return `${base}#${REPLAY_PARAMETER}=${encodeURIComponent(json)}`;
}

/**
 * Reads a replay from parsed JSON (a replay file) or from a link made by {@link replayLink}; never throws.
 * The moves must be well-formed; whether they are legal is for the engine's `replay` to say.
 */
export function parseReplay(input: unknown): Result<Replay, string> {
  let value = input;
  if (typeof input === "string") {
    const marker = `#${REPLAY_PARAMETER}=`;
    const at = input.indexOf(marker);
    const text = at >= 0 ? input.slice(at + marker.length) : input;
    try {
      value = JSON.parse(at >= 0 ? decodeURIComponent(text) : text);
    } catch {
      return err("not a replay: the text is neither replay JSON nor a replay link");
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return err("not a replay: expected an object with scenarioId, seed and moves");
  const record = value as Record<string, unknown>;
  const { scenarioId, seed, moves } = record;
  const unknownKeys = Object.keys(record).filter((k) => !["scenarioId", "seed", "moves"].includes(k));
  if (unknownKeys.length > 0) return err(`not a replay: unknown field '${unknownKeys[0]}'`);
  if (typeof scenarioId !== "string" || scenarioId === "")
    return err("not a replay: 'scenarioId' should be a scenario id");
  if (typeof seed !== "string" && typeof seed !== "number")
    return err("not a replay: 'seed' should be a string or a number");
  if (!Array.isArray(moves)) return err("not a replay: 'moves' should be a list of moves");
  const parsed: Move[] = [];
  for (const [i, move] of moves.entries()) {
    const result = moveSchema.safeParse(move);
    if (!result.success) return err(`not a replay: move ${i + 1} is not a well-formed move`);
    parsed.push(result.data);
  }
  return ok({ scenarioId, seed: String(seed), moves: parsed });
}
