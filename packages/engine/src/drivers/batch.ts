import { compiledOf } from "../rules/compile.js";
import { computeOutcome, type Outcome } from "../rules/outcome.js";
import type { ValidScenario } from "../scenario/schema.js";
import { RESULT_KINDS, type ResultKind } from "../vocabulary/lists.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { playGame } from "./play.js";
import type { PlayError, Seats } from "./seats.js";

/** Most seeds a batch (or a comparison) takes in one call. */
export const MAX_BATCH_SEEDS = 100_000;

/** One game of a batch. */
export interface BatchGame {
  readonly seed: string | number;
  readonly outcome: Outcome;
  /** How many moves the game took. */
  readonly moves: number;
}

/** The games of {@link runBatch}, with every actor's mean utility over them and how they ended. */
export interface BatchReport {
  readonly games: readonly BatchGame[];
  /** `meanUtility[actorId]` over the games (0 with no games). */
  readonly meanUtility: Readonly<Record<string, number>>;
  /** How many games ended each way. */
  readonly results: Readonly<Record<ResultKind, number>>;
}

/** Options of {@link runBatch}. */
export interface BatchOptions {
  /** One game per seed (text or finite numbers), at most {@link MAX_BATCH_SEEDS}. */
  readonly seeds: readonly (string | number)[];
  /** The bots of the seats that do not play their default bot. */
  readonly bots?: Seats;
}

/** Checks a list of seeds. */
export function checkSeeds(seeds: unknown): Result<readonly (string | number)[], PlayError> {
  if (!Array.isArray(seeds) || seeds.length > MAX_BATCH_SEEDS)
    return err({ code: "bad-options", message: `The seeds are a list of at most ${MAX_BATCH_SEEDS} seeds.` });
  return ok(seeds as (string | number)[]);
}

/**
 * Plays one game per seed with the same seating (see `playGame`) and returns every outcome, the mean
 * utilities and how the games ended. Stops at the first game that fails, with its error.
 */
export function runBatch(scenario: ValidScenario, options: BatchOptions): Result<BatchReport, PlayError> {
  const seeds = checkSeeds((options as Partial<BatchOptions> | undefined)?.seeds);
  if (!seeds.ok) return seeds;
  const games: BatchGame[] = [];
  const sums: Record<string, number> = {};
  const results = Object.fromEntries(RESULT_KINDS.map((kind) => [kind, 0])) as Record<ResultKind, number>;
  for (const actor of scenario.actors) sums[actor.id] = 0;
  for (const seed of seeds.value) {
    const played = playGame(scenario, seed, options.bots ?? {});
    if (!played.ok) return played;
    const outcome = computeOutcome(compiledOf(scenario), played.value);
    games.push({ seed, outcome, moves: played.value.moveCount });
    results[outcome.overall]++;
    for (const actor of scenario.actors)
      sums[actor.id] = (sums[actor.id] ?? 0) + (outcome.utilities[actor.id] ?? 0);
  }
  const meanUtility: Record<string, number> = {};
  for (const actor of scenario.actors)
    meanUtility[actor.id] = games.length === 0 ? 0 : (sums[actor.id] ?? 0) / games.length;
  return ok({ games, meanUtility, results });
}
