import { fc, test } from "@fast-check/vitest";
import { meanInterval, wilsonInterval, Z95 } from "@parley/engine";
import { describe, expect, it } from "vitest";
import {
  addDistinct,
  distinctCount,
  mergeDistinct,
  SKETCH_SIZE,
} from "../packages/engine/src/drivers/distinct.js";
import { addExact, exactValue, mergeExact } from "../packages/engine/src/drivers/exact-sum.js";
import { sampleVariance } from "../packages/engine/src/drivers/intervals.js";

// The statistics under `parley simulate`: exact sums (so that any split of the games gives the same means),
// the bottom-k sketch of distinct games, and the 95 % intervals, checked against answers known beforehand.

function exactSum(values: readonly number[]): number {
  const sum: number[] = [];
  for (const x of values) addExact(sum, x);
  return exactValue(sum);
}

describe("exact sums", () => {
  it("give the correctly rounded sum where plain addition does not", () => {
    expect(exactSum(Array(10).fill(0.1))).toBe(1);
    expect(
      Array(10)
        .fill(0.1)
        .reduce((a: number, b: number) => a + b, 0),
    ).not.toBe(1);
    expect(exactSum([1e16, 1, -1e16])).toBe(1);
    expect(exactSum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])).toBe(1e-100);
    // Half-way between two doubles: the partials below decide (Python's fsum example).
    expect(exactSum([1e-16, 1, 1e16])).toBe(10000000000000002);
    expect(exactSum([])).toBe(0);
  });

  test.prop([
    fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 60 }),
    fc.nat(),
    fc.nat(),
  ])("do not depend on the order of the values or on how they are split and merged", (values, cut, seed) => {
    const at = values.length === 0 ? 0 : cut % (values.length + 1);
    const left: number[] = [];
    const right: number[] = [];
    for (const x of values.slice(0, at)) addExact(left, x);
    for (const x of values.slice(at)) addExact(right, x);
    mergeExact(right, left);
    const shuffled = [...values].sort((a, b) => ((a * 7919 + seed) % 1) - ((b * 7919 + seed) % 1) || a - b);
    expect(exactValue(right)).toBe(exactSum(values));
    expect(exactSum(shuffled)).toBe(exactSum(values));
  });
});

/** A seeded stream of numbers in [0, 1) (mulberry32), for the sketch's tests. */
function uniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("the distinct-games sketch", () => {
  it("counts exactly up to its size, however often a game repeats", () => {
    const next = uniform(1);
    const values = Array.from({ length: 500 }, () => next());
    const sketch: number[] = [];
    for (const x of [...values, ...values, ...values.slice(0, 100)]) addDistinct(sketch, x);
    expect(distinctCount(sketch)).toEqual({ count: 500, exact: true });
  });

  it("stays at its size and estimates a larger count within a few percent", () => {
    const next = uniform(7);
    const sketch: number[] = [];
    for (let i = 0; i < 50_000; i++) addDistinct(sketch, next());
    expect(sketch.length).toBe(SKETCH_SIZE);
    const { count, exact } = distinctCount(sketch);
    expect(exact).toBe(false);
    // Relative standard error 1/√(k−2) ≈ 2.2 %: 10 % is more than four of them.
    expect(Math.abs(count - 50_000) / 50_000).toBeLessThan(0.1);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 3000 }), fc.nat()])(
    "merges into exactly the sketch of all the values, in any grouping",
    (ids, cut) => {
      const values = ids.map((i) => ((i * 2654435761) % 2 ** 32) / 2 ** 32);
      const at = values.length === 0 ? 0 : cut % (values.length + 1);
      const whole: number[] = [];
      const a: number[] = [];
      const b: number[] = [];
      for (const x of values) addDistinct(whole, x);
      for (const x of values.slice(0, at)) addDistinct(a, x);
      for (const x of values.slice(at)) addDistinct(b, x);
      expect(mergeDistinct(a, b)).toEqual(whole);
      expect(mergeDistinct(b, a)).toEqual(whole);
    },
  );
});

describe("Wilson's 95 % interval", () => {
  it.each([
    // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I, method 3.
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])("gives the published interval for %i of %i", (k, n, low, high) => {
    const interval = wilsonInterval(k, n);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it("has the closed forms at the ends: z²/(n+z²) above no success, n/(n+z²) below all", () => {
    const z2 = Z95 * Z95;
    expect(wilsonInterval(0, 10)).toEqual({ low: 0, high: expect.closeTo(z2 / (10 + z2), 12) });
    expect(wilsonInterval(10, 10)).toEqual({ low: expect.closeTo(10 / (10 + z2), 12), high: 1 });
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it.each([0.05, 0.3, 0.5])(
    "covers the true chance %f about 95 % of the time (exact binomial sum, n = 100)",
    (p) => {
      const n = 100;
      let coverage = 0;
      let pmf = (1 - p) ** n;
      for (let k = 0; k <= n; k++) {
        const { low, high } = wilsonInterval(k, n);
        if (low <= p && p <= high) coverage += pmf;
        pmf *= ((n - k) / (k + 1)) * (p / (1 - p));
      }
      // Wilson's coverage swings around the nominal level with n and p; the Wald interval's falls to 0.88 at p = 0.05.
      expect(coverage).toBeGreaterThan(0.92);
      expect(coverage).toBeLessThan(0.98);
    },
  );

  test.prop([fc.nat({ max: 10_000 }), fc.integer({ min: 1, max: 10_000 })])(
    "lies in [0, 1] around the observed share",
    (successes, extra) => {
      const trials = successes + extra;
      const { low, high } = wilsonInterval(successes, trials);
      expect(0 <= low && low <= successes / trials && successes / trials <= high && high <= 1).toBe(true);
    },
  );
});

describe("the interval of a mean", () => {
  it("is mean ± 1.96·s/√n with the sample variance", () => {
    const values = [1, 2, 3, 4, 5];
    const variance = sampleVariance(5, 15, 55, 1, 5);
    expect(variance).toBe(2.5);
    const { low, high } = meanInterval(values.length, 3, variance);
    expect(high - 3).toBeCloseTo(Z95 * Math.sqrt(2.5 / 5), 12);
    expect(3 - low).toBeCloseTo(high - 3, 12);
  });

  it("is the point itself for a constant, however rounding falls", () => {
    const v = 0.1 + 0.2;
    expect(sampleVariance(3, 3 * v, 3 * v * v + 1e-17, v, v)).toBe(0);
    expect(meanInterval(3, v, 0)).toEqual({ low: v, high: v });
  });
});
