/**
 * `npm run bench`: Parley's engine beside a plain hand-written reducer and boardgame.io, in one run.
 *
 *   npm run bench                 the report, as text (a few minutes)
 *   npm run bench -- --quick      fewer games and shorter timings (under a minute)
 *   npm run bench -- --json       the same figures as one JSON object on stdout (progress goes to stderr)
 *   npm run bench -- --from f.json  the text report of a saved --json output
 *   options: --seat ID (default nato), --seeds N and --budget-ms MS for the strength test
 *
 * Before measuring anything it plays a few games through all implementations in step and stops if they
 * disagree (tests/bench-conformance.test.ts does the same on 200 games). See BENCHMARKS.md for the method.
 */
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { parseArgs } from "node:util";

// boardgame.io checks every move's state for serializability and logs unless in production; a user who
// benchmarks it would turn that off, so it is off here. (Its modules are loaded after this line.)
process.env.NODE_ENV = "production";

import type { GameState } from "@parley/engine";
import { batchRate } from "./batch.js";
import { bgioRunner } from "./boardgameio/game.js";
import { implementations, playConformance } from "./conformance.js";
import { gameSet, saveBytes, stateBytes } from "./memory.js";
import { playGame } from "./parley.js";
import { type Report, textReport } from "./report.js";
import { loadScenario, type ScenarioName } from "./scenarios.js";
import { summarise, toBgio } from "./search.js";
import { IMPL_NAMES, type ImplFigures, type ImplName, type PerImpl } from "./throughput.js";
import { inFreshWorker } from "./workers.js";

const { values: flags } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    quick: { type: "boolean", default: false },
    seat: { type: "string", default: "nato" },
    seeds: { type: "string" },
    "budget-ms": { type: "string" },
    /** Print the text report of a saved `--json` output instead of measuring. */
    from: { type: "string" },
  },
});

if (flags.from !== undefined) {
  process.stdout.write(textReport(JSON.parse(readFileSync(flags.from, "utf8")) as Report));
  process.exit(0);
}

const quick = flags.quick === true;
const settings = {
  mode: quick ? "quick" : "full",
  /** Milliseconds each throughput figure is timed for (after a warm-up), and how many rounds of them. */
  timedMs: quick ? 300 : 1000,
  rounds: quick ? 1 : 3,
  nrcGames: quick ? 20 : 40,
  weekGames: quick ? 6 : 20,
  searchPositions: quick ? 4 : 10,
  searchIterations: quick ? 100 : 200,
  strengthSeeds: Number(flags.seeds ?? (quick ? 12 : 200)),
  budgetMs: Number(flags["budget-ms"] ?? (quick ? 10 : 25)),
  russiaSeeds: quick ? 0 : 50,
  savedGames: quick ? 10 : 50,
  batchGames: quick ? 2000 : 12000,
  batchWarmup: quick ? 200 : 500,
  controlGames: quick ? 20000 : 100000,
};

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

const started = performance.now();
const nrc = loadScenario("nrc");
const week = loadScenario("week");

log("conformance: 20 games of the NRC through every implementation");
{
  const impl = implementations(nrc);
  for (let k = 0; k < 20; k++) {
    const result = playConformance(impl, `check-${k}`, k, k % 2 === 0 ? "no-walk-out" : "cooperative");
    if (result.mismatch !== null) throw new Error(`the implementations disagree: ${result.mismatch}`);
  }
}

/**
 * Every implementation on a scenario, each in a fresh worker, one after the other, in `rounds` rounds; each
 * figure is the best of the rounds (the machine is shared: other work only ever slows a measurement down).
 */
async function throughput(scenario: ScenarioName, games: number): Promise<Record<ImplName, ImplFigures>> {
  const best: Partial<Record<ImplName, ImplFigures>> = {};
  for (let round = 1; round <= settings.rounds; round++) {
    for (const impl of IMPL_NAMES) {
      log(`  ${scenario}, round ${round}: ${impl}`);
      const got = await inFreshWorker({ task: "impl", impl, scenario, games, timedMs: settings.timedMs });
      const was = best[impl];
      best[impl] =
        was === undefined
          ? got
          : {
              playoutsPerSec: Math.max(was.playoutsPerSec, got.playoutsPerSec),
              applyMovePerSec: Math.max(was.applyMovePerSec, got.applyMovePerSec),
              legalMovesPerSec: Math.max(was.legalMovesPerSec, got.legalMovesPerSec),
              createGamePerSec: Math.max(was.createGamePerSec, got.createGamePerSec),
              movesPerGame: got.movesPerGame,
            };
    }
  }
  return best as Record<ImplName, ImplFigures>;
}

function pick(figures: Record<ImplName, ImplFigures>, key: keyof ImplFigures): PerImpl {
  return {
    parley: figures.parley[key],
    parleyApi: figures.parleyApi[key],
    plain: figures.plain[key],
    boardgameio: figures.boardgameio[key],
  };
}

log("throughput: random playouts, applyMove, legalMoves, createGame");
const nrcFigures = await throughput("nrc", settings.nrcGames);
const weekFigures = await throughput("week", settings.weekGames);

const seat = flags.seat ?? "nato";
log(
  `search: iterations, and strength on ${settings.strengthSeeds} seeds as ${seat}, ${settings.budgetMs} ms per move`,
);
const seeds = Array.from({ length: settings.strengthSeeds }, (_, k) => `strength-${k}`);
const search = await inFreshWorker({
  task: "search",
  seat,
  positions: settings.searchPositions,
  iterations: settings.searchIterations,
  timedMs: settings.timedMs * 2,
  seeds,
  budgetMs: settings.budgetMs,
});
const duelSummary = summarise(search.duel);
let russia: ReturnType<typeof summarise> | null = null;
if (settings.russiaSeeds > 0 && seat !== "russia") {
  log(`search: strength on ${settings.russiaSeeds} seeds as russia`);
  const answer = await inFreshWorker({
    task: "search",
    seat: "russia",
    positions: 0,
    iterations: 0,
    timedMs: 0,
    seeds: seeds.slice(0, settings.russiaSeeds),
    budgetMs: settings.budgetMs,
  });
  russia = summarise(answer.duel);
}

log("batch: 1 and 2 worker threads");
let workers1 = 0;
let workers2 = 0;
let control1 = 0;
let control2 = 0;
for (let round = 1; round <= settings.rounds; round++) {
  // Interleaved, best of the rounds, as for throughput.
  workers1 = Math.max(workers1, await batchRate("nrc", 1, settings.batchGames, settings.batchWarmup));
  workers2 = Math.max(workers2, await batchRate("nrc", 2, settings.batchGames, settings.batchWarmup));
  const warm = settings.batchWarmup * 10;
  control1 = Math.max(control1, await batchRate("nrc", 1, settings.controlGames, warm, "plain"));
  control2 = Math.max(control2, await batchRate("nrc", 2, settings.controlGames, warm, "plain"));
}

log("memory and saves");
const bytes = stateBytes(gameSet(nrc, settings.nrcGames));
const finals: GameState[] = [];
const weekFinals: GameState[] = [];
for (let k = 0; k < settings.savedGames; k++) {
  const a = playGame(nrc, `save-${k}`);
  const b = playGame(week, `save-${k}`);
  if (!a.ok || !b.ok) throw new Error("a game of default bots failed");
  finals.push(a.value);
  weekFinals.push(b.value);
}
const nrcRunner = bgioRunner(nrc);
const weekRunner = bgioRunner(week);
const saves = saveBytes(
  finals,
  finals.map((s) => toBgio(nrcRunner, s)),
);
const weekSaves = saveBytes(
  weekFinals,
  weekFinals.map((s) => toBgio(weekRunner, s)),
);

const cpu = cpus();
const report: Report = {
  mode: settings.mode,
  machine: {
    node: process.version,
    cpu: cpu[0]?.model ?? "unknown",
    cores: cpu.length,
    date: new Date().toISOString(),
  },
  scenario: nrc.id,
  playoutsPerSec: pick(nrcFigures, "playoutsPerSec"),
  playoutsPerSecSecurityWeek: pick(weekFigures, "playoutsPerSec"),
  movesPerGame: { nrc: nrcFigures.plain.movesPerGame, week: weekFigures.plain.movesPerGame },
  applyMovePerSec: pick(nrcFigures, "applyMovePerSec"),
  legalMovesPerSec: pick(nrcFigures, "legalMovesPerSec"),
  createGamePerSec: pick(nrcFigures, "createGamePerSec"),
  searchItersPerSec: search.itersPerSec,
  strengthVsBoardgameio: {
    seat,
    seeds: settings.strengthSeeds,
    budgetMs: settings.budgetMs,
    meanUtilityDelta: duelSummary.meanUtilityDelta,
    winShare: duelSummary.winShare,
    parleyMean: duelSummary.parleyMean,
    boardgameioMean: duelSummary.boardgameioMean,
    wins: duelSummary.wins,
    ties: duelSummary.ties,
    losses: duelSummary.losses,
    russia,
  },
  savedGameBytes: saves.parleyMax,
  savedGame: { nrc: saves, week: weekSaves },
  stateBytes: bytes,
  batch: {
    workers1PerSec: workers1,
    workers2PerSec: workers2,
    controlPlainWorkers1PerSec: control1,
    controlPlainWorkers2PerSec: control2,
  },
  seconds: (performance.now() - started) / 1000,
};

process.stdout.write(flags.json === true ? `${JSON.stringify(report, null, 2)}\n` : textReport(report));
