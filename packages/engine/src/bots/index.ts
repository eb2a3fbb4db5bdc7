/**
 * Bots: players for any seat. Personas from negotiation research (time-dependent concession, tit-for-tat,
 * hardliner), a random player, and a Monte Carlo tree search; helpers to play games and batches with them.
 */

export { createBot, defaultBot, defaultBots } from "./create.js";
export { DEFAULT_EXPLORATION, DEFAULT_ITERATIONS } from "./mcts.js";
export { aspiration, DEFAULT_EXPONENTS, DEFAULT_WALK_OUT_MARGIN } from "./persona.js";
export {
  type AnyBotOptions,
  BOT_NAMES,
  type Bot,
  type BotError,
  type BotName,
  type BotOptionsByName,
  isBotName,
  type MctsOptions,
  type PersonaOptions,
  type SeedOptions,
  type TimeBudget,
} from "./types.js";
