import { speaker } from "../rules/query.js";
import type { GameState } from "../rules/state.js";
import type { Scenario } from "../scenario/schema.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { mctsMove } from "./mcts.js";
import { personaPolicy } from "./policies.js";
import { type Policy, rngFor } from "./shared.js";
import type { AnyBotOptions, Bot, BotError, BotName, BotOptionsByName, PersonaOptions } from "./types.js";

const GAME_OVER: BotError = {
  code: "game-over",
  message: "The game is over: nobody has the floor, so there is no move to choose.",
};

/** A bot from a function that returns a legal move for the actor on the floor of a game that is not over. */
function botFrom(name: string, seed: string | number, choose: Policy): Bot {
  return {
    name,
    chooseMove(state: GameState) {
      const a = speaker(state);
      if (a === -1) return err(GAME_OVER);
      return ok(choose(state, a, rngFor(seed, state)));
    },
  };
}

/**
 * Builds a bot by name.
 *
 * - `random`: uniform over the legal moves.
 * - `boulware`, `linear`, `conceder`: time-dependent concession (exponents 0.2, 1, 3 by default).
 * - `tit-for-tat`: cooperates first, then answers like with like.
 * - `hardliner`: insists on its demands, firm in tone, never concedes on a demanded issue.
 * - `mcts`: Monte Carlo tree search over the rules' hot path, scored by the actor's utility.
 *
 * Every bot is deterministic given the state and its options (`seed` included); `mcts` with a
 * millisecond `budget` is the one exception. See docs/bots-and-analytics.md.
 */
export function createBot<N extends BotName>(name: N, options?: BotOptionsByName[N]): Bot;
export function createBot(name: BotName, options: AnyBotOptions = {}): Bot {
  const seed = options.seed ?? 0;
  if (name === "mcts") return botFrom(name, seed, (state, a, rng) => mctsMove(state, a, rng, options));
  return botFrom(name, seed, personaPolicy(name, options));
}

/**
 * The bot of an actor's scenario persona (`actor.persona`), or an `unknown-actor` error naming the actors.
 */
export function defaultBot(
  scenario: Scenario,
  actorId: string,
  options: PersonaOptions = {},
): Result<Bot, { readonly code: "unknown-actor"; readonly message: string }> {
  const actor = scenario.actors.find((x) => x.id === actorId);
  if (actor === undefined) {
    const ids = scenario.actors.map((x) => `'${x.id}'`).join(", ");
    return err({
      code: "unknown-actor",
      message: `No actor '${actorId}' in this scenario; the actors are ${ids}.`,
    });
  }
  return ok(createBot(actor.persona, options));
}

/** Every actor's default bot (its scenario persona), keyed by actor id. */
export function defaultBots(scenario: Scenario, options: PersonaOptions = {}): Record<string, Bot> {
  const bots: Record<string, Bot> = {};
  for (const actor of scenario.actors) bots[actor.id] = createBot(actor.persona, options);
  return bots;
}
