/**
 * `npm run bench`: Parley's engine beside a plain hand-written reducer and boardgame.io, in one run.
 *
 *   npm run bench                   the report, as text (the TypeScript sources under tsx)
 *   npm run bench:built             the same, built with tsc first and run as JavaScript
 *   npm run bench -- --quick        fewer games and shorter timings (about a minute)
 *   npm run bench -- --json         the same figures as one JSON object on stdout (progress goes to stderr)
 *   npm run bench -- --from f.json  the text report of a saved --json output
 *   npm run bench -- --skip memory,batch,soak   leave sections out (throughput always runs)
 *   npm run bench -- --soak-games N  games in the soak (default 10,000)
 *
 * Before measuring anything it plays a few games through all implementations in step and stops if they
 * disagree (tests/bench-conformance.test.ts does the same on more games). See BENCHMARKS.md for the method.
 * The search benchmark (Parley's mcts against boardgame.io's MCTSBot) waits for the model-2 bots.
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";

// boardgame.io checks every move's state for serializability and logs unless in production; a user who
// benchmarks it would turn that off, so it is off here. (Its modules are loaded after this line.)
process.env.NODE_ENV = "production";

import { batchRate } from "./batch.js";
import { implementations, playConformance } from "./conformance.js";
import { gameSet, saveBytes, stateBytes } from "./memory.js";
import { type Report, textReport } from "./report.js";
import { loadScenario, type ScenarioName } from "./scenarios.js";
import { IMPL_NAMES, type ImplFigures, type ImplName, type PerImpl } from "./throughput.js";
import { inFreshWorker } from "./workers.js";

const { values: flags } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    quick: { type: "boolean", default: false },
    skip: { type: "string", default: "" },
    "soak-games": { type: "string" },
    /** Print the text report of a saved `--json` output instead of measuring. */
    from: { type: "string" },
  },
});

if (flags.from !== undefined) {
  try {
    process.stdout.write(textReport(JSON.parse(readFileSync(flags.from, "utf8")) as Report));
  } catch (error) {
    // A missing, truncated or foreign file: say which and why, not a stack trace.
    process.stderr.write(
      `bench: cannot report ${flags.from}: ${error instanceof Error ? error.message : String(error)}\n` +
        "  (expected the JSON written by `npm run -s bench -- --json > file`)\n",
    );
    process.exit(1);
  }
  process.exit(0);
}

const quick = flags.quick === true;
const skip = new Set((flags.skip ?? "").split(",").filter((x) => x !== ""));
const settings = {
  mode: quick ? "quick" : "full",
  /** Milliseconds each throughput figure is timed for (after a warm-up), and how many rounds of them. */
  timedMs: quick ? 300 : 1000,
  rounds: quick ? 1 : 3,
  nrcGames: quick ? 20 : 40,
  weekGames: quick ? 6 : 20,
  batchGames: quick ? 4000 : 20000,
  batchWarmup: quick ? 400 : 1000,
  controlGames: quick ? 20000 : 100000,
  soakGames: Number(flags["soak-games"] ?? (quick ? 2000 : 10000)),
};

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

const started = performance.now();
const loadStart = loadavg();
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
    core: figures.core[key],
    api: figures.api[key],
    plain: figures.plain[key],
    boardgameio: figures.boardgameio[key],
  };
}

log("throughput: random playouts, applyMove, legalMoves, createGame");
const nrcFigures = await throughput("nrc", settings.nrcGames);
const weekFigures = await throughput("week", settings.weekGames);

let batch: Report["batch"] = null;
if (!skip.has("batch")) {
  log("batch: 1 and 2 worker threads");
  let core1 = 0;
  let core2 = 0;
  let plain1 = 0;
  let plain2 = 0;
  for (let round = 1; round <= settings.rounds; round++) {
    // Interleaved, best of the rounds, as for throughput.
    const { batchGames: games, batchWarmup: warm, controlGames } = settings;
    core1 = Math.max(core1, await batchRate("nrc", 1, games, warm, "core"));
    core2 = Math.max(core2, await batchRate("nrc", 2, games, warm, "core"));
    plain1 = Math.max(plain1, await batchRate("nrc", 1, controlGames, warm * 5, "plain"));
    plain2 = Math.max(plain2, await batchRate("nrc", 2, controlGames, warm * 5, "plain"));
  }
  batch = { core1PerSec: core1, core2PerSec: core2, plain1PerSec: plain1, plain2PerSec: plain2 };
}

let memory: Pick<Report, "stateBytes" | "savedGame"> = { stateBytes: null, savedGame: null };
if (!skip.has("memory")) {
  log("memory and saves");
  const nrcSet = gameSet(nrc, settings.nrcGames);
  memory = {
    stateBytes: stateBytes(nrcSet),
    savedGame: { nrc: saveBytes(nrcSet), week: saveBytes(gameSet(week, settings.weekGames)) },
  };
}

let soak: Report["soak"] = null;
if (!skip.has("soak")) {
  log(`soak: ${settings.soakGames} games in one worker`);
  soak = await inFreshWorker({ task: "soak", games: settings.soakGames, every: settings.soakGames / 10 });
}

const cpu = cpus();
const report: Report = {
  mode: settings.mode,
  runtime: import.meta.url.endsWith(".js") ? "built" : "tsx",
  machine: {
    node: process.version,
    cpu: cpu[0]?.model ?? "unknown",
    cores: cpu.length,
    date: new Date().toISOString(),
    loadStart,
    loadEnd: loadavg(),
  },
  scenario: nrc.id,
  playoutsPerSec: pick(nrcFigures, "playoutsPerSec"),
  playoutsPerSecSecurityWeek: pick(weekFigures, "playoutsPerSec"),
  movesPerGame: { nrc: nrcFigures.plain.movesPerGame, week: weekFigures.plain.movesPerGame },
  applyMovePerSec: pick(nrcFigures, "applyMovePerSec"),
  legalMovesPerSec: pick(nrcFigures, "legalMovesPerSec"),
  createGamePerSec: pick(nrcFigures, "createGamePerSec"),
  ...memory,
  batch,
  soak,
  seconds: (performance.now() - started) / 1000,
};

process.stdout.write(flags.json === true ? `${JSON.stringify(report, null, 2)}\n` : textReport(report));
