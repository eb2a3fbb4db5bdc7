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
   * `unknown-bot`: no bot of that name; `bad-options`: an option out of range (or a budget's clock that
   * returned no number); `game-over`: nobody has the floor; `no-legal-move`: the rules offered none;
   * `invalid-state`: the state cannot be used.
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

/** Options every bot takes. */
export interface SeedOptions {
  /**
   * Seed of the bot's own randomness: text (at most 1,000 characters) or a finite number. Default `0`. A bot
   * draws from seedrandom's alea seeded with this seed, the game's seed and the number of moves made, so the
   * same seat view gives the same move.
   */
  readonly seed?: string | number;
}

/** Options of the persona bots (every name but `random` and `mcts`). */
export interface PersonaOptions extends SeedOptions {
  /**
   * How much chance the bot gives moves it values less: it picks a move with probability proportional to
   * `exp(value / temperature)` (a softmax over its move values, which are on a utility-like scale). `0`
   * always plays its best move (the first among equals). Default per persona (see
   * `PERSONA_TEMPERATURES`), from 0 to 10.
   */
  readonly temperature?: number;
  /**
   * Concession exponent `e` of the time-dependent aspiration (see `aspiration`): below 1 the bot holds out
   * and concedes late (Boulware), 1 concedes at a steady pace, above 1 concedes early (Conceder). Greater
   * than 0, at most 100. Defaults: boulware 0.2, linear 1, conceder 3, hardliner 0.1 (on issues it has no
   * demand on), mediator 1, tit-for-tat 1 (which concedes only in answer to a concession).
   */
  readonly exponent?: number;
  /**
   * How much more (in utility, 0..1) than it can still hope for walking out must be worth before the bot
   * walks out. Default 0.05.
   */
  readonly walkOutMargin?: number;
  /**
   * Whether the bot plays the persona of the seat's drawn hidden type when the type names one. Default:
   * when the bot is the seat's default bot (its name is the actor's scenario persona).
   */
  readonly followType?: boolean;
  /** The mediator's bargain: the parties' Nash package (default) or their Kalai–Smorodinsky package. */
  readonly bargain?: "nash" | "kalai-smorodinsky";
}

/** A time budget for `mcts`: milliseconds read from a clock the caller injects (the engine reads none). */
export interface TimeBudget {
  /** Milliseconds per move: greater than 0, at most 600,000. */
  readonly ms: number;
  /** The clock, in milliseconds (the host's high-resolution timer); it must return finite numbers. */
  readonly now: () => number;
}

/** Options of the search bot `mcts`. */
export interface MctsOptions extends SeedOptions {
  /**
   * Search iterations per move (one playout each): the deterministic budget, a whole number from 1 to
   * `MAX_ITERATIONS` (10,000). Default 100. With a `budget`, the most iterations it may run.
   */
  readonly iterations?: number;
  /**
   * A time budget: the search stops when it runs out (or after `iterations`, or `MAX_ITERATIONS`). The
   * search then depends on the machine's speed, so the bot is no longer deterministic.
   */
  readonly budget?: TimeBudget;
  /** UCT exploration constant (rewards are utilities in [0, 1]): finite, 0 to 100. Default 0.7. */
  readonly exploration?: number;
  /**
   * Moves per playout before it is cut short and scored as if the talks ended there (no collapse): a whole
   * number from 1 to 100,000. Default: every playout runs to the end of the game.
   */
  readonly playoutLimit?: number;
  /** Softmax temperature of the final choice over the root moves' mean rewards. Default 0: the best. */
  readonly temperature?: number;
}

/** The options {@link createBot} takes for each bot name. */
export interface BotOptionsByName {
  readonly random: SeedOptions;
  readonly boulware: PersonaOptions;
  readonly linear: PersonaOptions;
  readonly conceder: PersonaOptions;
  readonly "tit-for-tat": PersonaOptions;
  readonly hardliner: PersonaOptions;
  readonly mediator: PersonaOptions;
  readonly mcts: MctsOptions;
}

/** Options of any bot, for when the name is only known at run time. */
export type BotOptions = PersonaOptions & MctsOptions;
