import { freeze } from "immer";
import * as z from "zod";
import { createGame, legalMoves, stateHash } from "../game/game.js";
import { applyRules } from "../rules/apply.js";
import { cloneState } from "../rules/initial.js";
import type { GameState } from "../rules/state.js";
import type { Scenario } from "../scenario/schema.js";
import { moveKey } from "../vocabulary/moves.js";
import { err, ok, type Result } from "../vocabulary/result.js";

/** The save format's version; a save of another version is refused with a message. */
export const SAVE_VERSION = 1;

/** Why a save could not be loaded. */
export interface PersistError {
  readonly code:
    | "not-json"
    | "not-a-save"
    | "wrong-version"
    | "wrong-scenario"
    | "corrupt"
    | "hash-mismatch"
    | "too-large";
  readonly message: string;
}

const MAX_SAVE_LENGTH = 1_000_000;

const saveSchema = z.strictObject({
  format: z.literal("parley-save"),
  version: z.number(),
  scenario: z.string(),
  seed: z.string(),
  /** Each move as its index in `legalMoves` at that point, base 36, joined by dots. */
  play: z.string().regex(/^([0-9a-z]+(\.[0-9a-z]+)*)?$/),
  hash: z.string(),
});

/** Finds the index of each of a state's moves among the legal moves at its turn. */
function moveIndexes(state: GameState): number[] {
  const indexes: number[] = [];
  const replaying = cloneState(createGame(state.scenario, { seed: state.seed }));
  for (const move of state.moves) {
    const key = moveKey(move);
    indexes.push(legalMoves(replaying as GameState).findIndex((m) => moveKey(m) === key));
    applyRules(replaying, move, null);
  }
  return indexes;
}

/**
 * Saves a game as compact, versioned text: the scenario id, the seed and each move as its index among the
 * legal moves, with a hash of the final state to detect edits. The state follows from these alone.
 */
export function serialize(state: GameState): string {
  return JSON.stringify({
    format: "parley-save",
    version: SAVE_VERSION,
    scenario: state.scenario.id,
    seed: state.seed,
    play: moveIndexes(state)
      .map((i) => i.toString(36))
      .join("."),
    hash: stateHash(state),
  });
}

/** Loads a save of a game of `scenario`; a truncated, edited or foreign save gives an error, never a throw. */
export function deserialize(scenario: Scenario, text: string): Result<GameState, PersistError> {
  if (typeof text !== "string")
    return err({ code: "not-a-save", message: "A save is text; got something else." });
  if (text.length > MAX_SAVE_LENGTH)
    return err({
      code: "too-large",
      message: `This save is ${text.length} characters long; a Parley save is far smaller, so it is not one.`,
    });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return err({ code: "not-json", message: "This save is not valid JSON: it may be truncated or edited." });
  }
  if (
    typeof raw === "object" &&
    raw !== null &&
    "version" in raw &&
    raw.version !== SAVE_VERSION &&
    (raw as { format?: unknown }).format === "parley-save"
  ) {
    return err({
      code: "wrong-version",
      message: `This save has format version ${String(raw.version)}; this Parley reads version ${SAVE_VERSION}.`,
    });
  }
  const parsed = saveSchema.safeParse(raw);
  if (!parsed.success)
    return err({
      code: "not-a-save",
      message: "This is not a Parley save (its fields are missing or wrong).",
    });
  const save = parsed.data;
  if (save.scenario !== scenario.id) {
    return err({
      code: "wrong-scenario",
      message: `This save is of scenario '${save.scenario}', not '${scenario.id}'.`,
    });
  }
  const state = cloneState(createGame(scenario, { seed: save.seed }));
  const steps = save.play === "" ? [] : save.play.split(".");
  for (const [n, step] of steps.entries()) {
    const moves = legalMoves(state as GameState);
    const move = moves[Number.parseInt(step, 36)];
    if (move === undefined) {
      return err({
        code: "corrupt",
        message: `Move ${n + 1} of this save is not a legal move: the save was edited or is for another version of the scenario.`,
      });
    }
    applyRules(state, move, null);
  }
  const loaded = state as GameState;
  if (stateHash(loaded) !== save.hash) {
    return err({
      code: "hash-mismatch",
      message:
        "This save does not match its checksum: it was edited, or the scenario has changed since it was saved.",
    });
  }
  return ok(freeze(loaded, true));
}
