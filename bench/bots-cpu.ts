/**
 * Games per CPU-second of `simulate` with the default bots on one scenario, in this thread: like
 * `bots-speed.ts`, but timed by `process.cpuUsage()` and the best of three runs, so that two versions run
 * one after the other on a shared machine can be compared (BENCHMARKS.md, "Persona bots: listing and
 * valuing"):
 *
 *   npx tsx --conditions=@parley/source bench/bots-cpu.ts scenarios/2022-01-security-week.json 300
 *
 * It plays 100 games first to warm up, then three runs of `count` games, and prints the best rate.
 */
import { readFileSync } from "node:fs";
import { parseScenarioJson, simulate } from "@parley/engine";

const file = process.argv[2] ?? "scenarios/2022-01-security-week.json";
const count = Number(process.argv[3] ?? 300);
const parsed = parseScenarioJson(readFileSync(file, "utf8"));
if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.error)}`);
simulate(parsed.value, { seeds: { base: "warm", count: 100 } });
let best = 0;
for (let run = 0; run < 3; run++) {
  const before = process.cpuUsage();
  const report = simulate(parsed.value, { seeds: { base: `speed${run}`, count } });
  const used = process.cpuUsage(before);
  if (!report.ok) throw new Error(report.error.message);
  best = Math.max(best, count / ((used.user + used.system) / 1e6));
}
process.stdout.write(`${best.toFixed(1)}\n`);
