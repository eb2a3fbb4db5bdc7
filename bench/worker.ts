/**
 * The bench's worker thread: each measurement that times code runs in a fresh one, so that no other
 * implementation has run in its isolate before (see throughput.ts), and batches run in one or two at once.
 */
import { parentPort } from "node:worker_threads";
import { runBatch } from "./parley.js";
import { applyPlain, clonePlain, compilePlain, initPlain, legalPlain } from "./plain/rules.js";
import { mulberry32, pickIndex } from "./random.js";
import { loadScenario, type ScenarioName } from "./scenarios.js";
import { iterationRates, type SeedResult, searchPositions, strength } from "./search.js";
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
      readonly task: "search";
      readonly seat: string;
      readonly positions: number;
      readonly iterations: number;
      readonly timedMs: number;
      readonly seeds: readonly string[];
      readonly budgetMs: number;
    }
  | {
      /** `batch`: games of default bots through `runBatch`; `plain`: the plain reducer's random games. */
      readonly task: "batch";
      readonly kind: "batch" | "plain";
      readonly scenario: ScenarioName;
      readonly seeds: readonly string[];
    };

export interface SearchFigures {
  readonly itersPerSec: { readonly parley: number; readonly boardgameio: number };
  readonly duel: readonly SeedResult[];
}

export interface BatchDone {
  readonly games: number;
  readonly moves: number;
  /** Milliseconds the worker spent on the job. */
  readonly ms: number;
}

/** The answer to each task. */
export type Answer<T extends Task> = T extends { task: "impl" }
  ? ImplFigures
  : T extends { task: "search" }
    ? SearchFigures
    : BatchDone;

function plainGames(scenario: ScenarioName, seeds: readonly string[]): number {
  const g = compilePlain(loadScenario(scenario));
  const buf: number[] = [];
  let moves = 0;
  seeds.forEach((seed, k) => {
    const s = clonePlain(initPlain(g, seed));
    const rand = mulberry32(k);
    for (;;) {
      const n = legalPlain(g, s, buf);
      if (n === 0) break;
      applyPlain(g, s, buf[pickIndex(rand(), n, false)] ?? 0);
      moves++;
    }
  });
  return moves;
}

async function run(task: Task): Promise<ImplFigures | SearchFigures | BatchDone> {
  switch (task.task) {
    case "impl":
      return measureImpl(task.impl, loadScenario(task.scenario), task.games, task.timedMs);
    case "search": {
      const nrc = loadScenario("nrc");
      const seat = nrc.actors.findIndex((a) => a.id === task.seat);
      if (seat === -1) throw new Error(`no actor '${task.seat}' in the NRC`);
      const objective = { kind: "score", seat } as const;
      const positions = searchPositions(nrc, task.seat, task.positions);
      const itersPerSec =
        positions.length === 0
          ? { parley: 0, boardgameio: 0 }
          : await iterationRates(nrc, positions, {
              iterations: task.iterations,
              objective,
              timedMs: task.timedMs,
            });
      const duel = await strength(nrc, {
        seat: task.seat,
        seeds: task.seeds,
        budgetMs: task.budgetMs,
        objective,
      });
      return { itersPerSec, duel };
    }
    case "batch": {
      const start = performance.now();
      let moves = 0;
      if (task.kind === "plain") moves = plainGames(task.scenario, task.seeds);
      else {
        const report = runBatch(loadScenario(task.scenario), { seeds: task.seeds });
        if (!report.ok) throw new Error(report.error.message);
        moves = report.value.games.reduce((sum, g) => sum + g.moves, 0);
      }
      return { games: task.seeds.length, moves, ms: performance.now() - start };
    }
  }
}

const port = parentPort;
if (port === null) throw new Error("worker.ts runs as a worker thread");
port.on("message", (message: Task | "ready?") => {
  if (message === "ready?") port.postMessage("ready");
  else
    run(message).then(
      (answer) => port.postMessage(answer),
      (error: unknown) => {
        throw error;
      },
    );
});
