import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatScenarioIssue, parseScenarioJson, SCENARIO_LIMITS, type ValidScenario } from "@parley/engine";
import { UserError } from "./errors.js";
import { readTextFile } from "./files.js";

/** The repository's scenarios folder. */
export const SCENARIOS_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../../scenarios");

/**
 * Short names for the shipped scenarios. A Map, not an object: a word the person types (`constructor`,
 * `__proto__`) must never find something on an object's prototype.
 */
export const SHORT_NAMES: ReadonlyMap<string, string> = new Map([
  ["geneva", "2022-01-10-geneva-strategic-stability.json"],
  ["nrc", "2022-01-12-nato-russia-council.json"],
  ["osce", "2022-01-13-osce-permanent-council.json"],
  ["week", "2022-01-security-week.json"],
]);

/**
 * The largest file the CLI reads, in bytes: the engine's limit on a scenario's text. UTF-8 takes at least
 * one byte per character, so no file refused here would have been accepted by the engine.
 */
export const MAX_FILE_BYTES = SCENARIO_LIMITS.maxTextLength;

/** Where a scenario argument points: a short name, a shipped scenario's file name, or a path. */
export function scenarioPath(arg: string): string {
  const short = SHORT_NAMES.get(arg);
  if (short !== undefined) return join(SCENARIOS_DIR, short);
  const shipped = join(SCENARIOS_DIR, arg.endsWith(".json") ? arg : `${arg}.json`);
  if (!existsSync(arg) && existsSync(shipped)) return shipped;
  return resolve(arg);
}

/**
 * Reads a file the person named (`what`: "scenario file", "save file"…), or throws a {@link UserError}
 * saying why not, followed by `hint` when the file does not exist.
 */
export function readUserFile(path: string, what: string, hint = ""): string {
  const read = readTextFile(path, MAX_FILE_BYTES);
  if (read.ok) return read.value;
  const missing = read.error.kind === "missing" && hint !== "";
  throw new UserError(`The ${what} ${path} ${read.error.reason}.${missing ? ` ${hint}` : ""}`);
}

/** Reads and validates a scenario, or throws a {@link UserError} listing every problem. */
export function loadScenario(arg: string): ValidScenario {
  const path = scenarioPath(arg);
  const hint = `Try one of: ${[...SHORT_NAMES.keys()].join(", ")}, or a path to a .json file.`;
  const parsed = parseScenarioJson(readUserFile(path, "scenario file", hint));
  if (!parsed.ok)
    throw new UserError(`${path} is not a valid scenario:`, parsed.error.map(formatScenarioIssue));
  return parsed.value;
}
