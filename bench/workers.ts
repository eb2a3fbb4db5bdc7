/** Starting the bench's worker threads and talking to them. */
import { Worker } from "node:worker_threads";
import type { Answer, Task } from "./worker.js";

/**
 * A worker's entry: under Node 20, tsx's loader (given to this process with `--import`) does not reach
 * worker threads, so the worker registers it itself, then imports the TypeScript worker. The other flags
 * (the `@parley/source` condition) and the environment (NODE_ENV) are inherited.
 */
function bootstrap(): URL {
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
  const worker = new Worker(bootstrap());
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
