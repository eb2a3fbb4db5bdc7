import type { GameState } from "../rules/state.js";
import { PERSONAS, type Persona } from "../vocabulary/lists.js";
import type { Move } from "../vocabulary/moves.js";
import type { Result } from "../vocabulary/result.js";

/** The name of a bot {@link createBot} builds: every scenario persona, plus the search bot `mcts`. */
export type BotName = Persona | "mcts";

/** Every bot name, in a stable order (the personas first, then `mcts`). */
export const BOT_NAMES: readonly BotName[] = Object.freeze([...PERSONAS, "mcts"] as const);

/** Whether a string (from a command line, a form) names a bot. */
export function isBotName(name: unknown): name is BotName {
  return typeof name === "string" && (BOT_NAMES as readonly string[]).includes(name);
}

/** Why a bot could not be built, or did not choose a move. */
export interface BotError {
  /**
   * `unknown-bot`: no bot of that name; `bad-options`: an option out of range; `game-over`: nobody has the
   * floor; `no-legal-move`: the rules offered none; `invalid-state`: the state cannot be used.
   */
  readonly code: "unknown-bot" | "bad-options" | "game-over" | "no-legal-move" | "invalid-state";
  readonly message: string;
}

/**
 * A player: it chooses a move for whichever actor has the floor, from what that actor's seat may see.
 *
 * `chooseMove` is a pure function of the seat's view of the state and the bot's options: the same view and
 * options give the same move (the search bot with a millisecond budget excepted), and the move is always
 * legal. Another seat's private data (its drawn type, its reservation) never changes the choice. It never
 * throws and never changes the state it is given.
 */
export interface Bot {
  /** The bot's name, as passed to `createBot`. */
  readonly name: BotName;
  /** Chooses a legal move for the actor on the floor. */
  chooseMove(state: GameState): Result<Move, BotError>;
}
