import type { GameError, MoveError, ReplayError } from "../game/game.js";
import { replay } from "../game/game.js";
import type { ValidScenario } from "../scenario/schema.js";
import { replayLink as linkOf } from "../session/api.js";
import { type Move, moveSchema } from "../vocabulary/moves.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import type { Play } from "./play.js";

/**
 * A counterexample as a file carries it: which scenario, the seed and the moves (format 2). It is plain
 * JSON; `parley replay SCENARIO --play FILE` opens it, and {@link replayLink} turns it into a link for the
 * browser game (see docs/testing-scenarios.md).
 */
export interface Replay {
  readonly scenarioId: string;
  readonly seed: string;
  readonly moves: readonly Move[];
}

/** The replay of a play of a scenario. */
export function toReplay(scenario: ValidScenario, play: Play): Replay {
  return { scenarioId: scenario.id, seed: play.seed, moves: [...play.moves] };
}

/** The play a replay describes (the scenario is found by `replay.scenarioId`). */
export function replayPlay(replay: Replay): Play {
  return { seed: replay.seed, moves: replay.moves };
}

/** Why a replay could not become a link: it is of another scenario, or a move of it is refused. */
export type ReplayLinkError =
  | { readonly code: "wrong-scenario"; readonly message: string }
  | {
      readonly code: "refused";
      readonly message: string;
      readonly index: number;
      readonly error: MoveError | GameError;
    };

function refusedAt(error: ReplayError): ReplayLinkError {
  return {
    code: "refused",
    message: `move ${error.index + 1} of the replay cannot be played: ${error.error.message}`,
    index: error.index,
    error: error.error,
  };
}

/**
 * A link that opens a replay in the browser game: the game is rebuilt from the replay, and its compact replay
 * link (the engine's `replayLink`, which the browser and `openLink` read) is put after `base#replay=`. With
 * no `base`, the link's payload alone. The replay travels in the fragment, so it never reaches a server.
 */
export function replayLink(
  scenario: ValidScenario,
  replayed: Replay,
  base?: string,
): Result<string, ReplayLinkError> {
  if (replayed.scenarioId !== scenario.id)
    return err({
      code: "wrong-scenario",
      message: `This replay is of scenario '${replayed.scenarioId}', not '${scenario.id}'.`,
    });
  const game = replay(scenario, replayed);
  if (!game.ok) return err(refusedAt(game.error));
  const payload = linkOf(game.value);
  if (!payload.ok)
    return err({ code: "refused", message: payload.error.message, index: -1, error: payload.error });
  return ok(base === undefined ? payload.value : `${base}#replay=${payload.value}`);
}

/**
 * Reads a replay from parsed JSON or JSON text (a replay file); never throws. The moves must be well-formed
 * format-2 moves; whether they are legal is for the engine's `replay` to say. A replay link is read with the
 * engine's `openLink(scenario, link)`.
 */
export function parseReplay(input: unknown): Result<Replay, string> {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      return err("not a replay: the text is not JSON");
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
