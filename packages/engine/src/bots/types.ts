import type { GameState } from "../rules/state.js";
import type { Persona } from "../scenario/schema.js";
import type { Move } from "../vocabulary/moves.js";
import type { Result } from "../vocabulary/result.js";

/** The name of a bot {@link createBot} builds: every scenario persona, plus the search bot `mcts`. */
export type BotName = Persona | "mcts";

/** Every bot name, in a stable order (the personas first, then `mcts`). */
export const BOT_NAMES: readonly BotName[] = [
  "random",
  "boulware",
  "linear",
  "conceder",
  "tit-for-tat",
  "hardliner",
  "mcts",
];

/** Whether a string (from a command line, a form) names a bot. */
export function isBotName(name: string): name is BotName {
  return (BOT_NAMES as readonly string[]).includes(name);
}

/** Why a bot did not choose a move. */
export interface BotError {
  /** `game-over`: the game has ended and nobody has the floor; `no-legal-move`: the rules offered none. */
  readonly code: "game-over" | "no-legal-move";
  readonly message: string;
}

/**
 * A player: it chooses a move for whichever actor has the floor.
 *
 * `chooseMove` is a pure function of the state and the bot's options: the same state (equal `stateHash`)
 * and the same options give the same move, and the move is always one of `legalMoves(state)`. A bot keeps
 * no memory between calls; what it remembers it reads from `state.moves`. It never throws: when the game
 * is over it returns `{ ok: false, error: { code: "game-over" } }`. It never changes the state it is given.
 */
export interface Bot {
  /** The bot's name, as passed to {@link createBot}. */
  readonly name: string;
  /** Chooses a legal move for the actor on the floor. */
  chooseMove(state: GameState): Result<Move, BotError>;
}

/** Options every bot takes. */
export interface SeedOptions {
  /**
   * Seed of the bot's own randomness. Together with the state it fixes the move: the bot seeds seedrandom's
   * alea from this seed and the state's hash, so equal states give equal moves. Default `0`.
   */
  readonly seed?: string | number;
}

/** Options of the persona bots (`boulware`, `linear`, `conceder`, `tit-for-tat`, `hardliner`). */
export interface PersonaOptions extends SeedOptions {
  /**
   * Concession exponent `e` of the time-dependent tactic (see {@link aspiration}): below 1 the bot holds
   * out and concedes late (Boulware), 1 concedes at a steady pace, above 1 concedes early. Defaults:
   * boulware 0.2, linear 1, conceder 3, hardliner 0.1 (on the issues it has no demand on). Ignored by
   * tit-for-tat, which concedes only in answer to a concession.
   */
  readonly exponent?: number;
  /**
   * How much better (in utility, 0..1) than ending the talks now walking out must be before the bot walks
   * out. Default 0.05.
   */
  readonly walkOutMargin?: number;
}

/** A time budget for {@link createBot}'s `mcts`: milliseconds read from a clock the caller injects. */
export interface TimeBudget {
  /** Milliseconds per move. */
  readonly ms: number;
  /** The clock, in milliseconds, supplied by the caller (the host's high-resolution timer): the engine reads none. */
  readonly now: () => number;
}

/** Options of the search bot `mcts`. */
export interface MctsOptions extends SeedOptions {
  /**
   * Search iterations per move: the deterministic budget. Default 100 ({@link DEFAULT_ITERATIONS}). Ignored when `budget` is given.
   */
  readonly iterations?: number;
  /**
   * A time budget instead of an iteration count. The search then depends on the machine's speed, so the
   * bot is no longer deterministic.
   */
  readonly budget?: TimeBudget;
  /** UCT exploration constant (rewards are utilities in [0, 1]). Default 0.7. */
  readonly exploration?: number;
  /**
   * How the search models the other actors. `personas` (default): each plays its scenario persona, as the
   * default bots do, so the tree branches only on the bot's own moves. `max-n`: every actor's moves are
   * searched, each node maximising the utility of the actor who moves there (max^n), with the personas
   * only guiding the playouts. Use `max-n` against opponents that are not the scenario's personas.
   */
  readonly opponents?: "personas" | "max-n";
  /**
   * Moves per playout before it is cut short and scored as if the talks ended there (no collapse). Default:
   * no limit, every playout runs to the end of the game.
   */
  readonly playoutLimit?: number;
}

/** The options {@link createBot} takes for each bot name. */
export interface BotOptionsByName {
  readonly random: SeedOptions;
  readonly boulware: PersonaOptions;
  readonly linear: PersonaOptions;
  readonly conceder: PersonaOptions;
  readonly "tit-for-tat": PersonaOptions;
  readonly hardliner: PersonaOptions;
  readonly mcts: MctsOptions;
}

/** Options of any bot: the union of all bots' options, for when the name is only known at run time. */
export type AnyBotOptions = PersonaOptions & MctsOptions;
