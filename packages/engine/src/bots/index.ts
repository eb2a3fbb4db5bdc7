/**
 * Bots: players for any seat. Personas from negotiation research (time-dependent aspiration, tit-for-tat,
 * hardliner, mediator), a random player, and a Monte Carlo tree search that draws what its seat cannot see.
 * The public part is re-exported by the engine's `index.ts`; `Policy`, `policyOf` and `decisionRandom` are
 * the fast internal interface the drivers and the testing kit run bots through.
 */
export { createBot, type SeedOptions } from "./create.js";
export { DEFAULT_EXPLORATION, DEFAULT_ITERATIONS } from "./mcts.js";
export { MAX_BUDGET_MS, MAX_ITERATIONS } from "./options.js";
export { aspiration } from "./outlook.js";
export { defaultPolicy, personaPolicy, randomPolicy } from "./persona.js";
export { type BotPolicy, decisionRandom, type Policy, policyOf, type Rng } from "./policy.js";
export { DEFAULT_EXPONENTS, PERSONA_TEMPERATURES } from "./style.js";
export {
  BOT_NAMES,
  type Bot,
  type BotError,
  type BotName,
  type BotOptions,
  type BotOptionsByName,
  isBotName,
  type MctsOptions,
  type PersonaOptions,
  type TimeBudget,
} from "./types.js";
