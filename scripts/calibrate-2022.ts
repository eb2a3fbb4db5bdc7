/**
 * The full calibration run of the January 2022 scenarios: 1,000 games per scenario with the default bots
 * (seeds 1 to 1,000), printed as Markdown for docs/scenarios-2022.md, "Calibration". By hand, not by npm test
 * (tests/calibration-2022.test.ts checks the same bounds on fewer seeds):
 *   npx tsx --conditions=@parley/source scripts/calibrate-2022.ts [SEEDS] [FILE ...]
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseScenarioJson } from "@parley/engine";
import { calibrate, calibrationMarkdown } from "./2022/calibration.js";
import { MEETING_FILES, WEEK_FILE } from "./2022/derive.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [count, ...named] = process.argv.slice(2);
const seeds = Array.from({ length: Number(count ?? 1000) || 1000 }, (_, i) => i + 1);
const files = named.length > 0 ? named : [...Object.values(MEETING_FILES), WEEK_FILE];
for (const file of files) {
  const parsed = parseScenarioJson(readFileSync(join(root, file), "utf8"));
  if (!parsed.ok) {
    console.error(`${file} does not validate`);
    process.exitCode = 1;
    continue;
  }
  const started = Date.now();
  const figures = calibrate(parsed.value, seeds);
  if (typeof figures === "string") {
    console.error(`${file}: ${figures}`);
    process.exitCode = 1;
    continue;
  }
  console.log(calibrationMarkdown(figures));
  console.log(`\n_${file}: ${seeds.length} games in ${((Date.now() - started) / 1000).toFixed(1)} s._\n`);
}
