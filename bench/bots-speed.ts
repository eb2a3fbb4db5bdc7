/**
 * Games per second of `simulate` with the default bots on one scenario, in this thread (a quick figure for
 * work on the bots; BENCHMARKS.md, "Persona bots"):
 *
 *   npx tsx --conditions=@parley/source bench/bots-speed.ts scenarios/2022-01-security-week.json 200
 *
 * It plays a few games first to warm up, then `count` games seeded "speed:k", and prints games per second.
 */
import { readFileSync } from "node:fs";
import { parseScenarioJson, simulate } from "@parley/engine";

const file = process.argv[2] ?? "scenarios/2022-01-security-week.json";
const count = Number(process.argv[3] ?? 200);
const parsed = parseScenarioJson(readFileSync(file, "utf8"));
if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.error)}`);
simulate(parsed.value, { seeds: { base: "warm", count: Math.max(1, Math.floor(count / 10)) } });
const start = performance.now();
const report = simulate(parsed.value, { seeds: { base: "speed", count } });
const seconds = (performance.now() - start) / 1000;
if (!report.ok) throw new Error(report.error.message);
process.stdout.write(`${(count / seconds).toFixed(1)}\n`);
