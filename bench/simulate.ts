/**
 * `npm run bench:simulate`: games per second of `parley simulate` on the security week with the default bots,
 * on 1 and on 2 worker threads, beside a control measured in the same run (BENCHMARKS.md, "Simulations").
 *
 *   npm run bench:simulate                 10,000 games per run
 *   npm run bench:simulate -- --games 2000 fewer (quicker)
 *   npm run bench:simulate -- --json       the figures as JSON on stdout
 *
 * Each figure runs the real command (`parley simulate week --seeds N --workers K --json`) as a person would,
 * so its wall time includes starting Node, tsx and the worker threads. A second run of 200 games measures
 * that start-up, so that the steady rate `(N − 200) / (t(N) − t(200))` can be given too. The control is a
 * fixed piece of arithmetic (no engine code) on 1 and 2 threads: how fast, and how parallel, the machine was
 * at that moment, measured just before each engine figure. On a shared machine compare the engine's
 * scaling with the control's.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { parseScenarioJson, simulateSummary } from "@parley/engine";

const { values: flags } = parseArgs({
  options: { games: { type: "string", default: "10000" }, json: { type: "boolean", default: false } },
});
const games = Number(flags.games);
const SMALL = 200;
const root = fileURLToPath(new URL("..", import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Wall seconds of one `parley simulate week` run, and its JSON report. */
function timeSimulate(n: number, workers: number): { seconds: number; report: string } {
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      "--conditions=@parley/source",
      "packages/cli/bin/parley.js",
      "simulate",
      "week",
      "--seeds",
      String(n),
      "--workers",
      String(workers),
      "--json",
    ],
    { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = (performance.now() - start) / 1000;
  if (child.status !== 0) throw new Error(`parley simulate failed (${child.status}): ${child.stderr}`);
  return { seconds, report: child.stdout };
}

/** The control's work: xorshift steps, a fixed number of them, in a thread of its own. */
const CONTROL = `
const { parentPort, workerData } = require("node:worker_threads");
let x = 2463534242, sum = 0;
for (let i = 0; i < workerData; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; sum = (sum + (x >>> 0)) % 1000003; }
parentPort.postMessage(sum);
`;

/** Control steps per second on `threads` threads, each doing `steps`. */
async function control(threads: number, steps = 100_000_000): Promise<number> {
  const start = performance.now();
  await Promise.all(
    Array.from({ length: threads }, () => {
      const worker = new Worker(CONTROL, { eval: true, workerData: steps });
      return new Promise((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
      });
    }),
  );
  return (threads * steps) / ((performance.now() - start) / 1000);
}

/**
 * Games per second of CPU time, in this process on one thread (after 100 games of warm-up): what one
 * dedicated core would give, whatever else the machine is doing (a busy machine slows the wall clock far more
 * than the CPU time of a game).
 */
function cpuRate(n: number): number {
  const parsed = parseScenarioJson(readFileSync(`${root}scenarios/2022-01-security-week.json`, "utf8"));
  if (!parsed.ok) throw new Error("the security week does not parse");
  simulateSummary(parsed.value, { seeds: { base: "warm", count: 100 } });
  const before = process.cpuUsage();
  const played = simulateSummary(parsed.value, { seeds: { base: "cpu", count: n } });
  const used = process.cpuUsage(before);
  if (!played.ok) throw new Error(played.error.message);
  return n / ((used.user + used.system) / 1e6);
}

const figures: Record<string, number> = {};
log(
  `parley simulate week: ${games.toLocaleString("en")} games on 1 and 2 worker threads (${cpus().length} cores)`,
);
// The control is measured just before each engine figure, on 1 and 2 threads, so that both see the machine
// in the same state; the reported control is the mean of the two measurements.
const before1 = [await control(1), await control(2)];
const small1 = timeSimulate(SMALL, 1);
const big1 = timeSimulate(games, 1);
const before2 = [await control(1), await control(2)];
const small2 = timeSimulate(SMALL, 2);
const big2 = timeSimulate(games, 2);
figures.cpu = cpuRate(Math.min(games, 2000));
figures.control1 = ((before1[0] ?? 0) + (before2[0] ?? 0)) / 2;
figures.control2 = ((before1[1] ?? 0) + (before2[1] ?? 0)) / 2;
const same = big1.report === big2.report;
for (const [k, small, big] of [
  [1, small1, big1],
  [2, small2, big2],
] as const) {
  figures[`wall${k}`] = big.seconds;
  figures[`rate${k}`] = games / big.seconds;
  figures[`steady${k}`] = (games - SMALL) / (big.seconds - small.seconds);
  figures[`startup${k}`] = small.seconds;
}
if (flags.json) process.stdout.write(`${JSON.stringify({ games, same, ...figures }, null, 2)}\n`);
else {
  const n = (x: number | undefined) => Math.round(x ?? 0).toLocaleString("en");
  const s = (x: number | undefined) => (x ?? 0).toFixed(1);
  process.stdout.write(
    [
      `Security week, default bots, ${games.toLocaleString("en")} games (parley simulate week --seeds ${games} --workers K)`,
      `  1 worker   ${s(figures.wall1)} s wall  ${n(figures.rate1)} games/s overall  ${n(figures.steady1)} games/s steady  (200 games: ${s(figures.startup1)} s)`,
      `  2 workers  ${s(figures.wall2)} s wall  ${n(figures.rate2)} games/s overall  ${n(figures.steady2)} games/s steady  (200 games: ${s(figures.startup2)} s)`,
      `  scaling ${((figures.steady2 ?? 0) / (figures.steady1 ?? 1)).toFixed(2)}× steady; same JSON on 1 and 2 workers: ${same ? "yes" : "NO"}`,
      `  per CPU-second on one thread (in process, no start-up): ${n(figures.cpu)} games/s; two dedicated cores would play ${games.toLocaleString("en")} games in ${s(games / (2 * (figures.cpu ?? 1)))} s + start-up`,
      `Control (fixed arithmetic, no engine): ${n((figures.control1 ?? 0) / 1e6)} M steps/s on 1 thread, ${n((figures.control2 ?? 0) / 1e6)} M on 2: scaling ${((figures.control2 ?? 0) / (figures.control1 ?? 1)).toFixed(2)}×`,
      `Target: 10,000 games in under 5 s on 2 workers: ${games === 10_000 ? ((figures.wall2 ?? 99) < 5 ? "met" : "MISSED") : "(run with 10,000 games)"}`,
      "",
    ].join("\n"),
  );
}
