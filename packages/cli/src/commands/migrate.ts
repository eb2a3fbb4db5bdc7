import { writeFileSync } from "node:fs";
import { formatScenarioIssue, migrateScenarioJson } from "@parley/engine";
import { UserError } from "../errors.js";
import type { Output } from "../io.js";
import { readUserFile, scenarioPath } from "../load.js";

/**
 * `parley migrate FILE [--out FILE]`: a scenario file in the current format (format 1 is migrated; format 2
 * comes back as it is), on stdout or into a file. A file with problems is not migrated: they are listed.
 */
export function migrate(out: Output, files: readonly string[], options: { out: string | undefined }): number {
  const [file, ...extra] = files;
  if (file === undefined || extra.length > 0) throw new UserError("migrate: name one scenario file.");
  const path = scenarioPath(file);
  const migrated = migrateScenarioJson(readUserFile(path, "scenario file"));
  if (!migrated.ok)
    throw new UserError(`${path} is not a valid scenario:`, migrated.error.map(formatScenarioIssue));
  if (options.out === undefined) {
    for (const line of migrated.value.trimEnd().split("\n")) out.line(line);
    return 0;
  }
  try {
    writeFileSync(options.out, migrated.value);
  } catch (error) {
    throw new UserError(
      `Could not write ${options.out}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  out.line(`Wrote ${options.out} (scenario format 2).`);
  return 0;
}
