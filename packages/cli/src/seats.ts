import { BOT_NAMES, type Bot, createBot, isBotName, type Scenario } from "@parley/engine";
import { UserError } from "./errors.js";

/**
 * Reads `--bot ACTOR=BOT` flags into bots by actor id; actors left out play their scenario persona.
 * Every bot is seeded with the game's seed so that a game can be replayed. A Map, so that no actor id the
 * person types can meet an object's prototype.
 */
export function seatsFromFlags(scenario: Scenario, flags: readonly string[], seed: string): Map<string, Bot> {
  const seats = new Map<string, Bot>();
  for (const flag of flags) {
    const [actor, name, ...extra] = flag.split("=");
    if (actor === undefined || name === undefined || extra.length > 0 || actor === "" || name === "") {
      throw new UserError(`--bot takes ACTOR=BOT, e.g. --bot russia=mcts; got '${flag}'.`);
    }
    if (!scenario.actors.some((a) => a.id === actor)) {
      throw new UserError(
        `No actor '${actor}' in ${scenario.id}; the actors are ${scenario.actors.map((a) => a.id).join(", ")}.`,
      );
    }
    if (!isBotName(name)) {
      throw new UserError(`No bot '${name}'; the bots are ${BOT_NAMES.join(", ")}.`);
    }
    seats.set(actor, createBot(name, { seed }));
  }
  return seats;
}
