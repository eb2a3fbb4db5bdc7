import { freeze } from "immer";
import { createBot } from "../bots/create.js";
import { BOT_NAMES, type Bot, type BotError, type BotName, type BotOptionsByName } from "../bots/types.js";
import { createGame } from "../game/game.js";
import { applyRules } from "../rules/apply.js";
import { moveBound } from "../rules/bound.js";
import { checkMove, type MoveError } from "../rules/check.js";
import { cloneState } from "../rules/initial.js";
import { computeOutcome, type Outcome } from "../rules/outcome.js";
import { speaker } from "../rules/query.js";
import type { GameState } from "../rules/state.js";
import type { Scenario } from "../scenario/schema.js";
import type { Move } from "../vocabulary/moves.js";
import { err, ok, type Result } from "../vocabulary/result.js";

/** Bots by actor id. Actors left out play their scenario persona (seeded with the game's seed). */
export type Seats = Readonly<Partial<Record<string, Bot>>>;

/** Why {@link playGame} or {@link runBatch} stopped. */
export type PlayError =
  | { readonly code: "unknown-actor"; readonly message: string }
  | {
      readonly code: "bot-failed";
      readonly message: string;
      readonly index: number;
      readonly actor: string;
      readonly error: BotError;
    }
  | {
      readonly code: "illegal-move";
      readonly message: string;
      readonly index: number;
      readonly actor: string;
      readonly move: Move;
      readonly error: MoveError;
    }
  | { readonly code: "too-long"; readonly message: string; readonly index: number };

function seatBots(scenario: Scenario, seed: string | number, bots: Seats): Result<Bot[], PlayError> {
  for (const id of Object.keys(bots)) {
    if (!scenario.actors.some((actor) => actor.id === id)) {
      const ids = scenario.actors.map((x) => `'${x.id}'`).join(", ");
      return err({
        code: "unknown-actor",
        message: `No actor '${id}' in this scenario; the actors are ${ids}.`,
      });
    }
  }
  return ok(
    scenario.actors.map((actor) =>
      Object.hasOwn(bots, actor.id) && bots[actor.id] !== undefined
        ? (bots[actor.id] as Bot)
        : createBot(actor.persona, { seed }),
    ),
  );
}

/**
 * Plays a whole game with bots and returns its final state, the same state `replay` rebuilds from
 * `state.moves` (deep-frozen, like every state the engine hands out). The game runs on the rules' hot path:
 * one private copy of the state, moves applied in place; each bot sees the state as it stands and must
 * not change it. Every move a bot returns is checked: an illegal one stops the game with an
 * `illegal-move` error, as does a bot error or a key of `bots` that is not an actor.
 */
export function playGame(
  scenario: Scenario,
  seed: string | number,
  bots: Seats = {},
): Result<GameState, PlayError> {
  const seated = seatBots(scenario, seed, bots);
  if (!seated.ok) return seated;
  const state = cloneState(createGame(scenario, { seed }));
  const maxMoves = moveBound(scenario);
  for (let index = 0; !state.over; index++) {
    if (index > maxMoves)
      return err({
        code: "too-long",
        index,
        message: `The game ran past ${maxMoves} moves, the rules' bound.`,
      });
    const a = speaker(state);
    const actor = scenario.actors[a]?.id ?? "";
    const bot = seated.value[a];
    if (bot === undefined) return err({ code: "unknown-actor", message: `No bot for actor index ${a}.` });
    const chosen = bot.chooseMove(state);
    if (!chosen.ok) {
      return err({
        code: "bot-failed",
        index,
        actor,
        error: chosen.error,
        message: `Bot '${bot.name}' for ${actor} chose no move: ${chosen.error.message}`,
      });
    }
    const refusal = checkMove(state, chosen.value);
    if (refusal !== null) {
      return err({
        code: "illegal-move",
        index,
        actor,
        move: chosen.value,
        error: refusal,
        message: `Bot '${bot.name}' for ${actor} chose an illegal move: ${refusal.message}`,
      });
    }
    applyRules(state, chosen.value, null);
  }
  return ok(freeze(state as GameState, true));
}

/** One game of a batch. */
export interface BatchGame {
  readonly seed: string | number;
  readonly outcome: Outcome;
  /** How many moves the game took. */
  readonly moves: number;
}

/** The games of {@link runBatch}, with every actor's mean utility over them. */
export interface BatchReport {
  readonly games: readonly BatchGame[];
  /** `meanUtility[actorId]` over the games. */
  readonly meanUtility: Readonly<Record<string, number>>;
  /** How many games ended each way. */
  readonly results: Readonly<Record<Outcome["overall"], number>>;
}

/**
 * Plays one game per seed with the same bots (see {@link playGame}) and returns every outcome, the mean
 * utilities and how the games ended. Stops at the first game that fails.
 */
export function runBatch(
  scenario: Scenario,
  options: { readonly seeds: readonly (string | number)[]; readonly bots?: Seats },
): Result<BatchReport, PlayError> {
  const games: BatchGame[] = [];
  const sums: Record<string, number> = {};
  const results = { agreement: 0, "partial-agreement": 0, "no-breakthrough": 0, collapse: 0 };
  for (const actor of scenario.actors) sums[actor.id] = 0;
  for (const seed of options.seeds) {
    const played = playGame(scenario, seed, options.bots ?? {});
    if (!played.ok) return played;
    const outcome = computeOutcome(played.value);
    games.push({ seed, outcome, moves: played.value.moves.length });
    results[outcome.overall]++;
    for (const actor of scenario.actors)
      sums[actor.id] = (sums[actor.id] ?? 0) + (outcome.utilities[actor.id] ?? 0);
  }
  const meanUtility: Record<string, number> = {};
  for (const actor of scenario.actors)
    meanUtility[actor.id] = games.length === 0 ? 0 : (sums[actor.id] ?? 0) / games.length;
  return ok({ games, meanUtility, results });
}

/** One row of {@link compareSeats}: a bot in one seat, the other seats on their personas. */
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
  /** The seats to try; default: every actor that speaks on some track. */
  readonly seats?: readonly string[];
  /** The bots to try in each seat; default: every bot. */
  readonly bots?: readonly BotName[];
  /** Options per bot (e.g. `{ mcts: { iterations: 200 } }`); each game's seed is added as the bot's `seed`. */
  readonly options?: { readonly [N in BotName]?: BotOptionsByName[N] };
}

/**
 * The benchmark of the bots: each bot in each seat, every other seat playing its scenario persona, one game
 * per seed; returns the seat's mean utility per bot. This is how `mcts` is measured against `random` and
 * the personas (tests run it on a few seeds; the benchmark on many).
 */
export function compareSeats(scenario: Scenario, options: CompareOptions): Result<SeatResult[], PlayError> {
  const speaking = new Set(
    scenario.tracks.flatMap((track) => [...(track.speakingOrder ?? track.participants)]),
  );
  const seats = options.seats ?? scenario.actors.map((a) => a.id).filter((id) => speaking.has(id));
  const names = options.bots ?? BOT_NAMES;
  const rows: SeatResult[] = [];
  for (const seat of seats) {
    for (const name of names) {
      const utilities: number[] = [];
      for (const seed of options.seeds) {
        const botOptions = { ...(options.options?.[name] ?? {}), seed };
        const played = playGame(scenario, seed, { [seat]: createBot(name, botOptions) });
        if (!played.ok) return played;
        utilities.push(computeOutcome(played.value).utilities[seat] ?? 0);
      }
      const mean = utilities.length === 0 ? 0 : utilities.reduce((x, y) => x + y, 0) / utilities.length;
      rows.push({ seat, bot: name, mean, utilities });
    }
  }
  return ok(rows);
}
