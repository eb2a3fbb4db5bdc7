import { createGame } from "../game/game.js";
import { compiledOf } from "../rules/compile.js";
import { computeOutcome, type Outcome } from "../rules/outcome.js";
import { scenarioHash } from "../scenario/content-hash.js";
import type { ValidScenario } from "../scenario/schema.js";
import { grouped } from "../vocabulary/grouped.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { gameClass } from "./classes.js";
import { gameHash } from "./distinct.js";
import { playFrom } from "./play.js";
import { type SimulationReport, simulationReport } from "./report.js";
import { type PlayError, type Player, type Seats, seatPlayers } from "./seats.js";
import { addGame, emptySummary, type SimulationSummary, scenarioIndex } from "./summary.js";

/**
 * Most games one simulation plays: ten million. The figures need far fewer (at 10,000 games a share's
 * 95 % interval is within ±1 point), and a run of this many already takes hours; memory does not grow
 * with the number of games, so the bound is about time, not space.
 */
export const MAX_SIMULATION_GAMES = 10_000_000;

/** Longest base seed, in characters. */
export const MAX_SEED_BASE = 200;

/** The seed of game `k` of a simulation with base seed `base`: `${base}:${k}`. */
export function gameSeed(base: string, k: number): string {
  return `${base}:${k}`;
}

/** The seeds of a simulation: games `start` (default 0) to `start + count − 1`, game k seeded `${base}:${k}`. */
export interface SeedSpec {
  readonly base: string;
  readonly count: number;
  readonly start?: number;
}

/** One game of a simulation, as `onGame` sees it. */
export interface SimulatedGame {
  /** The game's number k: it was seeded `${base}:${k}`. */
  readonly index: number;
  readonly seed: string;
  readonly outcome: Outcome;
  /** Its outcome class (see `gameClass`). */
  readonly class: string;
  readonly moves: number;
}

/** Options of {@link simulate} and {@link simulateSummary}. */
export interface SimulationOptions {
  readonly seeds: SeedSpec;
  /** The bots of the seats that do not play their default bot (their scenario persona). */
  readonly bots?: Seats;
  /** Called with each game, in seed order (to stream a CSV, say); nothing of a game is kept otherwise. */
  readonly onGame?: (game: SimulatedGame) => void;
}

function checkSeeds(seeds: unknown): Result<Required<SeedSpec>, PlayError> {
  const s = seeds as Partial<SeedSpec> | null | undefined;
  const start = s?.start ?? 0;
  if (typeof s !== "object" || s === null || typeof s.base !== "string" || s.base.length > MAX_SEED_BASE)
    return err({
      code: "bad-options",
      message: `The seeds are { base, count }: base is text of at most ${MAX_SEED_BASE} characters.`,
    });
  if (!Number.isSafeInteger(s.count) || (s.count ?? -1) < 0 || (s.count ?? 0) > MAX_SIMULATION_GAMES)
    return err({
      code: "bad-options",
      message: `The number of games is a whole number from 0 to ${grouped(MAX_SIMULATION_GAMES)}.`,
    });
  if (!Number.isSafeInteger(start) || start < 0 || start > Number.MAX_SAFE_INTEGER - (s.count ?? 0))
    return err({ code: "bad-options", message: "The first game's number is a whole number from 0." });
  return ok({ base: s.base, count: s.count ?? 0, start });
}

function failure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Plays the games of a seed range with the same seating (as `playGame`: seats left out play their default
 * bot) and folds each into a {@link SimulationSummary}; nothing else of a game is kept, so memory does not
 * grow with their number. Summaries of consecutive ranges merge (`mergeSummaries`) into exactly the
 * summary of the whole range: this is how the work is split between threads. Stops at the first game that
 * fails, with its error.
 */
export function simulateSummary(
  scenario: ValidScenario,
  options: SimulationOptions,
): Result<SimulationSummary, PlayError> {
  const seeds = checkSeeds((options as Partial<SimulationOptions> | undefined)?.seeds);
  if (!seeds.ok) return seeds;
  const players = seatPlayers(scenario, options.bots ?? {});
  if (!players.ok) return players;
  const c = compiledOf(scenario);
  const index = scenarioIndex(scenario);
  const summary = emptySummary(scenario, scenarioHash(scenario), seeds.value);
  const { base, start, count } = seeds.value;
  for (let k = start; k < start + count; k++) {
    const seed = gameSeed(base, k);
    const played = playSeed(c, seed, players.value);
    if (!played.ok) return played;
    const outcome = computeOutcome(c, played.value);
    const moves = played.value.moveCount;
    addGame(summary, scenario, index, { outcome, moves, hash: gameHash(played.value) });
    options.onGame?.({ index: k, seed, outcome, class: gameClass(outcome), moves });
  }
  return ok(summary);
}

function playSeed(c: ReturnType<typeof compiledOf>, seed: string, players: readonly Player[]) {
  const game = createGame(c.scenario, { seed });
  if (!game.ok) return err<PlayError>({ code: "invalid-game", message: game.error.message });
  try {
    return playFrom(c, game.value, players);
  } catch (error) {
    // An engine invariant broke: a bug, reported as data rather than thrown across the API.
    return err<PlayError>({
      code: "internal",
      message: `The game stopped on an engine error: ${failure(error)}.`,
    });
  }
}

/** Each actor's bot by name: the one seated, or its scenario persona. */
export function botNames(scenario: ValidScenario, bots: Seats = {}): Record<string, string> {
  return Object.fromEntries(
    scenario.actors.map((actor) => {
      const seated = Object.hasOwn(bots, actor.id) ? bots[actor.id] : undefined;
      return [actor.id, seated === undefined ? actor.persona : String(seated.name)];
    }),
  );
}

/**
 * Plays `seeds.count` games (game k seeded `${base}:${k}`) with bots and reports what came of them: outcome
 * classes with Wilson 95 % intervals, how often the historical record's class came up, mean utilities with
 * intervals, agreements per issue, meeting lengths, final tension, distinct games, and the rules version,
 * scenario hash, bots and seeds that reproduce it. At most {@link MAX_SIMULATION_GAMES} games; memory does
 * not grow with their number.
 */
export function simulate(
  scenario: ValidScenario,
  options: SimulationOptions,
): Result<SimulationReport, PlayError> {
  const summary = simulateSummary(scenario, options);
  if (!summary.ok) return summary;
  return ok(simulationReport(scenario, summary.value, botNames(scenario, options.bots)));
}
