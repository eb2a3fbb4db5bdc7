/**
 * Batch throughput: random games (walk-outs left out) played to their outcome per second, on the engine's
 * simulation core (`kind: "core"`) or the plain reducer (`"plain"`, the control), in 1 and in 2 worker
 * threads. The workers are started and warmed up (a batch of `warmup` games each, so that the JIT has done its
 * work) before the clock starts; then the same seeds are split evenly between them and the wall time to the
 * last reply is measured.
 */
import type { ScenarioName } from "./scenarios.js";
import { startWorker } from "./workers.js";

/** Games per second with `workers` threads over `games` seeds of a scenario. */
export async function batchRate(
  scenario: ScenarioName,
  workers: number,
  games: number,
  warmup: number,
  kind: "core" | "plain",
): Promise<number> {
  const pool = await Promise.all(Array.from({ length: workers }, () => startWorker()));
  try {
    await Promise.all(
      pool.map((w, k) =>
        w.run({
          task: "batch",
          kind,
          scenario,
          seeds: Array.from({ length: warmup }, (_, i) => `warm-${k}-${i}`),
        }),
      ),
    );
    const seeds = Array.from({ length: games }, (_, k) => `batch-${k}`);
    const start = performance.now();
    const done = await Promise.all(
      pool.map((w, k) =>
        w.run({ task: "batch", kind, scenario, seeds: seeds.filter((_, i) => i % workers === k) }),
      ),
    );
    const ms = performance.now() - start;
    return (done.reduce((sum, d) => sum + d.games, 0) * 1000) / ms;
  } finally {
    await Promise.all(pool.map((w) => w.stop()));
  }
}
