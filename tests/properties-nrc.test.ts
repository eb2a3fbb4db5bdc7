import { test } from "@fast-check/vitest";
import { outcome } from "@parley/engine";
import { arbGuidedPlay, arbLegalPlay, silentCrossings, throughout } from "@parley/engine/testing";
import { expect } from "vitest";
import { describeScenarioProperties } from "./support/scenario-properties.js";
import { runs } from "./support/scenarios.js";

/** The NATO–Russia Council, Brussels, 12 January 2022: NATO, the US and Russia; Ukraine is not at the table. */
describeScenarioProperties(
  "scenarios/2022-01-12-nato-russia-council.json",
  "the NATO–Russia Council scenario",
  (nrc) => {
    test.prop([arbLegalPlay(nrc)], { numRuns: runs(60) })(
      "no line of play crosses NATO's open-door red line without an explicit crossing move",
      (play) => {
        const silent = silentCrossings(nrc, play).filter((c) => c.redLine === "nato-open-door");
        expect(silent).toEqual([]);
      },
    );

    const noForcesStay = throughout((state) =>
      outcome(state).agreed.withdrawal === "forces-stay"
        ? "'withdrawal' was agreed on 'forces-stay', which absent Ukraine's red line forbids"
        : null,
    );

    test.prop([arbGuidedPlay(nrc, { maxDeviations: 12 })], { numRuns: runs(40) })(
      "Russian forces staying is never agreed while Ukraine, who forbids it, is not at the table",
      (play) => {
        expect(noForcesStay(nrc, play)).toBeNull();
      },
    );
  },
);
