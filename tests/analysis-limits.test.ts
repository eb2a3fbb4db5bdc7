import {
  type AnalysisOptions,
  type AnalysisScenario,
  allPackages,
  analyze,
  kalaiSmorodinskyPoint,
  MAX_FRONTIER,
  MAX_LISTED_PACKAGES,
  MAX_PACKAGES,
  MAX_UTILITIES,
  maxWelfare,
  nashPoint,
  outcomeAnalysis,
  packageCount,
  paretoFrontier,
  type RedLineMode,
  scoredPackages,
  type WorkMeter,
  zopaFor,
} from "@parley/engine";
import { describe, expect, it } from "vitest";

/**
 * Every entry point of the analytics is bounded: options are checked, and a space too big to enumerate is
 * refused before any package is; a frontier too big is refused as soon as it passes its cap; and the work
 * (loop steps, counted by a meter) grows about linearly with the packages.
 */

function value<T, E>(r: { ok: true; value: T } | { ok: false; error: E }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

/**
 * `issues` two-option issues and `actors` actors. With `opposed`, every issue is worth 1 to actor 0 on
 * option p and to actor 1 on option q, each weighted i + 1 by both: their utilities always sum to 1, so
 * every package is on the two actors' frontier (the scenario of issue 13). Otherwise the values are spread
 * pseudo-randomly.
 */
function binary(issues: number, actors: number, opposed = false): AnalysisScenario {
  const ids = Array.from({ length: actors }, (_, a) => `a${a}`);
  return {
    actors: ids.map((id, a) => ({
      id,
      weights: Object.fromEntries(
        Array.from({ length: issues }, (_, i) => [`i${i}`, opposed ? i + 1 : 1 + ((i * 7 + a * 3) % 5)]),
      ),
      reservation: 0,
    })),
    issues: Array.from({ length: issues }, (_, i) => ({
      id: `i${i}`,
      options: [{ id: "p" }, { id: "q" }],
      statusQuo: "p",
      values: Object.fromEntries(
        ids.map((id, a) => {
          const p = opposed ? (a === 0 ? 1 : a === 1 ? 0 : 0.5) : ((i * 13 + a * 29) % 17) / 16;
          const q = opposed ? (a === 0 ? 0 : a === 1 ? 1 : 0.5) : ((i * 11 + a * 5 + 3) % 19) / 18;
          return [id, { p, q }];
        }),
      ),
    })),
  };
}

const EVERY_ACTOR_ZERO = Object.fromEntries(Array.from({ length: 8 }, (_, a) => [`a${a}`, 0]));

type Entry = (s: AnalysisScenario, o: AnalysisOptions) => { ok: boolean };

/** Every entry point that enumerates packages. */
const ENUMERATING: [string, Entry][] = [
  ["analyze", analyze],
  ["paretoFrontier", paretoFrontier],
  ["nashPoint", nashPoint],
  ["kalaiSmorodinskyPoint", kalaiSmorodinskyPoint],
  ["maxWelfare", maxWelfare],
  ["outcomeAnalysis", (s, o) => outcomeAnalysis(s, { agreed: {}, utilities: EVERY_ACTOR_ZERO }, o)],
  ["allPackages", allPackages],
  ["scoredPackages", scoredPackages],
];

/** Every entry point that takes options. */
const ALL: [string, Entry][] = [...ENUMERATING, ["packageCount", packageCount], ["zopaFor", zopaFor]];

describe("options are checked", () => {
  const small = binary(2, 2);

  it.each(ALL)("%s refuses NaN, infinite, fractional, zero, negative and too large counts", (_, entry) => {
    for (const [option, cap] of [
      ["maxPackages", MAX_PACKAGES],
      ["maxFrontier", MAX_FRONTIER],
    ] as const) {
      for (const bad of [
        Number.NaN,
        Number.POSITIVE_INFINITY,
        Number.NEGATIVE_INFINITY,
        -1,
        0,
        0.5,
        cap + 1,
      ]) {
        expect(entry(small, { [option]: bad }), `${option} ${bad}`).toEqual({
          ok: false,
          error: {
            code: "bad-option",
            option,
            message: `${option} must be a whole number from 1 to ${cap}, not ${bad}`,
          },
        });
      }
      expect(entry(small, { [option]: cap }).ok).toBe(true);
    }
  });

  it.each(ALL)("%s refuses an unknown red-line mode, track, actor or type", (_, entry) => {
    expect(entry(small, { redLines: "sometimes" as RedLineMode })).toMatchObject({
      ok: false,
      error: { code: "bad-option", option: "redLines" },
    });
    expect(entry(small, { track: "nowhere" })).toMatchObject({ ok: false, error: { code: "unknown-track" } });
    expect(entry(small, { actors: ["z"] })).toMatchObject({ ok: false, error: { code: "unknown-actor" } });
    expect(entry(small, { types: { a0: "hawk" } })).toMatchObject({
      ok: false,
      error: { code: "unknown-type", actor: "a0", type: "hawk" },
    });
  });
});

describe("a space too big is refused before anything is enumerated", () => {
  it.each(ENUMERATING)("%s: more packages than maxPackages", (_, entry) => {
    // 30 issues of 2 options: 2^30 packages.
    const huge = binary(30, 2);
    const meter: WorkMeter = { steps: 0 };
    expect(entry(huge, { meter })).toMatchObject({
      ok: false,
      error: { code: "too-many-packages", packages: 2 ** 30, limit: MAX_PACKAGES },
    });
    expect(meter.steps).toBe(0);
    expect(entry(binary(4, 2), { maxPackages: 15 })).toMatchObject({
      ok: false,
      error: { code: "too-many-packages", packages: 16, limit: 15 },
    });
  });

  it.each(ENUMERATING.filter(([name]) => !name.endsWith("ackages")))(
    "%s: more packages × actors than MAX_UTILITIES",
    (_, entry) => {
      // 2^19 packages (under a million) for 8 actors: 4,194,304 utilities.
      const wide = binary(19, 8);
      const meter: WorkMeter = { steps: 0 };
      expect(entry(wide, { meter })).toMatchObject({
        ok: false,
        error: {
          code: "too-much-work",
          message: `${2 ** 19} packages × 8 actors is ${2 ** 19 * 8} utilities, more than the limit of ${MAX_UTILITIES}`,
          limit: MAX_UTILITIES,
        },
      });
      expect(meter.steps).toBe(0);
    },
  );

  it("listing is capped lower, at MAX_LISTED_PACKAGES", () => {
    // 2^17 = 131,072 packages: analysable, too many to list.
    const meter: WorkMeter = { steps: 0 };
    for (const list of [allPackages, scoredPackages]) {
      expect(list(binary(17, 2), { meter })).toMatchObject({
        ok: false,
        error: { code: "too-many-packages", packages: 2 ** 17, limit: MAX_LISTED_PACKAGES },
      });
    }
    expect(meter.steps).toBe(0);
  });
});

describe("a frontier too big is refused as soon as it passes its cap", () => {
  it("two actors whose utilities always sum to 1: every package is on the frontier", () => {
    const s = binary(13, 2, true);
    const frontier = value(paretoFrontier(s));
    expect(frontier).toHaveLength(2 ** 13);
    expect(paretoFrontier(s, { maxFrontier: 100 })).toMatchObject({
      ok: false,
      error: { code: "frontier-too-large", limit: 100 },
    });
    // 2^14 packages pass the default cap.
    const meter: WorkMeter = { steps: 0 };
    expect(analyze(binary(14, 2, true), { meter })).toMatchObject({
      ok: false,
      error: { code: "frontier-too-large", limit: MAX_FRONTIER },
    });
    expect(meter.steps).toBeLessThan(300 * 2 ** 14);
  });

  it("reports the limits it ran under", () => {
    expect(value(analyze(binary(10, 5))).limits).toEqual({ packages: MAX_PACKAGES, frontier: MAX_FRONTIER });
    expect(value(analyze(binary(10, 5), { maxPackages: 2000, maxFrontier: 500 })).limits).toEqual({
      packages: 2000,
      frontier: 500,
    });
  });
});

/** The loop steps of one analysis. */
function work(s: AnalysisScenario, redLines: RedLineMode = "respect"): number {
  const meter: WorkMeter = { steps: 0 };
  value(analyze(s, { meter, redLines }));
  return meter.steps;
}

describe("the work of an analysis grows about linearly with the packages", () => {
  it.each([1, 2, 3, 4, 5])("%i actors: one more two-option issue at most triples the work", (actors) => {
    for (const issues of [10, 11, 12]) {
      const ratio = work(binary(issues + 1, actors)) / work(binary(issues, actors));
      expect(ratio, `${issues} → ${issues + 1} issues`).toBeLessThan(3);
    }
  });

  it.each([2, 3])("%i actors, every package on the frontier: at most triples", (actors) => {
    for (const issues of [10, 11, 12]) {
      const ratio = work(binary(issues + 1, actors, true)) / work(binary(issues, actors, true));
      expect(ratio, `${issues} → ${issues + 1} issues`).toBeLessThan(3);
    }
  });

  it("mark mode costs at most about twice respect's", () => {
    const s: AnalysisScenario = {
      ...binary(12, 3),
      redLines: [{ id: "r", actor: "a0", issue: "i0", forbidden: ["q"] }],
    };
    expect(work(s, "mark")).toBeLessThan(3 * work(s, "respect"));
  });
});
