// The examples of docs/testing-scenarios.md that use vitest with @fast-check/vitest. Each "#region" below is
// shown in the doc word for word (tests/docs-testing.test.ts checks that), so what the doc shows is run here.
// #region setup
import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { outcome } from "@parley/engine";
import {
  arbGuidedPlay,
  arbLegalPlay,
  arbScenario,
  arbSeed,
  checkScenario,
  formatCheck,
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

/** PARLEY_RUNS (or PARLEY_FULL=1, five times the default) runs the properties longer; by default they take seconds. */
const runs = (fallback: number): number =>
  Number(process.env.PARLEY_RUNS) || (process.env.PARLEY_FULL === "1" ? fallback * 5 : fallback);

// #region check-scenario
it("the NRC scenario holds every invariant of the kit", () => {
  expect(formatCheck(checkScenario(nrc, { numRuns: runs(5) }))).toEqual([]);
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

test.prop([arbGuidedPlay(nrc)], { numRuns: runs(20) })(
  "Russian forces staying is never agreed while Ukraine is not at the table",
  (play) => {
    expect(forcesNeverStay(nrc, play)).toBeNull();
  },
);
// #endregion throughout

// #region guided
const genevaFile = new URL("../scenarios/2022-01-10-geneva-strategic-stability.json", import.meta.url);
const geneva = parseScenarioOrThrow(JSON.parse(readFileSync(genevaFile, "utf8")), "the Geneva scenario");

const agreesRiskReduction = fc.sample(arbGuidedPlay(geneva), { numRuns: 20, seed: 1 }).some((play) => {
  const end = throughout((state) => (outcome(state).agreed["risk-reduction"] ? "agreed" : null));
  return end(geneva, play) !== null;
});

it("guided plays reach an agreement on risk reduction in Geneva", () => {
  expect(agreesRiskReduction).toBe(true);
});
// #endregion guided

// #region model
test.prop([arbSeed(), gameCommands(nrc, { maxCommands: 30 })], { numRuns: runs(5) })(
  "legal moves, arbitrary moves, saves, links and copies keep the game consistent",
  (seed, commands) => {
    fc.modelRun(gameModelSetup(nrc, seed), commands);
  },
);
// #endregion model

// #region any-scenario
test.prop([arbScenario({ maxActors: 3, maxTracks: 2 })], { numRuns: runs(5) })(
  "the engine survives any valid scenario",
  (scenario) => {
    expect(formatCheck(checkScenario(scenario, { numRuns: 4 }))).toEqual([]);
  },
);
// #endregion any-scenario
