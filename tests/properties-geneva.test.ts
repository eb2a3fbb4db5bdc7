import { test } from "@fast-check/vitest";
import { outcome } from "@parley/engine";
import { arbGuidedPlay, arbLegalPlay, throughout } from "@parley/engine/testing";
import { expect } from "vitest";
import { describeScenarioProperties } from "./support/scenario-properties.js";
import { runs } from "./support/scenarios.js";

/** The US–Russia Strategic Stability Dialogue, Geneva, 10 January 2022: a bilateral meeting; NATO and Ukraine are not at the table. */
describeScenarioProperties(
  "scenarios/2022-01-10-geneva-strategic-stability.json",
  "the Geneva strategic stability scenario",
  (geneva) => {
    // NATO's and Ukraine's red lines hold although neither sits at this table: enlargement can be settled only
    // on the open door. Russia may give it up in a package (its own red line forbids only an informal
    // moratorium: it wants guarantees in law), but it can never win a veto here.
    const enlargementOnlyOpenDoor = throughout((state) => {
      const { agreed } = outcome(state);
      if (agreed.enlargement === undefined || agreed.enlargement === "open-door") return null;
      return `'enlargement' was agreed on '${agreed.enlargement}' without NATO and Ukraine at the table`;
    });

    // Guided plays reach agreements on enlargement; uniform ones explore everything else.
    for (const [kind, plays] of [
      ["guided", arbGuidedPlay(geneva)],
      ["uniform", arbLegalPlay(geneva, { exclude: ["walk-out"], toEnd: true })],
    ] as const) {
      test.prop([plays], { numRuns: runs(25) })(
        `in Geneva, enlargement can only be settled on the open door (${kind} plays)`,
        (play) => {
          expect(enlargementOnlyOpenDoor(geneva, play)).toBeNull();
        },
      );
    }
  },
);
