import { test } from "@fast-check/vitest";
import { gameMoves, outcome } from "@parley/engine";
import { arbLegalPlay, throughout } from "@parley/engine/testing";
import { expect } from "vitest";
import { describeScenarioProperties } from "./support/scenario-properties.js";
import { runs } from "./support/scenarios.js";

/** The OSCE Permanent Council, Vienna, 13 January 2022: all five delegations at one table, the OSCE chair presiding. */
describeScenarioProperties(
  "scenarios/2022-01-13-osce-permanent-council.json",
  "the OSCE Permanent Council scenario",
  (osce) => {
    const collapsesOnlyForAReason = throughout((state) => {
      if (outcome(state).overall !== "collapse") return null;
      const walkedOut = gameMoves(state).some((move) => move.type === "walk-out");
      return walkedOut || state.tension >= 100
        ? null
        : "the talks collapsed with no walk-out and tension below 100";
    });

    test.prop([arbLegalPlay(osce)], { numRuns: runs(40) })(
      "the Permanent Council collapses only when a delegation walks out or tension reaches 100",
      (play) => {
        expect(collapsesOnlyForAReason(osce, play)).toBeNull();
      },
    );

    const chairOpens = throughout((state) => {
      const [first] = gameMoves(state);
      return first !== undefined && first.actor !== "osce-chair"
        ? `the meeting was opened by ${first.actor}, not the chair`
        : null;
    });

    test.prop([arbLegalPlay(osce, { maxMoves: 3 })], { numRuns: runs(30) })(
      "the OSCE chair takes the floor first",
      (play) => {
        expect(chairOpens(osce, play)).toBeNull();
      },
    );
  },
);
