import {
  type Bot,
  type BotName,
  createBot,
  parseScenario,
  type Seats,
  type SimulatedGame,
  type SimulationSummary,
  simulateSummary,
  type ValidScenario,
  varyScenario,
} from "@parley/engine";
import { csvRows } from "./csv.js";

/**
 * One chunk of a simulation's games, as a worker thread plays it: plain data in (the scenario, the value
 * varied, the bots, the seeds), a summary out. Pure but for a cache of checked scenarios and seats, so that
 * tests can run it in-process and a worker runs exactly the same code.
 */

/** What every chunk of one run shares; sent to each worker once. */
export interface WorkSetup {
  /** The scenario as loaded (plain data: it is checked again in the worker). */
  readonly scenario: unknown;
  /** For a sweep: the path varied and the value of each job; null for a plain simulation (one job). */
  readonly vary: { readonly path: string; readonly values: readonly number[] } | null;
  /** `--bot` seats: actor id and bot name. */
  readonly bots: readonly (readonly [string, BotName])[];
  readonly base: string;
}

/** One chunk: games `start` to `start + count − 1` of job `job` (a sweep's value; 0 for a simulation). */
export interface ChunkTask {
  readonly job: number;
  readonly start: number;
  readonly count: number;
  /** Whether to return the games as CSV rows too. */
  readonly csv: boolean;
}

/** What a chunk gives back: its summary and CSV rows, or why it failed. */
export type ChunkResult =
  | { readonly ok: true; readonly summary: SimulationSummary; readonly csv: string }
  | { readonly ok: false; readonly message: string };

interface Prepared {
  readonly scenarios: Map<number, ValidScenario>;
  readonly seats: Map<number, Seats>;
}

const prepared = new WeakMap<WorkSetup, Prepared>();

function scenarioOf(setup: WorkSetup, job: number, cache: Prepared): ValidScenario | string {
  const known = cache.scenarios.get(job);
  if (known !== undefined) return known;
  const parsed = parseScenario(setup.scenario);
  if (!parsed.ok) return `the scenario is not valid in the worker: ${parsed.error[0]?.message ?? ""}`;
  let scenario = parsed.value;
  if (setup.vary !== null) {
    const changed = varyScenario(scenario, setup.vary.path, setup.vary.values[job] ?? Number.NaN);
    if (!changed.ok) return changed.error.message;
    scenario = changed.value;
  }
  cache.scenarios.set(job, scenario);
  return scenario;
}

function seatsOf(setup: WorkSetup, job: number, cache: Prepared): Seats | string {
  const known = cache.seats.get(job);
  if (known !== undefined) return known;
  const seats: Record<string, Bot> = {};
  for (const [actor, name] of setup.bots) {
    // Seeded with the actor's id, as a match seats a bot (and as the default bots are).
    const bot = createBot(name, { seed: actor });
    if (!bot.ok) return bot.error.message;
    seats[actor] = bot.value;
  }
  cache.seats.set(job, seats);
  return seats;
}

/** Plays one chunk of games and summarises it. */
export function runChunk(setup: WorkSetup, task: ChunkTask): ChunkResult {
  let cache = prepared.get(setup);
  if (cache === undefined) {
    cache = { scenarios: new Map(), seats: new Map() };
    prepared.set(setup, cache);
  }
  const scenario = scenarioOf(setup, task.job, cache);
  if (typeof scenario === "string") return { ok: false, message: scenario };
  const bots = seatsOf(setup, task.job, cache);
  if (typeof bots === "string") return { ok: false, message: bots };
  const games: SimulatedGame[] = [];
  const summary = simulateSummary(scenario, {
    seeds: { base: setup.base, start: task.start, count: task.count },
    bots,
    ...(task.csv ? { onGame: (game: SimulatedGame) => games.push(game) } : {}),
  });
  if (!summary.ok) return { ok: false, message: summary.error.message };
  return { ok: true, summary: summary.value, csv: csvRows(scenario, games) };
}
