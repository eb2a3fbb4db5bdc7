/**
 * Rewrites the three single-meeting January 2022 files from the security week (see scripts/2022/derive.ts):
 *   npx tsx --conditions=@parley/source scripts/derive-2022.ts && npx biome format --write scenarios
 * Run it after changing the week. tests/scenarios-2022.test.ts fails while a meeting's file differs from what
 * this writes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deriveMeeting, MEETING_FILES, type ScenarioFile, WEEK_FILE } from "./2022/derive.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const read = (file: string) => JSON.parse(readFileSync(join(root, file), "utf8")) as ScenarioFile;
const week = read(WEEK_FILE);
let failed = false;
for (const [track, file] of Object.entries(MEETING_FILES)) {
  const derived = deriveMeeting(week, read(file), track);
  if (typeof derived === "string") {
    console.error(`${file}: ${derived}`);
    failed = true;
    continue;
  }
  writeFileSync(join(root, file), `${JSON.stringify(derived, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
process.exitCode = failed ? 1 : 0;
