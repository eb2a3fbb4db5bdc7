/**
 * Exactness check for bot speed work: the JSON of `simulate` (200 seeds) and the moves of a few games, per
 * scenario, with the default bots. Run before and after a change and compare the files:
 *
 *   npx tsx --conditions=@parley/source bench/bots-exact.ts /tmp/before.json
 *   npx tsx --conditions=@parley/source bench/bots-exact.ts /tmp/after.json && cmp /tmp/before.json /tmp/after.json
 *
 * It also prints games per second per scenario (the machine is noisy: compare ratios from one run).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { gameMoves, parseScenarioJson, playGame, simulate } from "@parley/engine";

const files = [
  "scenarios/2022-01-10-geneva-strategic-stability.json",
  "scenarios/2022-01-12-nato-russia-council.json",
  "scenarios/2022-01-13-osce-permanent-council.json",
  "scenarios/2022-01-security-week.json",
  "bench/scenarios/harbour-talks.json",
  "tests/fixtures/mediated-talks.json",
  "tests/fixtures/package-summit.json",
];
const count = Number(process.argv[3] ?? 200);
const out: Record<string, unknown> = {};
for (const file of files) {
  const parsed = parseScenarioJson(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.error)}`);
  const start = performance.now();
  const report = simulate(parsed.value, { seeds: { base: "same", count } });
  const seconds = (performance.now() - start) / 1000;
  if (!report.ok) throw new Error(`${file}: ${report.error.message}`);
  const games = [0, 1, 2, 3, 4].map((k) => {
    const played = playGame(parsed.value, `same:${k}`);
    if (!played.ok) throw new Error(played.error.message);
    return gameMoves(played.value);
  });
  out[file] = { report: report.value, games };
  process.stderr.write(`${file}: ${(count / seconds).toFixed(1)} games/s\n`);
}
writeFileSync(process.argv[2] ?? "/tmp/bots-exact.json", `${JSON.stringify(out, null, 1)}\n`);
