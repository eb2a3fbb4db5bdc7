import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatScenarioIssue, parseScenarioJson, type Scenario } from "@parley/engine";

/** The repository's scenarios folder. */
export const SCENARIOS_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../../scenarios");

/** Short names for the shipped scenarios. */
export const SHORT_NAMES: Readonly<Record<string, string>> = {
  geneva: "2022-01-10-geneva-strategic-stability.json",
  nrc: "2022-01-12-nato-russia-council.json",
  osce: "2022-01-13-osce-permanent-council.json",
  week: "2022-01-security-week.json",
};

/** A problem the CLI reports to a person and exits on; never shown as a stack trace. */
export class UserError extends Error {}

/** Where a scenario argument points: a short name, a shipped scenario's file name, or a path. */
export function scenarioPath(arg: string): string {
  const short = SHORT_NAMES[arg];
  if (short !== undefined) return join(SCENARIOS_DIR, short);
  const shipped = join(SCENARIOS_DIR, arg.endsWith(".json") ? arg : `${arg}.json`);
  if (!existsSync(arg) && existsSync(shipped)) return shipped;
  return resolve(arg);
}

/** Reads and validates a scenario, or throws a {@link UserError} listing every problem. */
export function loadScenario(arg: string): Scenario {
  const path = scenarioPath(arg);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new UserError(
      `No scenario file at ${path}. Try one of: ${Object.keys(SHORT_NAMES).join(", ")}, or a path to a .json file.`,
    );
  }
  const parsed = parseScenarioJson(readFileSync(path, "utf8"));
  if (!parsed.ok) {
    throw new UserError(
      `${path} is not a valid scenario:\n${parsed.error.map((p) => `  ${formatScenarioIssue(p)}`).join("\n")}`,
    );
  }
  return parsed.value;
}
