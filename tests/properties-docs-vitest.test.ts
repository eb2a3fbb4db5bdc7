// The examples of docs/testing-scenarios.md that use vitest with @fast-check/vitest. Each "#region" below is
// shown in the doc word for word (tests/docs-testing.test.ts checks that), so what the doc shows is run here.
// #region setup
import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { outcome } from "@parley/engine";
import {
  arbLegalPlay,
  arbScenario,
  arbSeed,
  checkScenario,
  formatFailure,
  gameCommands,
  gameModelSetup,
  parseScenarioOrThrow,
  silentCrossings,
  throughout,
} from "@parley/engine/testing";
import { expect, it } from "vitest";

const file = new URL("../scenarios/2022-01-12-nato-russia-council.json", import.meta.url);
const nrc = parseScenarioOrThrow(JSON.parse(readFileSync(file, "utf8")), "the NRC scenario");
// #endregion setup

/** PARLEY_RUNS runs the properties longer; by default they take seconds. */
const runs = (fallback: number): number => Number(process.env.PARLEY_RUNS) || fallback;

// #region check-scenario
it("the NRC scenario holds every invariant of the kit", () => {
  const failures = checkScenario(nrc, { numRuns: runs(20) });
  expect(failures.map(formatFailure)).toEqual([]);
});
// #endregion check-scenario

// #region nrc-open-door
test.prop([arbLegalPlay(nrc)])("no play crosses NATO's open door without an explicit move", (play) => {
  const silent = silentCrossings(nrc, play).filter((c) => c.redLine === "nato-open-door");
  expect(silent).toEqual([]);
});
// #endregion nrc-open-door

// #region throughout
const forcesNeverStay = throughout((state) =>
  outcome(state).agreed.withdrawal === "forces-stay" ? "'withdrawal' was agreed on 'forces-stay'" : null,
);

test.prop([arbLegalPlay(nrc, { exclude: ["walk-out"], toEnd: true })], { numRuns: runs(50) })(
  "Russian forces staying is never agreed while Ukraine is not at the table",
  (play) => {
    expect(forcesNeverStay(nrc, play)).toBeNull();
  },
);
// #endregion throughout

// #region model
test.prop([arbSeed(), gameCommands(nrc)], { numRuns: runs(25) })(
  "legal moves, arbitrary moves and save/load keep the game consistent",
  (seed, commands) => {
    fc.modelRun(gameModelSetup(nrc, seed), commands);
  },
);
// #endregion model

// #region any-scenario
test.prop([arbScenario({ maxActors: 3, maxTracks: 2 })], { numRuns: runs(10) })(
  "the engine survives any valid scenario",
  (scenario) => {
    expect(checkScenario(scenario, { numRuns: 5 }).map(formatFailure)).toEqual([]);
  },
);
// #endregion any-scenario
