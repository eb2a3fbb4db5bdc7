import { createBot } from "../bots/create.js";
import { BOT_NAMES, type BotName, type BotOptionsByName } from "../bots/types.js";
import { compiledOf } from "../rules/compile.js";
import { computeOutcome } from "../rules/outcome.js";
import type { ValidScenario } from "../scenario/schema.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { checkSeeds } from "./batch.js";
import { playGame } from "./play.js";
import { checkSeatIds, type PlayError } from "./seats.js";

/** One row of {@link compareSeats}: a bot in one seat, the other seats on their default bots. */
export interface SeatResult {
  readonly seat: string;
  readonly bot: BotName;
  /** The seat's mean utility over the seeds. */
  readonly mean: number;
  /** The seat's utility in each game, in the order of the seeds. */
  readonly utilities: readonly number[];
}

/** Options of {@link compareSeats}. */
export interface CompareOptions {
  readonly seeds: readonly (string | number)[];
  /** The seats to try; default: every actor that speaks at some meeting. */
  readonly seats?: readonly string[];
  /** The bots to try in each seat; default: every bot. */
  readonly bots?: readonly BotName[];
  /** Options per bot (e.g. `{ mcts: { iterations: 50 } }`); each game's seed is the bot's `seed`. */
  readonly options?: { readonly [N in BotName]?: BotOptionsByName[N] };
}

/**
 * The benchmark of the bots: each bot in each seat, every other seat on its default bot, one game per seed;
 * returns the seat's mean utility per bot. This is how `mcts` is measured against `random` and the personas.
 */
export function compareSeats(
  scenario: ValidScenario,
  options: CompareOptions,
): Result<SeatResult[], PlayError> {
  const seeds = checkSeeds((options as Partial<CompareOptions> | undefined)?.seeds);
  if (!seeds.ok) return seeds;
  const speaking = new Set(
    scenario.tracks.flatMap((track) => [...(track.speakingOrder ?? track.participants)]),
  );
  const seats = options.seats ?? scenario.actors.map((a) => a.id).filter((id) => speaking.has(id));
  const known = checkSeatIds(scenario, seats);
  if (!known.ok) return known;
  const names = options.bots ?? BOT_NAMES;
  const c = compiledOf(scenario);
  const rows: SeatResult[] = [];
  for (const seat of seats) {
    for (const name of names) {
      const utilities: number[] = [];
      for (const seed of seeds.value) {
        const bot = createBot(name, { ...(options.options?.[name] ?? {}), seed });
        if (!bot.ok) return err({ code: "bad-bot", message: bot.error.message, error: bot.error });
        const played = playGame(scenario, seed, { [seat]: bot.value });
        if (!played.ok) return played;
        utilities.push(computeOutcome(c, played.value).utilities[seat] ?? 0);
      }
      const mean = utilities.length === 0 ? 0 : utilities.reduce((x, y) => x + y, 0) / utilities.length;
      rows.push({ seat, bot: name, mean, utilities });
    }
  }
  return ok(rows);
}
