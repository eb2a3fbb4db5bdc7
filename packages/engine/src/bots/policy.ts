import type { MoveBuffer, Sim } from "../core/index.js";
import type { GameState } from "../rules/state.js";
import { randomFromSeed } from "../vocabulary/random.js";
import type { Bot } from "./types.js";

/** A source of numbers in [0, 1). */
export type Rng = () => number;

/**
 * A bot's insides on the simulation core: given a game on the core (`sim`), the legal moves of the actor on
 * the floor listed into `buf` (`listMoves(sim, buf)`, at least one), that actor's index and a generator, it
 * returns the index in `buf.codes` of the move to play. It may add moves of its own to the buffer first (the
 * packages it composes), always legal ones. It never changes the sim, and reads of it only what the seat may
 * see: its own type and reservation, and what is public of the others.
 *
 * The drivers, the search bot and the testing kit run bots through their policy, without building move
 * objects; `createBot(...).chooseMove` is the same policy on the seat's view of a public state.
 */
export type Policy = (sim: Sim, buf: MoveBuffer, seat: number, rng: Rng) => number;

/** A built-in bot's policy and the generator it uses for a decision (see {@link decisionRandom}). */
export interface BotPolicy {
  readonly policy: Policy;
  /** The generator for one decision in `state` (only `seed` and `moveCount` are read). */
  readonly random: (state: Pick<GameState, "seed" | "moveCount">) => Rng;
}

/**
 * The generator of one decision: seedrandom's alea seeded with the bot's seed, the game's seed and the number
 * of moves made. Never a hash of the whole state, so a long game stays linear; the same seat view gives the
 * same numbers.
 */
export function decisionRandom(botSeed: string, state: Pick<GameState, "seed" | "moveCount">): Rng {
  return randomFromSeed(`${botSeed}|${state.seed}|${state.moveCount}`);
}

const policies = new WeakMap<Bot, BotPolicy>();

/** Records the policy behind a built-in bot. */
export function registerPolicy(bot: Bot, policy: BotPolicy): Bot {
  policies.set(bot, policy);
  return bot;
}

/**
 * The policy behind a bot `createBot` made, or `undefined` for any other bot (a custom one, which must be
 * asked through `chooseMove` on a frozen seat view).
 */
export function policyOf(bot: Bot): BotPolicy | undefined {
  return policies.get(bot);
}
