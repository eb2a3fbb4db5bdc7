import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseScenario, type ValidScenario } from "@parley/engine";

/** Absolute path of a file in the repository. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

/** Loads and validates a scenario file; a test fails with every problem listed if it does not validate. */
export function loadScenario(relative: string): ValidScenario {
  const parsed = parseScenario(JSON.parse(readFileSync(repoPath(relative), "utf8")));
  if (!parsed.ok) {
    throw new Error(
      `${relative} does not validate:\n${parsed.error.map((i) => `  ${i.path}: ${i.message}`).join("\n")}`,
    );
  }
  return parsed.value;
}

/** The engine's small test scenario: two neighbours and a mediator, two tracks. */
export const harbour = (): ValidScenario => loadScenario("tests/fixtures/harbour-talks.json");

/** Number of property-test runs: PARLEY_RUNS if set, else the given default (five times it under PARLEY_FULL=1). */
export function runs(fallback: number): number {
  const n = Number(process.env.PARLEY_RUNS);
  if (Number.isInteger(n) && n > 0) return n;
  return full() ? fallback * 5 : fallback;
}

/**
 * Whether to run the statistical and large checks in full (`PARLEY_FULL=1`): by default they run on a
 * sample that keeps the suite fast (docs/testing-scenarios.md, "Running longer").
 */
export function full(): boolean {
  return process.env.PARLEY_FULL === "1";
}

/** The engine's small test scenarios, named: items with a mediator and hidden types, and packages. */
export const SMALL_SCENARIOS: readonly (readonly [string, ValidScenario])[] = [
  ["harbour talks", loadScenario("tests/fixtures/harbour-talks.json")],
  ["mediated talks", loadScenario("tests/fixtures/mediated-talks.json")],
  ["package summit", loadScenario("tests/fixtures/package-summit.json")],
];
