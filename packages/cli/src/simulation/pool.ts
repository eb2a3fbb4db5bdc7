import { Tinypool } from "tinypool";
import type { ChunkResult, ChunkTask, WorkSetup } from "./work.js";

/**
 * The worker threads of `simulate` and `sweep` (tinypool): chunks of games are handed out a few at a time
 * (never the whole run at once, so memory does not grow with it), and their results are passed on in the
 * order of the chunks, whichever thread finishes first. Stopping (Ctrl+C) stops handing out chunks and lets
 * the ones under way finish; stopping again drops them too.
 */

/**
 * A worker's entry module. tsx's loader, registered in the main thread by bin/parley.js, does not reach
 * worker threads under Node 20, so the worker registers it itself before it imports the TypeScript worker.
 */
function workerEntry(): URL {
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const worker = JSON.stringify(new URL("./worker.ts", import.meta.url).href);
  const code = `const { register } = await import(${tsx}); register(); export default (await import(${worker})).default;`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** The flags a worker runs with: the process's own, and the condition that loads the engine's sources. */
function workerFlags(): string[] {
  const condition = "--conditions=@parley/source";
  return process.execArgv.includes(condition) ? [...process.execArgv] : [...process.execArgv, condition];
}

/** A run of chunks on a pool. */
export interface ChunkRun {
  /** Resolves when every chunk handed out is done (or dropped): whether the run was stopped early. */
  readonly done: Promise<{ readonly stopped: boolean }>;
  /** Stops handing out chunks (the first call) or drops the chunks under way (the second). */
  stop(): void;
}

/** Options of {@link runChunks}. */
export interface ChunkRunOptions {
  readonly setup: WorkSetup;
  readonly workers: number;
  /** How many chunks there are, and chunk i. */
  readonly count: number;
  readonly chunk: (i: number) => ChunkTask;
  /** Called with each chunk's result in chunk order (awaited before the next: it may write a file). */
  readonly onResult: (i: number, result: ChunkResult) => void | Promise<void>;
}

/**
 * Plays chunks on `workers` threads and passes their results on in order. A chunk that fails stops the run
 * and rejects `done` with its message.
 */
export function runChunks(options: ChunkRunOptions): ChunkRun {
  const pool = new Tinypool({
    filename: workerEntry().href,
    minThreads: options.workers,
    maxThreads: options.workers,
    workerData: options.setup,
    execArgv: workerFlags(),
  });
  // Two chunks per thread in flight: one playing, one ready to start, so that no thread waits for the main one.
  const window = options.workers * 2;
  let stops = 0;
  let next = 0;
  let passed = 0;
  const waiting = new Map<number, ChunkResult>();
  let order: Promise<void> = Promise.resolve();
  let failure: Error | null = null;

  const pass = (): Promise<void> => {
    order = order.then(async () => {
      for (let result = waiting.get(passed); result !== undefined; result = waiting.get(passed)) {
        waiting.delete(passed);
        if (!result.ok) throw new Error(result.message);
        await options.onResult(passed, result);
        passed++;
      }
    });
    return order;
  };

  const done = (async () => {
    const running = new Set<Promise<void>>();
    try {
      while (next < options.count && stops === 0 && failure === null) {
        while (running.size < window && next < options.count && stops === 0) {
          const i = next++;
          const task: Promise<void> = pool
            .run(options.chunk(i))
            .then((result: ChunkResult) => {
              waiting.set(i, result);
              return pass();
            })
            .catch((error: unknown) => {
              // A thread terminated by a second stop is not a failure: its chunk is dropped.
              if (stops < 2) failure ??= error instanceof Error ? error : new Error(String(error));
            })
            .finally(() => running.delete(task));
          running.add(task);
        }
        await Promise.race(running);
      }
      await Promise.all(running);
      if (failure !== null) throw failure;
      return { stopped: stops > 0 };
    } finally {
      await pool.destroy();
    }
  })();

  return {
    done,
    stop() {
      stops++;
      if (stops === 2) void pool.destroy();
    },
  };
}
