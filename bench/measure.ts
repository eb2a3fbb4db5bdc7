/** Timing and memory helpers of the bench. */

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * Runs `round` (which does some work and returns how many operations it did) untimed for `warmMs` (at least
 * once) so that the JIT has optimised the code, then again and again until `minMs` have passed; returns
 * operations per second over the timed rounds.
 */
export function rate(minMs: number, round: () => number, warmMs = Math.min(500, minMs)): number {
  const warm = performance.now();
  do round();
  while (performance.now() - warm < warmMs);
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    ops += round();
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return (ops * 1000) / elapsed;
}

let gcFn: (() => void) | null = null;

/**
 * A full garbage collection: V8's `gc`, from `--expose-gc` (the npm scripts pass it), else exposed at run
 * time (a test runner, a worker started without the flag).
 */
export function gc(): void {
  if (gcFn === null) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed !== undefined) gcFn = exposed;
    else {
      setFlagsFromString("--expose-gc");
      gcFn = runInNewContext("gc") as () => void;
    }
  }
  gcFn();
  gcFn();
}

/** Heap bytes used after a full collection. */
export function heapUsed(): number {
  gc();
  return process.memoryUsage().heapUsed;
}
