import { formatScenarioIssue, parseScenarioJson, scenarioWarnings } from "@parley/engine";
import { UserError } from "../errors.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { readTextFile } from "../files.js";
import type { Output } from "../io.js";
import { MAX_FILE_BYTES, scenarioPath } from "../load.js";

/**
 * `parley validate FILE...`: every problem of every file, with its JSON path (its history replayed against its
 * recorded outcome), and warnings for set-ups that are legal but likely unintended. Like grep, a file that cannot
 * be read at all (missing, a directory, a named pipe, too large) makes it a usage error (2), which wins
 * over problems found in the files that were read (1).
 */
export function validate(out: Output, files: readonly string[]): ExitCode {
  if (files.length === 0) throw new UserError("validate: name at least one scenario file.");
  let unreadable = 0;
  let invalid = 0;
  for (const file of files) {
    const path = scenarioPath(file);
    const read = readTextFile(path, MAX_FILE_BYTES);
    if (!read.ok) {
      unreadable++;
      out.line(`✗ ${path} ${read.error.reason}`);
      continue;
    }
    const parsed = parseScenarioJson(read.value);
    if (parsed.ok) {
      const warnings = scenarioWarnings(parsed.value);
      out.line(
        `✓ ${path}${warnings.length === 0 ? "" : `: ${warnings.length} warning${warnings.length === 1 ? "" : "s"}`}`,
      );
      for (const warning of warnings) out.line(`  ⚠ ${formatScenarioIssue(warning)}`);
    } else {
      invalid++;
      out.line(`✗ ${path}: ${parsed.error.length} problem${parsed.error.length === 1 ? "" : "s"}`);
      for (const problem of parsed.error) out.line(`  ${formatScenarioIssue(problem)}`);
    }
  }
  return unreadable > 0 ? EXIT.usage : invalid > 0 ? EXIT.problems : EXIT.done;
}
