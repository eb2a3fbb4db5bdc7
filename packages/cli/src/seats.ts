import { BOT_NAMES, isBotName, type SeatPlayer, type ValidScenario } from "@parley/engine";
import { UserError } from "./errors.js";

/**
 * Reads `--bot ACTOR=BOT` flags into seat players by actor id; actors left out play their scenario persona.
 * A Map, so that no actor id the person types can meet an object's prototype.
 */
export function seatsFromFlags(scenario: ValidScenario, flags: readonly string[]): Map<string, SeatPlayer> {
  const seats = new Map<string, SeatPlayer>();
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
    if (!isBotName(name)) throw new UserError(`No bot '${name}'; the bots are ${BOT_NAMES.join(", ")}.`);
    seats.set(actor, { kind: "bot", bot: name });
  }
  return seats;
}
