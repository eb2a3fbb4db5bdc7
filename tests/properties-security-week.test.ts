import { test } from "@fast-check/vitest";
import { outcome } from "@parley/engine";
import { arbGuidedPlay, throughout } from "@parley/engine/testing";
import { expect } from "vitest";
import { describeScenarioProperties } from "./support/scenario-properties.js";
import { runs } from "./support/scenarios.js";

/** The January 2022 security week: Geneva, then the NATO–Russia Council, then the OSCE, with positions, trust and tension carried from one meeting to the next. */
describeScenarioProperties(
  "scenarios/2022-01-security-week.json",
  "the January 2022 security week scenario",
  (week) => {
    const OPEN_DOOR_LINES = ["nato-open-door", "us-open-door", "ukraine-own-choice"];

    const noTreatyWithoutAllThree = throughout((state) => {
      const { demands, redLinesCrossed } = outcome(state);
      if (demands["russia-no-enlargement"] !== "accepted") return null;
      const standing = OPEN_DOOR_LINES.filter((line) => !redLinesCrossed.includes(line));
      return standing.length === 0
        ? null
        : `Russia's non-enlargement demand was accepted while ${standing.join(", ")} still stand`;
    });

    test.prop([arbGuidedPlay(week, { maxDeviations: 12 })], { numRuns: runs(15) })(
      "Russia's non-enlargement demand is met only if NATO, the US and Ukraine all cross their open-door red lines",
      (play) => {
        expect(noTreatyWithoutAllThree(week, play)).toBeNull();
      },
    );

    const ukraineNotBypassed = throughout((state) => {
      for (const result of state.results) {
        const option = result.agreed.enlargement;
        if (result.track !== "osce-permanent-council" && option !== undefined && option !== "open-door")
          return `'enlargement' was agreed on '${option}' at '${result.track}', where Ukraine is not at the table`;
      }
      return null;
    });

    test.prop([arbGuidedPlay(week, { maxDeviations: 12 })], { numRuns: runs(15) })(
      "no meeting without Ukraine settles enlargement against Ukraine's choice",
      (play) => {
        expect(ukraineNotBypassed(week, play)).toBeNull();
      },
    );
  },
);
