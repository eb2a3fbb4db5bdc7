import { existsSync, readFileSync } from "node:fs";
import { formatScenarioIssue, parseScenarioJson } from "@parley/engine";
import { scenarioPath } from "../load.js";

/** `parley validate FILE...`: every problem of every file, with its JSON path. Returns the exit code. */
export function validate(files: readonly string[]): number {
  if (files.length === 0) {
    console.error("parley validate: name at least one scenario file.");
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const path = scenarioPath(file);
    if (!existsSync(path)) {
      console.log(`✗ ${path}: no such file`);
      failed++;
      continue;
    }
    const parsed = parseScenarioJson(readFileSync(path, "utf8"));
    if (parsed.ok) console.log(`✓ ${path}`);
    else {
      failed++;
      console.log(`✗ ${path}: ${parsed.error.length} problem${parsed.error.length === 1 ? "" : "s"}`);
      for (const problem of parsed.error) console.log(`  ${formatScenarioIssue(problem)}`);
    }
  }
  return failed === 0 ? 0 : 1;
}
