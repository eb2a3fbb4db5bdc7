import {
  parseScenario as parseStructure,
  parseScenarioJson as parseStructureJson,
  type ScenarioIssue,
} from "../scenario/parse.js";
import type { ValidScenario } from "../scenario/schema.js";
import { scenarioWarnings as setupWarnings } from "../scenario/warnings.js";
import { err, type Result } from "../vocabulary/result.js";
import { checkHistory } from "./history.js";

/**
 * Checks that `input` is a scenario and returns it, or returns every problem found, each with its JSON path
 * and, for likely typos, a suggestion: the structure and meaning of the file (format 2, or format 1, which is
 * migrated), and its historical record, which must replay to its recorded outcome. The scenario comes back as
 * a fresh, deep-frozen copy with defaults filled in. Never throws. Set-ups that are legal but likely
 * unintended are not problems: ask {@link scenarioWarnings}.
 */
export function parseScenario(input: unknown): Result<ValidScenario, ScenarioIssue[]> {
  return withHistory(parseStructure(input));
}

/**
 * Reads a scenario from JSON text and checks it like {@link parseScenario}. Text that is not JSON gives one
 * problem saying where (line and column) and what is wrong. Never throws.
 */
export function parseScenarioJson(text: string): Result<ValidScenario, ScenarioIssue[]> {
  return withHistory(parseStructureJson(text));
}

function withHistory(parsed: Result<ValidScenario, ScenarioIssue[]>): Result<ValidScenario, ScenarioIssue[]> {
  if (!parsed.ok) return parsed;
  const history = checkHistory(parsed.value);
  return history.errors.length === 0 ? parsed : err([...history.errors]);
}

/**
 * Set-ups that are legal but almost certainly unintended, each with its path: a reservation above the status
 * quo by more than the walk-out margin, a red line that forbids the status quo, starting tension at its
 * limit, an issue on no agenda or twice on one, a history that stops before the game is over.
 */
export function scenarioWarnings(scenario: ValidScenario): ScenarioIssue[] {
  return [...setupWarnings(scenario), ...checkHistory(scenario).warnings];
}
