/** Starting the bench's worker threads and talking to them. */
import { Worker } from "node:worker_threads";
import type { Answer, Task } from "./worker.js";

/**
 * A worker's entry. Built with `tsc` (`npm run bench:built`), the worker is plain JavaScript beside this
 * file. Under tsx, Node 20's loader hooks (given to this process with `--import`) do not reach worker
 * threads, so the worker registers tsx itself, then imports the TypeScript worker; the other flags (the
 * `@parley/source` condition, `--expose-gc`) and the environment (NODE_ENV) are inherited.
 */
function entry(): URL {
  if (import.meta.url.endsWith(".js")) return new URL("./worker.js", import.meta.url);
  const api = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const worker = JSON.stringify(new URL("./worker.ts", import.meta.url).href);
  const code = `const { register } = await import(${api}); register(); await import(${worker});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

function ask<T>(worker: Worker, message: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once("error", onError);
    worker.once("message", (reply: T) => {
      worker.off("error", onError);
      resolve(reply);
    });
    worker.postMessage(message);
  });
}

/** A started worker, ready for tasks. */
export interface BenchWorker {
  run<T extends Task>(task: T): Promise<Answer<T>>;
  stop(): Promise<void>;
}

export async function startWorker(): Promise<BenchWorker> {
  const worker = new Worker(entry());
  await ask<string>(worker, "ready?");
  return {
    run: <T extends Task>(task: T) => ask<Answer<T>>(worker, task),
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** Runs one task in a fresh worker and stops it. */
export async function inFreshWorker<T extends Task>(task: T): Promise<Answer<T>> {
  const worker = await startWorker();
  try {
    return await worker.run(task);
  } finally {
    await worker.stop();
  }
}
