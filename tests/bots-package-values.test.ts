import { fc, test } from "@fast-check/vitest";
import { type GameState, isOver, PERSONAS } from "@parley/engine";
import { expect } from "vitest";
import { packageAt, packageSpace } from "../packages/engine/src/bots/compose.js";
import { outlookOf } from "../packages/engine/src/bots/outlook.js";
import { packageValues } from "../packages/engine/src/bots/package-values.js";
import { styleOf } from "../packages/engine/src/bots/style.js";
import { slack } from "../packages/engine/src/bots/terms.js";
import { decisionOf, retabled, termsMoveValue } from "../packages/engine/src/bots/values.js";
import { compiledOf } from "../packages/engine/src/rules/compile.js";
import { currentTrack, onAgenda, proposalCovering, speaker } from "../packages/engine/src/rules/query.js";
import { nrc, reach, summit, week } from "./support/bots.js";
import { runs } from "./support/scenarios.js";

/**
 * The persona's package tables (bots/package-values.ts) give, for every package of a space, exactly the
 * numbers the general valuation gives (`termsMoveValue`, `slack`): they only read them faster.
 */

const SCENARIOS = [nrc, week, summit];
const PARTY_PERSONAS = PERSONAS.filter((p) => p !== "random" && p !== "mediator");

test.prop(
  [
    fc.nat({ max: SCENARIOS.length - 1 }),
    fc.integer({ min: 0, max: 100_000 }),
    fc.array(fc.nat(), { maxLength: 60 }),
    fc.constantFrom(...PARTY_PERSONAS),
    fc.nat(),
  ],
  { numRuns: runs(25) },
)(
  "value every package of a space as termsMoveValue does, to the last bit",
  (which, seed, choices, persona, pick) => {
    const scenario = SCENARIOS[which] ?? nrc;
    const s: GameState = reach(scenario, seed, choices, false);
    if (isOver(s) || !onAgenda(s)) return;
    const c = compiledOf(scenario);
    const a = speaker(c, s);
    const d = decisionOf(outlookOf(c, s, a), styleOf(persona, {}));
    const open = currentTrack(c, s).agenda.filter((i) => s.agreed[i] === null);
    // The spaces of a proposal (the issues no proposal covers) and of a counter (every open issue).
    for (const issues of [open.filter((i) => proposalCovering(s, i) === -1), open]) {
      if (issues.length < 2) continue;
      const space = packageSpace(c, s, issues);
      const fast = packageValues(d, space);
      if (fast === null || space.count === 0) continue;
      // A sample of the space: every package of a small one, a spread of a large one.
      const step = Math.max(1, Math.floor(space.count / 64));
      for (let n = pick % step; n < space.count; n += step) {
        const options = packageAt(
          space,
          n,
          c.scenario.issues.map(() => -1),
        );
        expect(fast.ownSlack(n)).toBe(slack(c, s, a, d.o.weights, options));
        const adjusted = termsMoveValue(d, { type: "propose", options });
        expect(fast.value(n) - (retabled(d, options) ? 0.5 : 0)).toBe(adjusted);
      }
    }
  },
);
