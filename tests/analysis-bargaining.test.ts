import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  checkCount,
  kalaiSmorodinskyIndex,
  MAX_DOMINANCE_TESTS,
  MAX_FRONTIER,
  maxWelfareIndex,
  nashIndex,
  paretoIndexes,
  roundUtility,
  type UtilityVector,
  type WorkMeter,
} from "../packages/engine/src/vocabulary/bargaining.js";

/**
 * The point-set maths the analytics and the rules share: checked against brute force on small random point
 * sets (with many ties and equal points), and for how its work grows by counting its loop steps.
 */

function value<T, E>(r: { ok: true; value: T } | { ok: false; error: E }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

// ---------------------------------------------------------------------------------------------------------
// Brute-force oracles

function naiveDominates(x: UtilityVector, y: UtilityVector): boolean {
  return x.every((v, i) => v >= (y[i] ?? 0)) && x.some((v, i) => v > (y[i] ?? 0));
}

function naiveFrontier(points: readonly UtilityVector[], candidates: readonly number[]): number[] {
  return candidates
    .filter((i) => !candidates.some((j) => naiveDominates(points[j] ?? [], points[i] ?? [])))
    .sort((a, b) => a - b);
}

/** The candidate maximising (score, welfare, −index). */
function naiveBest(
  points: readonly UtilityVector[],
  candidates: readonly number[],
  score: (p: UtilityVector) => number,
): number | undefined {
  const welfare = (p: UtilityVector) => roundUtility(p.reduce((s, u) => s + u, 0));
  return [...candidates].sort((i, j) => {
    const a = points[i] ?? [];
    const b = points[j] ?? [];
    return score(b) - score(a) || welfare(b) - welfare(a) || i - j;
  })[0];
}

// Coarse grids make ties, equal points and points exactly at the disagreement value common.
const coordinate = fc.oneof(
  fc.integer({ min: 0, max: 4 }).map((n) => n / 4),
  fc.double({ min: 0, max: 1, noNaN: true }).map(roundUtility),
);

const arbPoints = fc.integer({ min: 1, max: 5 }).chain((k) =>
  fc.record({
    points: fc.array(fc.array(coordinate, { minLength: k, maxLength: k }), { maxLength: 40 }),
    disagreement: fc.array(
      fc.integer({ min: 0, max: 4 }).map((n) => n / 8),
      { minLength: k, maxLength: k },
    ),
    keep: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  }),
);

describe("against brute force", () => {
  test.prop([arbPoints])("the frontier is exactly the undominated candidates", ({ points, keep }) => {
    const all = points.map((_, i) => i);
    expect(value(paretoIndexes(points))).toEqual(naiveFrontier(points, all));
    const some = all.filter((i) => keep[i]);
    expect(value(paretoIndexes(points, { candidates: some }))).toEqual(naiveFrontier(points, some));
  });

  test.prop([
    fc.integer({ min: 1, max: 4 }).chain((k) =>
      fc.array(
        fc.array(
          fc.oneof(fc.constantFrom(0, -0, 1, -1), fc.double({ noNaN: true, noDefaultInfinity: true })),
          {
            minLength: k,
            maxLength: k,
          },
        ),
        { maxLength: 30 },
      ),
    ),
  ])("the frontier of any finite numbers, negative, zero of either sign or huge", (points) => {
    expect(value(paretoIndexes(points))).toEqual(
      naiveFrontier(
        points,
        points.map((_, i) => i),
      ),
    );
  });

  test.prop([arbPoints])(
    "Nash, KS and max welfare: optimal, on the frontier, the same from every point or the frontier only",
    ({ points, disagreement }) => {
      const all = points.map((_, i) => i);
      const frontier = value(paretoIndexes(points));
      const gains = (p: UtilityVector) => p.map((u, a) => roundUtility(u - (disagreement[a] ?? 0)));
      const rational = all.filter((i) => gains(points[i] ?? []).every((g) => g >= 0));

      const nash = nashIndex(points, disagreement);
      expect(nash).toEqual(nashIndex(points, disagreement, frontier));
      const ks = kalaiSmorodinskyIndex(points, disagreement);
      expect(ks).toEqual(kalaiSmorodinskyIndex(points, disagreement, frontier));
      if (rational.length === 0) {
        expect(nash.ok).toBe(false);
        expect(ks.ok).toBe(false);
      } else {
        const product = (p: UtilityVector) => roundUtility(gains(p).reduce((x, g) => x * g, 1));
        expect(value(nash).index).toBe(naiveBest(points, rational, product));
        expect(frontier).toContain(value(nash).index);
        const ideal = disagreement.map((_, a) => Math.max(...rational.map((i) => points[i]?.[a] ?? 0)));
        const minRatio = (p: UtilityVector) =>
          Math.min(
            ...gains(p).map((g, a) => {
              const range = (ideal[a] ?? 0) - (disagreement[a] ?? 0);
              return range > 0 ? roundUtility(g / range) : 1;
            }),
          );
        expect(value(ks).index).toBe(naiveBest(points, rational, minRatio));
        expect(value(ks).ideal).toEqual(ideal);
        expect(frontier).toContain(value(ks).index);
      }

      const welfare = maxWelfareIndex(points);
      expect(welfare).toEqual(maxWelfareIndex(points, frontier));
      if (points.length === 0) expect(welfare.ok).toBe(false);
      else expect(value(welfare).index).toBe(naiveBest(points, all, () => 0));
    },
  );

  test("an actor no point satisfies is named by its axis", () => {
    const r = nashIndex(
      [
        [1, 0.2],
        [0, 0.5],
      ],
      [0, 0.9],
    );
    expect(r).toMatchObject({
      ok: false,
      error: { code: "no-individually-rational-point", belowDisagreement: [1] },
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Bad input and limits

describe("bad input", () => {
  test("points that are not lists of the same number of finite utilities are refused", () => {
    for (const points of [[[0.1, 0.2], [0.3]], [[0.1, Number.NaN]], [[0.1, Number.POSITIVE_INFINITY]]]) {
      expect(paretoIndexes(points)).toMatchObject({ ok: false, error: { code: "bad-points" } });
      expect(nashIndex(points, [0, 0])).toMatchObject({ ok: false, error: { code: "bad-points" } });
    }
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1.5, MAX_FRONTIER + 1])(
    "maxFrontier %s is refused with a message",
    (maxFrontier) => {
      const r = paretoIndexes([[1, 0]], { maxFrontier });
      expect(r).toEqual({
        ok: false,
        error: {
          code: "bad-option",
          option: "maxFrontier",
          message: `maxFrontier must be a whole number from 1 to ${MAX_FRONTIER}, not ${maxFrontier}`,
        },
      });
    },
  );

  test("checkCount accepts whole numbers in range", () => {
    expect(checkCount("n", 1, 5)).toEqual({ ok: true, value: 1 });
    expect(checkCount("n", 5, 5)).toEqual({ ok: true, value: 5 });
    expect(checkCount("n", 6, 5).ok).toBe(false);
  });

  test("a frontier past its cap is refused as soon as it passes", () => {
    const line = Array.from({ length: 50 }, (_, i) => [i, 49 - i]);
    const meter: WorkMeter = { steps: 0 };
    expect(paretoIndexes(line, { maxFrontier: 10, meter })).toMatchObject({
      ok: false,
      error: { code: "frontier-too-large", limit: 10 },
    });
    expect(value(paretoIndexes(line, { maxFrontier: 50 }))).toHaveLength(50);
  });

  test("flat points give the same answers as nested ones", () => {
    const nested = [
      [0.5, 0.5],
      [1, 0],
      [0.25, 0.25],
      [0, 1],
    ];
    const flat = { k: 2, data: Float64Array.from(nested.flat()) };
    expect(paretoIndexes(flat)).toEqual(paretoIndexes(nested));
    expect(nashIndex(flat, [0, 0])).toEqual(nashIndex(nested, [0, 0]));
    expect(paretoIndexes(flat, { candidates: [0, 2] })).toEqual({ ok: true, value: [0] });
    expect(paretoIndexes(flat, { candidates: [0, 9] })).toMatchObject({
      ok: false,
      error: { code: "bad-points", index: 9 },
    });
    expect(paretoIndexes(flat, { candidates: [0.5] })).toMatchObject({
      ok: false,
      error: { code: "bad-points" },
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Scaling: the work (loop steps) for n and 2n points. Quadratic work would quadruple; n log n at these sizes
// grows by about 2.2.

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), rounded to a 1/64 grid or not. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n random points of k utilities. */
function randomPoints(n: number, k: number, seed: number): number[][] {
  const next = random(seed);
  return Array.from({ length: n }, () => Array.from({ length: k }, () => roundUtility(next())));
}

/** n points on the plane where utilities sum to k/2: none dominates another, so all are on the frontier. */
function antichain(n: number, k: number, seed: number): number[][] {
  const next = random(seed);
  return Array.from({ length: n }, () => {
    const head = Array.from({ length: k - 1 }, () => next());
    return [...head, k / 2 - head.reduce((s, u) => s + u, 0)];
  });
}

function work(points: readonly UtilityVector[], maxFrontier = MAX_FRONTIER): number {
  const meter: WorkMeter = { steps: 0 };
  paretoIndexes(points, { meter, maxFrontier });
  return meter.steps;
}

describe("work grows at most about linearly", () => {
  test.each([1, 2, 3, 4, 5])(
    "%i actors, random points: doubling the points at most triples the work",
    (k) => {
      for (const n of [2_000, 4_000]) {
        const ratio = work(randomPoints(2 * n, k, n + k)) / work(randomPoints(n, k, n + k));
        expect(ratio, `n = ${n}`).toBeLessThan(3);
      }
    },
  );

  test.each([1, 2, 3])("%i actors, every point on the frontier: doubling at most triples the work", (k) => {
    for (const n of [2_000, 4_000]) {
      const ratio = work(antichain(2 * n, k, n)) / work(antichain(n, k, n));
      expect(ratio, `n = ${n}`).toBeLessThan(3);
      expect(value(paretoIndexes(antichain(n, k, n)))).toHaveLength(n);
    }
  });

  test("4 actors, every point on the frontier: refused at the frontier cap, work within its square", () => {
    const maxFrontier = 1_000;
    for (const n of [500, 2_000, 20_000]) {
      const meter: WorkMeter = { steps: 0 };
      const r = paretoIndexes(antichain(n, 4, n), { meter, maxFrontier });
      if (n <= maxFrontier) expect(value(r)).toHaveLength(n);
      else expect(r).toMatchObject({ ok: false, error: { code: "frontier-too-large", limit: maxFrontier } });
      // Linear passes (filtering, ranking by radix sort, ordering: about 30 per axis and the sum), plus at
      // most one comparison per point and kept point.
      expect(meter.steps).toBeLessThan(40 * 5 * n + 8192 + Math.min(n, maxFrontier + 1) ** 2);
    }
  });

  test("4 actors, many points each dominated by one frontier point alone: refused past the comparison cap", () => {
    // 9,000 points of an antichain, and 30,000 distinct copies of them made slightly worse on one axis: each
    // copy is compared with half the antichain on average before meeting its original, 1.35 × 10^8
    // comparisons in all.
    const front = antichain(9_000, 4, 1);
    const copies = Array.from({ length: 30_000 }, (_, c) => {
      const p = front[(c * 7_919) % front.length] ?? [];
      return p.map((u, a) => (a === 3 ? u - (1 + Math.floor(c / front.length)) * 1e-9 : u));
    });
    const meter: WorkMeter = { steps: 0 };
    expect(paretoIndexes([...front, ...copies], { meter })).toMatchObject({
      ok: false,
      error: { code: "too-much-work", limit: MAX_DOMINANCE_TESTS },
    });
    expect(meter.steps).toBeLessThan(MAX_DOMINANCE_TESTS + 40 * 5 * 39_000 + 8192);
  });
});
