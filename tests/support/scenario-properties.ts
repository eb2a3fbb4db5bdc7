import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import type { ValidScenario } from "@parley/engine";
import {
  arbSeed,
  checkScenario,
  formatCheck,
  gameCommands,
  gameModelSetup,
  parseScenarioOrThrow,
} from "@parley/engine/testing";
import { describe, expect, it } from "vitest";
import { repoPath, runs } from "./scenarios.js";

function load(file: string): ValidScenario | Error {
  try {
    return parseScenarioOrThrow(JSON.parse(readFileSync(repoPath(file), "utf8")), file);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * The kit's checks for one scenario file: every invariant (`checkScenario`) and the stateful model, plus the
 * scenario's own properties that `more` declares. A missing or invalid file is a failing test listing every
 * problem, never a skipped one.
 */
export function describeScenarioProperties(
  file: string,
  title: string,
  more: (scenario: ValidScenario) => void,
): void {
  const loaded = load(file);
  describe(`properties of ${title}`, () => {
    if (loaded instanceof Error) {
      it(`${file} loads and validates`, () => {
        throw loaded;
      });
      return;
    }
    const scenario = loaded;

    it("holds every invariant of the kit", () => {
      expect(formatCheck(checkScenario(scenario, { numRuns: runs(4) }))).toEqual([]);
    });

    test.prop([arbSeed(), gameCommands(scenario, { maxCommands: 30 })], { numRuns: runs(4) })(
      "a stateful model: legal moves, arbitrary moves, saves, links and copies keep the game consistent",
      (seed, commands) => {
        fc.modelRun(gameModelSetup(scenario, seed), commands);
      },
    );

    more(scenario);
  });
}
