import { mergeSummaries, type SimulationSummary, simulateSummary, type ValidScenario } from "@parley/engine";
import type { CliIo, Output } from "../io.js";
import { runChunksInline } from "./inline.js";
import { defaultWorkers } from "./options.js";
import { runChunks } from "./pool.js";
import { progressBar } from "./progress.js";
import type { WorkSetup } from "./work.js";

/** Most games in one chunk: about a second's work, so that progress moves and Ctrl+C is answered soon. */
export const MAX_CHUNK = 250;

/** What a run of games needs besides its setup. */
export interface PlayPlan {
  /** Jobs (a sweep's values; one for a simulation), each of `games` games seeded from 0. */
  readonly jobs: number;
  readonly games: number;
  /**
   * Worker threads, as `--workers` gave them, or null to choose: a run of one chunk's games or fewer plays in
   * this thread (starting threads would take longer than the games), a larger one on a thread per core.
   */
  readonly workers: number | null;
  /** Receives each chunk's CSV rows, in seed order. */
  readonly csv?: (rows: string) => Promise<void>;
}

/** What was played: each job's summary (null if none of its games was), and whether Ctrl+C stopped it. */
export interface Played {
  readonly summaries: readonly (SimulationSummary | null)[];
  readonly stopped: boolean;
}

/** Games per chunk: enough chunks to keep every thread busy to the end, none too long. */
export function chunkSize(total: number, workers: number): number {
  return Math.max(1, Math.min(MAX_CHUNK, Math.ceil(total / (workers * 8))));
}

/**
 * Plays every job's games on worker threads, chunk by chunk, merging each job's chunks in seed order; shows
 * progress on a terminal; the first Ctrl+C stops handing out chunks (those under way finish), a second drops
 * them. The summaries are then those of the games played: for each job, its first games, without gaps.
 */
export async function playGames(io: CliIo, out: Output, setup: WorkSetup, plan: PlayPlan): Promise<Played> {
  const total = plan.jobs * plan.games;
  const threads = Math.min(total, plan.workers ?? (total <= MAX_CHUNK ? 0 : defaultWorkers()));
  const size = chunkSize(total, Math.max(1, threads));
  const perJob = Math.ceil(plan.games / size);
  const summaries: (SimulationSummary | null)[] = Array.from({ length: plan.jobs }, () => null);
  const progress = progressBar(io.stderr, plan.jobs * plan.games);
  const run = (threads === 0 ? runChunksInline : runChunks)({
    setup,
    workers: threads,
    count: plan.jobs * perJob,
    chunk: (i) => {
      const start = (i % perJob) * size;
      return {
        job: Math.floor(i / perJob),
        start,
        count: Math.min(size, plan.games - start),
        csv: plan.csv !== undefined,
      };
    },
    onResult: async (i, result) => {
      if (!result.ok) return;
      const job = Math.floor(i / perJob);
      const before = summaries[job] ?? null;
      const merged =
        before === null
          ? { ok: true as const, value: result.summary }
          : mergeSummaries(before, result.summary);
      if (!merged.ok) throw new Error(merged.error.message);
      summaries[job] = merged.value;
      if (plan.csv !== undefined) await plan.csv(result.csv);
      progress.advance(result.summary.seeds.count);
    },
  });
  let interrupts = 0;
  const unlisten = io.onInterrupt?.(() => {
    interrupts++;
    if (interrupts === 1) {
      progress.stop();
      out.error("parley: stopping after the games under way (Ctrl+C again to stop now)…");
    }
    run.stop();
  });
  try {
    const { stopped } = await run.done;
    return { summaries, stopped };
  } finally {
    unlisten?.();
    progress.stop();
  }
}

/** The summary of no games, for a job that Ctrl+C stopped before any of its games was played. */
export function noGames(scenario: ValidScenario, base: string): SimulationSummary {
  const empty = simulateSummary(scenario, { seeds: { base, count: 0 } });
  if (!empty.ok) throw new Error(empty.error.message);
  return empty.value;
}
