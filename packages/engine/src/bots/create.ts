import { fork, listMoves, moveBuffer, moveOfCode, seatState } from "../core/index.js";
import { admit } from "../game/admit.js";
import { readMove } from "../game/input.js";
import { speaker } from "../rules/query.js";
import type { GameState } from "../rules/state.js";
import { randomFromSeed } from "../vocabulary/random.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { BOT_NAMES, type Bot, type BotError, type BotName, isBotName } from "./types.js";

/** Options every bot takes. */
export interface SeedOptions {
  /** Seed of the bot's own randomness (text or a finite number). Default `0`. */
  readonly seed?: string | number;
}

/**
 * Builds a bot by name, or says why not (an unknown name, an option out of range). PLACEHOLDER while the
 * model-2 bots are written: every name plays uniformly at random.
 */
export function createBot(name: BotName, options: SeedOptions = {}): Result<Bot, BotError> {
  if (!isBotName(name))
    return err({
      code: "unknown-bot",
      message: `No bot '${String(name)}'; the bots are ${BOT_NAMES.join(", ")}.`,
    });
  const seed = options.seed ?? 0;
  if (!(typeof seed === "string" || (typeof seed === "number" && Number.isFinite(seed))))
    return err({ code: "bad-options", message: "A bot's seed is text or a finite number." });
  return ok({
    name,
    chooseMove(state: GameState): Result<import("../vocabulary/moves.js").Move, BotError> {
      const game = admit(state, readMove);
      if (!game.ok) return err({ code: "invalid-state", message: game.error.reason });
      const { c } = game.value;
      const a = speaker(c, game.value.state);
      if (a === -1) return err({ code: "game-over", message: "The game is over: nobody has the floor." });
      const sim = fork(c, seatState(c, game.value.state, a), false);
      const buf = moveBuffer();
      const n = listMoves(sim, buf);
      if (n === 0) return err({ code: "no-legal-move", message: "The rules offer no move." });
      const rng = randomFromSeed(`${String(seed)}|${game.value.state.seed}|${game.value.state.moveCount}`);
      return ok(moveOfCode(sim, buf, buf.codes[Math.floor(rng() * n)] ?? 0));
    },
  });
}
