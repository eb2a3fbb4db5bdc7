import { type Bot, type BotName, botNames, createBot, type ValidScenario } from "@parley/engine";
import { UserError } from "../errors.js";
import { seatsFromFlags } from "../seats.js";

/** The `--bot ACTOR=BOT` seats of a run: as names (for the workers) and as the bots' names by actor. */
export interface RunBots {
  readonly seats: readonly (readonly [string, BotName])[];
  /** Each actor's bot by name, the defaults included (what the report names). */
  readonly names: Readonly<Record<string, string>>;
}

/** Reads the `--bot` flags (checked as `play` checks them) and builds each bot once to check it. */
export function runBots(scenario: ValidScenario, flags: readonly string[]): RunBots {
  const seats: [string, BotName][] = [];
  const bots: Record<string, Bot> = {};
  for (const [actor, player] of seatsFromFlags(scenario, flags)) {
    if (player.kind !== "bot") continue;
    const bot = createBot(player.bot, { seed: actor });
    if (!bot.ok) throw new UserError(bot.error.message);
    seats.push([actor, player.bot]);
    bots[actor] = bot.value;
  }
  return { seats, names: botNames(scenario, bots) };
}
