import type { ChunkRun, ChunkRunOptions } from "./pool.js";
import { runChunk } from "./work.js";

/**
 * Plays chunks one after another in this thread, with the same contract as the pool's {@link runChunks}. For
 * small runs: starting worker threads (each loads and compiles the engine) takes seconds, longer than a few
 * hundred games. Between chunks it yields to the event loop, so that Ctrl+C is heard; a second stop drops
 * nothing more than the first, since no chunk is under way then.
 */
export function runChunksInline(options: ChunkRunOptions): ChunkRun {
  let stopped = false;
  const done = (async () => {
    for (let i = 0; i < options.count && !stopped; i++) {
      const result = runChunk(options.setup, options.chunk(i));
      if (!result.ok) throw new Error(result.message);
      await options.onResult(i, result);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return { stopped };
  })();
  return {
    done,
    stop() {
      stopped = true;
    },
  };
}
