import { err, ok, type Result } from "../vocabulary/result.js";
import { runScenarioChecks } from "./check.js";
import { readScenarioText } from "./json-text.js";
import type { ScenarioIssue } from "./problems.js";
import type { ValidScenario } from "./schema.js";

export { SCENARIO_LIMITS } from "./limits.js";
export { migrateScenario, type ScenarioFile, type ScenarioFileV1 } from "./migrate.js";
export { formatScenarioIssue, jsonPath, type PathKey, type ScenarioIssue } from "./problems.js";
export { isValidatedScenario } from "./validated.js";

/**
 * Reading scenarios: the entry points. A scenario is checked in structure (`schema.ts`, through zod) and
 * meaning (`validate/`), after a guard over the raw input (size, depth, keys that could reach a
 * prototype); every problem is reported at once. Format-1 files are read and migrated to format 2.
 */

/**
 * Checks that `input` is a scenario (format 2, or format 1, which is migrated) and returns it as a fresh,
 * deep-frozen copy with defaults filled in, or returns every problem found (at most
 * `SCENARIO_LIMITS.maxProblems`), each with its JSON path and, for likely typos, a suggestion. Never throws,
 * whatever `input` is (getters, Proxies, cycles included). Set-ups that are legal but likely unintended are
 * not problems: ask `scenarioWarnings` for those.
 */
export function parseScenario(input: unknown): Result<ValidScenario, ScenarioIssue[]> {
  const checked = runScenarioChecks(input);
  return checked.ok ? ok(checked.value.scenario) : checked;
}

/**
 * Reads a scenario from JSON text and checks it like `parseScenario`. Text that is not JSON gives one
 * problem saying where (line and column) and what is wrong. Never throws.
 */
export function parseScenarioJson(text: string): Result<ValidScenario, ScenarioIssue[]> {
  const data = readScenarioText(text);
  return data.ok ? parseScenario(data.value) : data;
}

/**
 * Migrates a scenario file's text to format 2 (what `parley migrate` writes): the file is checked like
 * `parseScenarioJson`, migrated if it is format 1 (`migrateScenario`), and returned as JSON with two-space
 * indents and a final newline, its fields in their order and no defaults added. A format-2 file comes back
 * unchanged but for its layout. A file with problems is not migrated: its problems are returned.
 */
export function migrateScenarioJson(text: string): Result<string, ScenarioIssue[]> {
  const data = readScenarioText(text);
  if (!data.ok) return data;
  const checked = runScenarioChecks(data.value);
  if (!checked.ok) return err(checked.error);
  return ok(`${JSON.stringify(checked.value.file, null, 2)}\n`);
}
