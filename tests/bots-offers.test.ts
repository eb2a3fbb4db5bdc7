import { fc, test } from "@fast-check/vitest";
import { type GameState, isOver, PERSONAS, type ValidScenario } from "@parley/engine";
import { describe, expect } from "vitest";
import { agreeable, packageAt, packageSpace } from "../packages/engine/src/bots/compose.js";
import { bestPackages } from "../packages/engine/src/bots/offers.js";
import { outlookOf, seenWeights } from "../packages/engine/src/bots/outlook.js";
import { styleOf } from "../packages/engine/src/bots/style.js";
import { agreeableAt, outsideAt, slackAt, sumsOf, valueAt } from "../packages/engine/src/bots/sums.js";
import { EPS, slack, termsValue } from "../packages/engine/src/bots/terms.js";
import { type Decision, decisionOf, termsMoveValue } from "../packages/engine/src/bots/values.js";
import { compiledOf } from "../packages/engine/src/rules/compile.js";
import {
  currentTrack,
  onAgenda,
  outsideLine,
  proposalCovering,
  speaker,
} from "../packages/engine/src/rules/query.js";
import { geneva, nrc, reach, summit, week } from "./support/bots.js";
import { runs } from "./support/scenarios.js";

/**
 * The persona's package search (`bots/offers.ts`: per-decision tables of issue sums, packages walked digit by
 * digit with shared prefixes, prefixes the actor cannot accept skipped by bound) against the plain search it
 * replaces: every package of the space in order, the actor's acceptance read with `slack`, each valued with
 * `termsMoveValue`, the best two kept. And the tables' sums against the plain passes over the terms
 * (`slack`, `termsValue`, `outsideLine`, `agreeable`): the very same numbers, bit for bit.
 */

const SCENARIOS: readonly ValidScenario[] = [nrc, week, geneva, summit];
const PLAYING = PERSONAS.filter((p) => p !== "random");

/** The plain search: the best two packages over `issues`, as `offers.ts` found them before the tables. */
function plainBest(d: Decision, type: "propose" | "counter", issues: readonly number[]): number[] {
  if (issues.length < 2) return [];
  const { c, s, a } = d.o;
  const space = packageSpace(c, s, issues);
  const terms = c.scenario.issues.map(() => -1);
  const move = { type, options: terms };
  const best: number[] = [];
  const values: number[] = [];
  for (let n = 0; n < space.count; n++) {
    packageAt(space, n, terms);
    if (d.o.party && slack(c, s, a, d.o.weights, terms) < -EPS) continue;
    const v = termsMoveValue(d, move);
    let k = values.length;
    while (k > 0 && v > (values[k - 1] ?? 0)) k--;
    if (k >= 2) continue;
    best.splice(k, 0, n);
    values.splice(k, 0, v);
    best.length = Math.min(best.length, 2);
    values.length = best.length;
  }
  return best;
}

/** Every sum the tables give for `terms` equals the plain pass's, bit for bit. */
function sumsMatch(d: Decision, terms: readonly number[]): boolean {
  const { c, s, a, track } = d.o;
  const t = sumsOf(d, terms);
  if (!Object.is(valueAt(t, 0), termsValue(c, a, d.o.weights, terms))) return false;
  if (!Object.is(slackAt(t, 0, 0), slack(c, s, a, d.o.weights, terms))) return false;
  if (outsideAt(t, 0) !== (outsideLine(c, s, terms) !== -1)) return false;
  const all = terms.every((o, i) => o < 0 || agreeable(c, s, i, o));
  if (agreeableAt(t, 0) !== all) return false;
  let p = 1;
  for (const b of track.speakers) {
    if (b === a || track.isParty[b] !== true) continue;
    if (!Object.is(slackAt(t, 0, p), slack(c, s, b, seenWeights(c, s, a, b), terms))) return false;
    p++;
  }
  return true;
}

/** The package spaces a persona searches in `state` (the open agenda, and its uncovered part). */
function spaces(
  c: ReturnType<typeof compiledOf>,
  s: GameState,
): { type: "propose" | "counter"; issues: number[] }[] {
  const track = currentTrack(c, s);
  if (track.mode === "items" || !onAgenda(s)) return [];
  const open = track.agenda.filter((i) => s.agreed[i] === null);
  const uncovered = open.filter((i) => proposalCovering(s, i) === -1);
  return [
    { type: "propose", issues: uncovered },
    { type: "counter", issues: open },
  ];
}

let searched = 0;

describe("the persona's package search", () => {
  test.prop(
    [
      fc.record({
        which: fc.nat({ max: SCENARIOS.length - 1 }),
        seed: fc.integer({ min: 0, max: 1_000_000 }),
        choices: fc.array(fc.nat(), { minLength: 5, maxLength: 120 }),
        persona: fc.constantFrom(...PLAYING),
        shuffle: fc.boolean(),
      }),
    ],
    { numRuns: runs(200) },
  )("finds exactly the packages the plain search finds, from sums equal to the plain passes'", (run) => {
    const scenario = SCENARIOS[run.which] ?? nrc;
    const c = compiledOf(scenario);
    const s = reach(scenario, run.seed, run.choices, false);
    if (isOver(s)) return;
    const a = speaker(c, s);
    const d = decisionOf(outlookOf(c, s, a), styleOf(run.persona, {}));
    for (const { type, issues } of spaces(c, s)) {
      // The search must not depend on the order the agenda lists the issues in.
      const order = run.shuffle ? [...issues].reverse() : issues;
      expect(bestPackages(d, type, order)).toEqual(plainBest(d, type, order));
      const space = packageSpace(c, s, order);
      const terms = c.scenario.issues.map(() => -1);
      for (let n = 0; n < space.count; n += 7) expect(sumsMatch(d, packageAt(space, n, terms))).toBe(true);
      if (space.count > 0) searched++;
    }
    for (const p of s.table) expect(sumsMatch(d, p.options)).toBe(true);
  });

  test("the runs above did search package spaces", () => {
    // Random play reaches the agenda of package meetings often; if it never did, the property above was vacuous.
    expect(searched).toBeGreaterThan(0);
  });
});
