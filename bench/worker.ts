/**
 * The bench's worker thread: each measurement that times code runs in a fresh one, so that no other
 * implementation has run in its isolate before (see throughput.ts), and batches run in one or two at once.
 */
import { parentPort } from "node:worker_threads";
import { compiled, coreList, coreOutcome, corePlay, coreStart, moveBuffer } from "./parley.js";
import { applyPlain, compilePlain, initPlain, legalPlain, outcomePlain } from "./plain/rules.js";
import { mulberry32, pickIndex } from "./random.js";
import { loadScenario, type ScenarioName } from "./scenarios.js";
import { type SoakFigures, soak } from "./soak.js";
import { type ImplFigures, type ImplName, measureImpl } from "./throughput.js";

/** What a worker can be asked to do. */
export type Task =
  | {
      readonly task: "impl";
      readonly impl: ImplName;
      readonly scenario: ScenarioName;
      readonly games: number;
      readonly timedMs: number;
    }
  | {
      /** Random games with their outcomes: on the engine's simulation core, or the plain reducer's (control). */
      readonly task: "batch";
      readonly kind: "core" | "plain";
      readonly scenario: ScenarioName;
      readonly seeds: readonly string[];
    }
  | { readonly task: "soak"; readonly games: number; readonly every: number };

export interface BatchDone {
  readonly games: number;
  readonly moves: number;
  /** Milliseconds the worker spent on the job. */
  readonly ms: number;
}

/** The answer to each task. */
export type Answer<T extends Task> = T extends { task: "impl" }
  ? ImplFigures
  : T extends { task: "soak" }
    ? SoakFigures
    : BatchDone;

/** A batch of random games (walk-outs left out), each to its outcome; returns the moves played. */
function batch(kind: "core" | "plain", scenario: ScenarioName, seeds: readonly string[]): number {
  let moves = 0;
  if (kind === "plain") {
    const g = compilePlain(loadScenario(scenario));
    const buf: number[] = [];
    seeds.forEach((seed, k) => {
      const s = initPlain(g, seed);
      const rand = mulberry32(k);
      for (;;) {
        const n = legalPlain(g, s, buf);
        if (n === 0) break;
        applyPlain(g, s, buf[pickIndex(rand(), n, false)] ?? 0);
        moves++;
      }
      outcomePlain(g, s);
    });
    return moves;
  }
  const c = compiled(loadScenario(scenario));
  const buf = moveBuffer();
  seeds.forEach((seed, k) => {
    const game = coreStart(c, seed, false, buf);
    const rand = mulberry32(k);
    for (;;) {
      const n = coreList(game);
      if (n === 0) break;
      corePlay(game, pickIndex(rand(), n, false));
      moves++;
    }
    coreOutcome(game);
  });
  return moves;
}

function run(task: Task): ImplFigures | SoakFigures | BatchDone {
  switch (task.task) {
    case "impl":
      return measureImpl(task.impl, loadScenario(task.scenario), task.games, task.timedMs);
    case "soak":
      return soak(task.games, task.every);
    case "batch": {
      const start = performance.now();
      const moves = batch(task.kind, task.scenario, task.seeds);
      return { games: task.seeds.length, moves, ms: performance.now() - start };
    }
  }
}

const port = parentPort;
if (port === null) throw new Error("worker.ts runs as a worker thread");
port.on("message", (message: Task | "ready?") => {
  port.postMessage(message === "ready?" ? "ready" : run(message));
});
