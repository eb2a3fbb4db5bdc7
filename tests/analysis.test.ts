import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import {
  type AnalysisScenario,
  allPackages,
  analyze,
  dominates,
  kalaiSmorodinskyPoint,
  MAX_FRONTIER,
  MAX_PACKAGES,
  maxWelfare,
  nashPoint,
  outcomeAnalysis,
  type Package,
  packageCount,
  packageUtility,
  paretoFrontier,
  RED_LINE_MODES,
  type RedLineMode,
  roundUtility,
  scoredPackages,
  zopa,
  zopaFor,
} from "@parley/engine";
import { describe, expect } from "vitest";
import { parseScenario } from "../packages/engine/src/scenario/parse.js";
import type { Scenario } from "../packages/engine/src/scenario/schema.js";

// ---------------------------------------------------------------------------------------------------------
// Helpers

interface TinyActor {
  id: string;
  weights: Record<string, number>;
  reservation: number;
}
interface TinyIssue {
  id: string;
  options: string[];
  statusQuo: string;
  values: Record<string, Record<string, number>>;
}
interface TinyRedLine {
  id: string;
  actor: string;
  issue: string;
  forbidden: string[];
}

/**
 * A full, schema-valid scenario around the actors, issues and red lines given (so real scenarios work), with
 * every issue on the agenda of its one meeting.
 */
function scenario(actors: TinyActor[], issues: TinyIssue[], redLines: TinyRedLine[] = []): Scenario {
  const parsed = parseScenario({
    formatVersion: 2,
    id: "tiny",
    title: "Tiny",
    summary: "A textbook example.",
    sources: [{ key: "T", title: "Test" }],
    actors: actors.map((a) => ({
      ...a,
      name: a.id,
      kind: "state",
      delegation: [],
      persona: "linear",
      sources: ["T"],
    })),
    issues: issues.map((i) => ({
      ...i,
      title: i.id,
      options: i.options.map((id) => ({ id, label: id })),
      sources: ["T"],
    })),
    redLines: redLines.map((r) => ({
      ...r,
      price: { utility: 0.1, trust: 5, cohesion: 5 },
      text: "No.",
      sources: ["T"],
    })),
    tracks: [
      {
        id: "only",
        title: "Only",
        venue: "Here",
        date: "2030-01-01",
        format: "bilateral",
        chair: null,
        participants: actors.slice(0, 2).map((a) => a.id),
        agenda: issues.map((i) => ({ issue: i.id, minutes: 10 })),
        scheduledMinutes: 60,
        maxOverrunMinutes: 0,
        sources: ["T"],
      },
    ],
    world: { tension: 0, cohesion: 50, defaultTrust: 50 },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

function value<T, E>(r: { ok: true; value: T } | { ok: false; error: E }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

function loadHarbour(): Scenario {
  return value(
    parseScenario(
      JSON.parse(readFileSync(new URL("./fixtures/harbour-talks.json", import.meta.url), "utf8")),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Textbook example 1: integrative bargaining (logrolling) over two issues.
//
// A cares three times as much about x as about y; B the other way round. Each issue has options
// a (A's pole), m (middle), b (B's pole) valued 1 / 0.5 / 0 by A and 0 / 0.5 / 1 by B. Status quo: m, m.
// Weights normalise to 0.75 / 0.25 (A) and 0.25 / 0.75 (B). Reservation values 0.3 each.
//   U_A(x, y) = 0.75·vA(x) + 0.25·vA(y)        U_B(x, y) = 0.25·vB(x) + 0.75·vB(y)
//   idx package  U_A    U_B    welfare
//   0   (a, a)   1      0      1
//   1   (a, m)   0.875  0.375  1.25
//   2   (a, b)   0.75   0.75   1.5     <- the logroll: each gets the issue it cares most about
//   3   (m, a)   0.625  0.125  0.75    dominated by 1
//   4   (m, m)   0.5    0.5    1       dominated by 2: splitting the difference leaves value on the table
//   5   (m, b)   0.375  0.875  1.25
//   6   (b, a)   0.25   0.25   0.5     dominated by 2
//   7   (b, m)   0.125  0.625  0.75    dominated by 5
//   8   (b, b)   0      1      1
// Frontier: 0, 1, 2, 5, 8.
// Nash (d = 0.3, 0.3): packages with both gains ≥ 0 on the frontier are 1, 2, 5:
//   1: 0.575 · 0.075 = 0.043125; 2: 0.45 · 0.45 = 0.2025; 5: 0.075 · 0.575 = 0.043125  -> 2.
// KS: ideal = (0.875, 0.875) (best for each over 1, 2, 5), range 0.575 each:
//   1: min(0.575/0.575, 0.075/0.575) = 0.1304; 2: 0.45/0.575 = 0.7826; 5: 0.1304  -> 2.
// Max welfare: 2 (1.5).
// ZOPA of x (y at status quo m): U_A = 0.75·vA(x) + 0.125, U_B = 0.25·vB(x) + 0.375
//   a: (0.875, 0.375) in; m: (0.5, 0.5) in; b: (0.125, 0.625) out, below A's 0.3. Symmetrically y: [m, b].

const logroll = scenario(
  [
    { id: "a", weights: { x: 3, y: 1 }, reservation: 0.3 },
    { id: "b", weights: { x: 1, y: 3 }, reservation: 0.3 },
  ],
  ["x", "y"].map((id) => ({
    id,
    options: ["a", "m", "b"],
    statusQuo: "m",
    values: { a: { a: 1, m: 0.5, b: 0 }, b: { a: 0, m: 0.5, b: 1 } },
  })),
);

describe("textbook: integrative bargaining over two issues", () => {
  test("the frontier is the five undominated packages, in package order", () => {
    const frontier = value(paretoFrontier(logroll));
    expect(frontier.map((p) => p.index)).toEqual([0, 1, 2, 5, 8]);
    expect(frontier[2]).toEqual({ index: 2, package: { x: "a", y: "b" }, utilities: { a: 0.75, b: 0.75 } });
    expect(frontier[1]?.utilities).toEqual({ a: 0.875, b: 0.375 });
  });

  test("Nash, Kalai–Smorodinsky and maximum welfare all pick the logroll", () => {
    const nash = value(nashPoint(logroll));
    expect(nash.package).toEqual({ x: "a", y: "b" });
    expect(nash.gains).toEqual({ a: 0.45, b: 0.45 });
    expect(nash.product).toBe(0.2025);
    expect(nash.disagreement).toEqual({ a: 0.3, b: 0.3 });
    const ks = value(kalaiSmorodinskyPoint(logroll));
    expect(ks.package).toEqual({ x: "a", y: "b" });
    expect(ks.ideal).toEqual({ a: 0.875, b: 0.875 });
    expect(ks.minRatio).toBeCloseTo(0.45 / 0.575, 10);
    const welfare = value(maxWelfare(logroll));
    expect(welfare).toMatchObject({ index: 2, welfare: 1.5 });
  });

  test("splitting the difference is dominated, and 0.354 away from the frontier", () => {
    // (m, m) = (0.5, 0.5); nearest frontier point (0.75, 0.75): √(0.25² + 0.25²) = 0.35355…
    const o = value(outcomeAnalysis(logroll, { agreed: {}, utilities: { a: 0.5, b: 0.5 } }));
    expect(o.agreed).toEqual({ x: "m", y: "m" });
    expect(o.dominated).toBe(true);
    expect(o.welfare).toBe(1);
    expect(o.distanceToFrontier).toBeCloseTo(Math.SQRT2 * 0.25, 12);
    expect(o.nearestFrontierPackage.index).toBe(2);
    expect(o.distanceToNash).toBeCloseTo(Math.SQRT2 * 0.25, 12);
  });

  test("ZOPA: each issue excludes the pole of the actor who does not care for it", () => {
    const zones = zopa(logroll);
    expect(zones.map((z) => z.zone)).toEqual([
      ["a", "m"],
      ["m", "b"],
    ]);
    expect(zones[0]?.options[2]).toEqual({
      option: "b",
      inZone: false,
      utilities: { a: 0.125, b: 0.625 },
      excludedBy: [{ kind: "reservation", actor: "a", utility: 0.125, reservation: 0.3 }],
    });
    expect(zones.every((z) => z.why === null)).toBe(true);
  });

  test("a subset of actors: alone, A's frontier is its single best package", () => {
    const frontier = value(paretoFrontier(logroll, { actors: ["a"] }));
    expect(frontier).toEqual([{ index: 0, package: { x: "a", y: "a" }, utilities: { a: 1 } }]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Textbook example 2: divide the dollar, in quarters.
//
// One issue: A's share, 100 / 75 / 50 / 25 / 0 per cent, then "none" (no deal, the status quo, worth 0 to
// both). u_A = share, u_B = 1 − share. Every split is on the frontier (u_A + u_B = 1); "none" is dominated.
// (a) d = (0, 0): Nash maximises s(1 − s): 0·1, 0.75·0.25 = 0.1875, 0.5·0.5 = 0.25 -> 50/50.
//     KS: ideal (1, 1); min(s, 1 − s) is largest at s = 0.5 -> 50/50.
//     Max welfare: every split has welfare 1, a tie, broken by package order -> the first, A takes all.
// (b) A has an outside option worth 0.3, d = (0.3, 0): only s ≥ 0.3 remain (s = 1, 0.75, 0.5).
//     Nash: (1 − 0.3)·0 = 0; (0.75 − 0.3)·0.25 = 0.1125; (0.5 − 0.3)·0.5 = 0.1 -> A gets 75.
//     KS: ideal (1, 0.5), ranges (0.7, 0.5): s = 1: min(1, 0) = 0; s = 0.75: min(0.45/0.7 = 0.643, 0.25/0.5 =
//     0.5) = 0.5; s = 0.5: min(0.2/0.7 = 0.286, 1) = 0.286 -> A gets 75. The better outside option pays.
// (c) d = (0.6, 0.6): no split gives both 0.6 (they would need 1.2 of a dollar): no Nash point, no KS point.

function dollar(dA: number, dB: number): Scenario {
  return scenario(
    [
      { id: "a", weights: { split: 1 }, reservation: dA },
      { id: "b", weights: { split: 1 }, reservation: dB },
    ],
    [
      {
        id: "split",
        options: ["a100", "a75", "a50", "a25", "a0", "none"],
        statusQuo: "none",
        values: {
          a: { a100: 1, a75: 0.75, a50: 0.5, a25: 0.25, a0: 0, none: 0 },
          b: { a100: 0, a75: 0.25, a50: 0.5, a25: 0.75, a0: 1, none: 0 },
        },
      },
    ],
  );
}

describe("textbook: divide the dollar", () => {
  test("(a) equal reservations: Nash and KS split evenly; welfare ties go to package order", () => {
    const s = dollar(0, 0);
    expect(value(paretoFrontier(s)).map((p) => p.package.split)).toEqual(["a100", "a75", "a50", "a25", "a0"]);
    expect(value(nashPoint(s))).toMatchObject({ package: { split: "a50" }, product: 0.25 });
    expect(value(kalaiSmorodinskyPoint(s))).toMatchObject({ package: { split: "a50" }, minRatio: 0.5 });
    expect(value(maxWelfare(s))).toMatchObject({ index: 0, package: { split: "a100" }, welfare: 1 });
  });

  test("(b) an outside option for A moves both solutions its way", () => {
    const s = dollar(0.3, 0);
    const nash = value(nashPoint(s));
    expect(nash.package).toEqual({ split: "a75" });
    expect(nash.product).toBeCloseTo(0.1125, 12);
    const ks = value(kalaiSmorodinskyPoint(s));
    expect(ks.package).toEqual({ split: "a75" });
    expect(ks.ideal).toEqual({ a: 1, b: 0.5 });
    expect(ks.minRatio).toBe(0.5);
  });

  test("(c) incompatible reservations: no Nash point, no KS point, and an empty ZOPA that says why", () => {
    const s = dollar(0.6, 0.6);
    const nash = nashPoint(s);
    expect(nash.ok).toBe(false);
    if (!nash.ok) {
      expect(nash.error.code).toBe("no-individually-rational-package");
      if (nash.error.code === "no-individually-rational-package") {
        // Each can reach 0.6 alone (a100, a0), just not together.
        expect(nash.error.actorsBelowReservation).toEqual([]);
        expect(nash.error.message).toContain("not all of them in the same package");
      }
    }
    expect(kalaiSmorodinskyPoint(s).ok).toBe(false);
    const [zone] = zopa(s);
    expect(zone?.zone).toEqual([]);
    expect(zone?.why).toContain("a50 (a's reservation value (0.6 > 0.5); b's reservation value (0.6 > 0.5))");
    expect(zone?.options.map((o) => o.excludedBy.map((x) => x.actor))).toEqual([
      ["b"],
      ["b"],
      ["a", "b"],
      ["a"],
      ["a"],
      ["a", "b"],
    ]);
  });

  test("an actor no package satisfies is named", () => {
    // B wants 0.9 but values no option above 0.75.
    const s: AnalysisScenario = {
      actors: [
        { id: "a", weights: {}, reservation: 0 },
        { id: "b", weights: {}, reservation: 0.9 },
      ],
      issues: [
        {
          id: "split",
          options: [{ id: "a75" }, { id: "a25" }],
          statusQuo: "a75",
          values: { a: { a75: 0.75, a25: 0.25 }, b: { a75: 0.25, a25: 0.75 } },
        },
      ],
    };
    expect(nashPoint(s)).toMatchObject({
      ok: false,
      error: { code: "no-individually-rational-package", actorsBelowReservation: ["b"] },
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Textbook example 3: where Nash and Kalai–Smorodinsky differ (and why: IIA against monotonicity).
//
// One issue, weight 1, so utilities are the option values; d = (0, 0); status quo "sq" = (0, 0).
//   option   u_A  u_B   product  min ratio (ideal (1, 1))
//   pa       1    0     0        0
//   pb       0.8  0.5   0.40     0.5
//   pc       0.6  0.6   0.36     0.6
//   pd       0    1     0        0
// Frontier: pa, pb, pc, pd. Nash = pb (0.40 > 0.36); KS = pc (0.6 > 0.5); max welfare = pb (1.3).
// Drop pd: B's ideal falls to 0.6. Nash still pb (independence of irrelevant alternatives), but KS ratios
// become pb: min(0.8/1, 0.5/0.6) = 0.8, pc: min(0.6/1, 0.6/0.6) = 0.6, so KS moves to pb.

function nashVsKs(options: string[]): Scenario {
  const a: Record<string, number> = { pa: 1, pb: 0.8, pc: 0.6, pd: 0, sq: 0 };
  const b: Record<string, number> = { pa: 0, pb: 0.5, pc: 0.6, pd: 1, sq: 0 };
  const pick = (v: Record<string, number>) => Object.fromEntries(options.map((o) => [o, v[o] ?? 0]));
  return scenario(
    [
      { id: "a", weights: { deal: 1 }, reservation: 0 },
      { id: "b", weights: { deal: 1 }, reservation: 0 },
    ],
    [{ id: "deal", options, statusQuo: "sq", values: { a: pick(a), b: pick(b) } }],
  );
}

describe("textbook: Nash and Kalai–Smorodinsky differ", () => {
  test("Nash maximises the product, KS equalises relative gains", () => {
    const s = nashVsKs(["pa", "pb", "pc", "pd", "sq"]);
    expect(value(paretoFrontier(s)).map((p) => p.package.deal)).toEqual(["pa", "pb", "pc", "pd"]);
    expect(value(nashPoint(s))).toMatchObject({ package: { deal: "pb" }, product: 0.4 });
    const ks = value(kalaiSmorodinskyPoint(s));
    expect(ks).toMatchObject({ package: { deal: "pc" }, ideal: { a: 1, b: 1 }, minRatio: 0.6 });
    expect(ks.ratios).toEqual({ a: 0.6, b: 0.6 });
    expect(value(maxWelfare(s))).toMatchObject({ package: { deal: "pb" }, welfare: 1.3 });
  });

  test("dropping B's best option leaves Nash alone and moves KS", () => {
    const s = nashVsKs(["pa", "pb", "pc", "sq"]);
    expect(value(nashPoint(s)).package).toEqual({ deal: "pb" });
    const ks = value(kalaiSmorodinskyPoint(s));
    expect(ks.package).toEqual({ deal: "pb" });
    expect(ks.ideal).toEqual({ a: 1, b: 0.6 });
    expect(ks.minRatio).toBe(0.8);
  });

  test("outcomes at the solutions are at distance 0; the KS point is 0.224 from Nash", () => {
    const s = nashVsKs(["pa", "pb", "pc", "pd", "sq"]);
    const atKs = value(outcomeAnalysis(s, { agreed: { deal: "pc" }, utilities: { a: 0.6, b: 0.6 } }));
    expect(atKs.distanceToFrontier).toBe(0);
    expect(atKs.dominated).toBe(false);
    // √((0.8 − 0.6)² + (0.5 − 0.6)²) = √0.05
    expect(atKs.distanceToNash).toBeCloseTo(Math.sqrt(0.05), 12);
  });
});

// Tie-breaking. One issue, utilities = option values, d = (0, 0):
//   idx option  u_A  u_B   product  ratios (ideal (0.8, 0.5))  welfare
//   0   low     0.4  0.5   0.2      min(0.5, 1) = 0.5           0.9
//   1   high    0.8  0.25  0.2      min(1, 0.5) = 0.5           1.05
//   2   sq      0    0     0        0                           0
// Nash and KS both tie between 0 and 1; the greater welfare wins, so both pick 1 although 0 comes first.

describe("tie-breaking", () => {
  test("ties go to the greater welfare before package order", () => {
    const s = scenario(
      [
        { id: "a", weights: { deal: 1 }, reservation: 0 },
        { id: "b", weights: { deal: 1 }, reservation: 0 },
      ],
      [
        {
          id: "deal",
          options: ["low", "high", "sq"],
          statusQuo: "sq",
          values: { a: { low: 0.4, high: 0.8, sq: 0 }, b: { low: 0.5, high: 0.25, sq: 0 } },
        },
      ],
    );
    expect(value(paretoFrontier(s)).map((p) => p.index)).toEqual([0, 1]);
    expect(value(nashPoint(s))).toMatchObject({ index: 1, product: 0.2, welfare: 1.05 });
    expect(value(kalaiSmorodinskyPoint(s))).toMatchObject({ index: 1, minRatio: 0.5, welfare: 1.05 });
  });
});

// ---------------------------------------------------------------------------------------------------------
// The shipped test scenario: harbour talks. Weights normalise to north 0.75/0.25, south 0.25/0.75,
// mediator 0.5/0.5; reservations 0.2, 0.2, 0.1. Utilities (north, south, mediator), quota varying slowest:
//   0 (north-most, closed)    0.85   0.075  0.15     dominated by 1
//   1 (north-most, joint)     0.95   0.45   0.65
//   2 (north-most, south-run) 0.75   0.75   0.35
//   3 (even, closed)          0.475  0.2    0.5      dominated by 4
//   4 (even, joint)           0.575  0.575  1
//   5 (even, south-run)       0.375  0.875  0.7
//   6 (south-most, closed)    0.1    0.325  0.15     dominated by 4
//   7 (south-most, joint)     0.2    0.7    0.65     dominated by 5
//   8 (south-most, south-run) 0      1      0.35
// Ignoring red lines, all three: gains on 1 = 0.75·0.25·0.55 = 0.103125, 2 = 0.55·0.55·0.25 = 0.075625,
//   4 = 0.375·0.375·0.9 = 0.1265625, 5 = 0.175·0.675·0.6 = 0.070875 (8 leaves north at 0) -> Nash 4.
// KS: ideal (0.95, 0.875, 1), ranges (0.75, 0.675, 0.9); min ratios 1: 0.370, 2: 0.278, 4: 0.5, 5: 0.233 -> 4.
// Max welfare: 4 (2.15).
// North and south only: 4 is dominated by 2 (0.75, 0.75); frontier 1, 2, 5, 8; Nash 2 (0.55² = 0.3025).
// Respecting north's red line (no south-run; the default): packages 0, 1, 3, 4, 6, 7, renumbered 0 to 5.
//   All three: 0 is dominated by 1, 3 and 6 by 4; frontier 1, 4, 7 (1, 3, 5 renumbered); Nash 4 as before.
//   North and south: the same frontier, (0.95, 0.45), (0.575, 0.575), (0.2, 0.7); Nash 1
//   (0.75·0.25 = 0.1875 > 0.375² = 0.140625 > 0·0.5).
// ZOPA: quota (harbour closed): north-most leaves south at 0.075 < 0.2; south-most leaves north at 0.1 < 0.2
//   -> [even]. Harbour (quota even): closed (0.475, 0.2, 0.5) and joint in; south-run crosses north's red line.

const ignore = { redLines: "ignore" } as const;

describe("harbour talks fixture", () => {
  const harbour = loadHarbour();

  test("ignoring red lines: frontier, Nash, KS and welfare over all three actors", () => {
    expect(value(packageCount(harbour, ignore))).toBe(9);
    expect(value(paretoFrontier(harbour, ignore)).map((p) => p.index)).toEqual([1, 2, 4, 5, 8]);
    const nash = value(nashPoint(harbour, ignore));
    expect(nash.package).toEqual({ quota: "even", harbour: "joint" });
    expect(nash.product).toBe(0.1265625);
    expect(nash.utilities).toEqual({ north: 0.575, south: 0.575, mediator: 1 });
    const ks = value(kalaiSmorodinskyPoint(harbour, ignore));
    expect(ks.index).toBe(4);
    expect(ks.ideal).toEqual({ north: 0.95, south: 0.875, mediator: 1 });
    expect(ks.minRatio).toBe(0.5);
    expect(value(maxWelfare(harbour, ignore))).toMatchObject({ index: 4, welfare: 2.15 });
  });

  test("respecting red lines (the default), packages behind them are left out and renumbered", () => {
    expect(value(packageCount(harbour))).toBe(6);
    const frontier = value(paretoFrontier(harbour));
    expect(frontier.map((p) => p.package)).toEqual([
      { quota: "north-most", harbour: "joint" },
      { quota: "even", harbour: "joint" },
      { quota: "south-most", harbour: "joint" },
    ]);
    expect(frontier.map((p) => p.index)).toEqual([1, 3, 5]);
    expect(value(nashPoint(harbour)).package).toEqual({ quota: "even", harbour: "joint" });
  });

  test("north and south alone, with and without north's red line", () => {
    const pair = { actors: ["north", "south"] };
    expect(value(paretoFrontier(harbour, { ...pair, ...ignore })).map((p) => p.index)).toEqual([1, 2, 5, 8]);
    expect(value(nashPoint(harbour, { ...pair, ...ignore }))).toMatchObject({ index: 2, product: 0.3025 });
    expect(value(packageCount(harbour, pair))).toBe(6);
    expect(value(nashPoint(harbour, pair)).package).toEqual({ quota: "north-most", harbour: "joint" });
  });

  test("mark: the results within red lines, and beside them what lies behind, told apart", () => {
    const pair = { actors: ["north", "south"], redLines: "mark" } as const;
    const a = value(analyze(harbour, pair));
    // Full numbering, as when ignoring; the frontier within red lines is (north-most, joint), (even, joint),
    // (south-most, joint): 1, 4, 7.
    expect(a.frontier.map((p) => [p.index, p.crosses])).toEqual([
      [1, []],
      [4, []],
      [7, []],
    ]);
    expect(a.nash).toMatchObject({ ok: true, value: { index: 1, crosses: [] } });
    const beyond = a.ignoringRedLines;
    expect(beyond?.frontier.map((p) => [p.index, p.crosses])).toEqual([
      [1, []],
      [2, ["north-no-south-harbour"]],
      [5, ["north-no-south-harbour"]],
      [8, ["north-no-south-harbour"]],
    ]);
    expect(beyond?.nash).toMatchObject({
      ok: true,
      value: { index: 2, crosses: ["north-no-south-harbour"] },
    });
    expect(value(analyze(harbour, { actors: ["north", "south"] })).ignoringRedLines).toBeNull();
  });

  test("ZOPA per issue", () => {
    const zones = zopa(harbour);
    expect(zones.map((z) => [z.issue, z.zone])).toEqual([
      ["quota", ["even"]],
      ["harbour", ["closed", "joint"]],
    ]);
    expect(zones[0]?.stakeholders).toEqual(["north", "south", "mediator"]);
    expect(zones[1]?.options[2]?.excludedBy).toEqual([
      { kind: "red-line", actor: "north", redLine: "north-no-south-harbour" },
    ]);
    // Ignoring red lines, south-run is in: north gets 0.375 and the mediator 0.7 with the quota even.
    expect(value(zopaFor(harbour, ignore))[1]?.zone).toEqual(["closed", "joint", "south-run"]);
  });

  test("an outcome: the quota split alone is dominated", () => {
    // (0.475, 0.2, 0.5); squared distances: to 1 0.225625 + 0.0625 + 0.0225 = 0.310625, to 2 0.075625 +
    // 0.3025 + 0.0225 = 0.400625, to 4 0.01 + 0.140625 + 0.25 = 0.400625, so nearest is 1 at √0.310625.
    const o = value(
      outcomeAnalysis(
        harbour,
        { agreed: { quota: "even" }, utilities: { north: 0.475, south: 0.2, mediator: 0.5 } },
        ignore,
      ),
    );
    expect(o.agreed).toEqual({ quota: "even", harbour: "closed" });
    expect(o.crosses).toEqual([]);
    expect(o.packageUtilities).toEqual({ north: 0.475, south: 0.2, mediator: 0.5 });
    expect(o.welfare).toBe(1.175);
    expect(o.dominated).toBe(true);
    expect(o.nearestFrontierPackage.index).toBe(1);
    expect(o.distanceToFrontier).toBeCloseTo(Math.sqrt(0.310625), 12);
    expect(o.distanceToNash).toBeCloseTo(Math.sqrt(0.400625), 12);
    expect(o.distanceToKalaiSmorodinsky).toBeCloseTo(Math.sqrt(0.400625), 12);
    const across = value(
      outcomeAnalysis(harbour, {
        agreed: { harbour: "south-run" },
        utilities: { north: 0.375, south: 0.875, mediator: 0.7 },
      }),
    );
    expect(across.crosses).toEqual(["north-no-south-harbour"]);
  });

  test("analyze bundles it all, as plain JSON", () => {
    const a = value(analyze(harbour, ignore));
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a.packages).toBe(9);
    expect(a.actors).toEqual(["north", "south", "mediator"]);
    expect(a.track).toBeNull();
    expect(a.issues).toEqual(["quota", "harbour"]);
    expect(a.fixed).toEqual({});
    expect(a.redLines).toBe("ignore");
    expect(a.limits).toEqual({ packages: MAX_PACKAGES, frontier: MAX_FRONTIER });
    expect(a.disagreement).toEqual({ north: 0.2, south: 0.2, mediator: 0.1 });
    expect(a.frontier).toEqual(value(paretoFrontier(harbour, ignore)));
    expect(a.nash).toEqual(nashPoint(harbour, ignore));
    expect(a.kalaiSmorodinsky).toEqual(kalaiSmorodinskyPoint(harbour, ignore));
    expect(a.maxWelfare).toEqual(value(maxWelfare(harbour, ignore)));
    expect(a.zopa).toEqual(value(zopaFor(harbour, ignore)));
    expect(a.ignoringRedLines).toBeNull();
    expect(a.record).toBeNull();
  });

  test("analyze reads the historical record", () => {
    const base = {
      seed: 1,
      moves: [],
      sources: ["T1"],
    };
    const agreed = {
      track: "first-round",
      result: "partial-agreement" as const,
      agreed: { harbour: "joint" },
    };
    const computed = value(
      analyze({
        ...harbour,
        history: { ...base, outcome: { overall: "partial-agreement", tracks: [agreed] } },
      }),
    );
    // (quota even, harbour joint) is the Nash point: computed utilities (0.575, 0.575, 1).
    expect(computed.record).toMatchObject({
      utilitySource: "computed",
      agreed: { quota: "even", harbour: "joint" },
      utilities: { north: 0.575, south: 0.575, mediator: 1 },
      distanceToNash: 0,
      distanceToFrontier: 0,
      dominated: false,
    });
    const collapsed = value(analyze({ ...harbour, history: { ...base, outcome: { overall: "collapse" } } }));
    expect(collapsed.record?.utilities).toEqual({ north: 0.2, south: 0.2, mediator: 0.1 });
    const recorded = value(
      analyze({
        ...harbour,
        history: {
          ...base,
          outcome: { overall: "collapse", utilities: { north: 0, south: 0.1, mediator: 0 } },
        },
      }),
    );
    expect(recorded.record).toMatchObject({ utilitySource: "recorded", welfare: 0.1 });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Packages and errors

describe("packages and errors", () => {
  test("allPackages enumerates the cartesian product, first issue slowest", () => {
    const packages = value(allPackages(logroll));
    expect(packages).toHaveLength(9);
    expect(packages.slice(0, 4)).toEqual([
      { x: "a", y: "a" },
      { x: "a", y: "m" },
      { x: "a", y: "b" },
      { x: "m", y: "a" },
    ]);
    const harbour = loadHarbour();
    const respecting = value(allPackages(harbour));
    expect(respecting.every((p) => p.harbour !== "south-run")).toBe(true);
    expect(respecting).toHaveLength(6);
    expect(value(allPackages(harbour, ignore))).toHaveLength(9);
  });

  test("scoredPackages gives every package's utilities, and in mark mode the red lines it crosses", () => {
    const harbour = loadHarbour();
    const all = value(scoredPackages(harbour, { actors: ["north", "south"], redLines: "mark" }));
    expect(all).toHaveLength(9);
    expect(all[2]).toEqual({
      index: 2,
      package: { quota: "north-most", harbour: "south-run" },
      utilities: { north: 0.75, south: 0.75 },
      crosses: ["north-no-south-harbour"],
    });
    expect(all.filter((p) => (p.crosses ?? []).length > 0).map((p) => p.index)).toEqual([2, 5, 8]);
    expect(value(scoredPackages(harbour))[0]).not.toHaveProperty("crosses");
  });

  test("bad actor choices", () => {
    expect(paretoFrontier(logroll, { actors: ["z"] })).toMatchObject({
      ok: false,
      error: { code: "unknown-actor" },
    });
    expect(paretoFrontier(logroll, { actors: ["a", "a"] })).toMatchObject({
      ok: false,
      error: { code: "duplicate-actor", actor: "a" },
    });
    expect(paretoFrontier(logroll, { actors: [] })).toMatchObject({
      ok: false,
      error: { code: "no-actors" },
    });
  });

  test("red lines that forbid every option leave the status quo, which holds without an agreement", () => {
    const blocked: AnalysisScenario = {
      ...logroll,
      redLines: [{ id: "all", actor: "a", issue: "x", forbidden: ["a", "m", "b"] }],
    };
    const packages = value(allPackages(blocked));
    expect(packages.map((p) => p.x)).toEqual(["m", "m", "m"]);
    expect(value(zopaFor(blocked))[0]?.zone).toEqual([]);
    expect(value(paretoFrontier(blocked, ignore))).toEqual(value(paretoFrontier(logroll)));
  });

  test("outcome errors", () => {
    expect(outcomeAnalysis(logroll, { agreed: { z: "a" }, utilities: { a: 0, b: 0 } })).toMatchObject({
      ok: false,
      error: { code: "unknown-issue", issue: "z" },
    });
    expect(outcomeAnalysis(logroll, { agreed: { x: "zz" }, utilities: { a: 0, b: 0 } })).toMatchObject({
      ok: false,
      error: { code: "unknown-option", issue: "x", option: "zz" },
    });
    expect(outcomeAnalysis(logroll, { agreed: {}, utilities: { a: 0 } })).toMatchObject({
      ok: false,
      error: { code: "missing-utility", actor: "b" },
    });
    // A chosen subset needs only its own utilities.
    expect(outcomeAnalysis(logroll, { agreed: {}, utilities: { a: 0 } }, { actors: ["a"] }).ok).toBe(true);
  });

  test("without a Nash point the outcome's distance to it is null", () => {
    const o = value(outcomeAnalysis(dollar(0.6, 0.6), { agreed: {}, utilities: { a: 0.6, b: 0.6 } }));
    expect(o.distanceToNash).toBeNull();
    expect(o.distanceToKalaiSmorodinsky).toBeNull();
    // (0.6, 0.6) is beyond every split; nearest splits (0.5, 0.5) … at √0.02; not dominated.
    expect(o.distanceToFrontier).toBeCloseTo(Math.sqrt(0.02), 12);
    expect(o.dominated).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties over random small scenarios, against brute-force oracles written here.

const grid = fc.integer({ min: 0, max: 10 }).map((n) => n / 10);
const unit = fc.oneof(grid, fc.double({ min: 0, max: 1, noNaN: true }));

const arbScenario: fc.Arbitrary<AnalysisScenario> = fc
  .record({
    actors: fc.integer({ min: 1, max: 4 }),
    options: fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 1, maxLength: 3 }),
  })
  .chain(({ actors, options }) => {
    const actorIds = Array.from({ length: actors }, (_, a) => `a${a}`);
    const issueIds = options.map((_, i) => `i${i}`);
    const actorArb = (id: string) =>
      fc.record({
        id: fc.constant(id),
        weights: fc
          .tuple(...issueIds.map(() => fc.integer({ min: 0, max: 3 })))
          .map((ws) => Object.fromEntries(issueIds.map((issue, i) => [issue, ws[i] ?? 0]))),
        reservation: fc.integer({ min: 0, max: 6 }).map((n) => n / 10),
      });
    const issueArb = (id: string, n: number) => {
      const optionIds = Array.from({ length: n }, (_, o) => `o${o}`);
      return fc.record({
        id: fc.constant(id),
        options: fc.constant(optionIds.map((o) => ({ id: o }))),
        statusQuo: fc.constantFrom(...optionIds),
        values: fc
          .tuple(...actorIds.map(() => fc.tuple(...optionIds.map(() => unit))))
          .map((rows) =>
            Object.fromEntries(
              actorIds.map((a, r) => [
                a,
                Object.fromEntries(optionIds.map((o, c) => [o, rows[r]?.[c] ?? 0])),
              ]),
            ),
          ),
      });
    };
    const redLineArb = fc
      .record({
        actor: fc.constantFrom(...actorIds),
        issue: fc.integer({ min: 0, max: options.length - 1 }),
        option: fc.nat(),
      })
      .map(({ actor, issue, option }) => ({
        actor,
        issue: `i${issue}`,
        forbidden: [`o${option % (options[issue] ?? 2)}`],
      }));
    return fc.record({
      actors: fc.tuple(...actorIds.map(actorArb)),
      issues: fc.tuple(...options.map((n, i) => issueArb(issueIds[i] ?? "", n))),
      redLines: fc
        .array(redLineArb, { maxLength: 3 })
        .map((lines) => lines.map((line, r) => ({ id: `r${r}`, ...line }))),
    });
  });

const arbMode = fc.constantFrom(...RED_LINE_MODES);

/** The cartesian product of the options, first issue slowest, written out naively. */
function product(s: AnalysisScenario): Package[] {
  return s.issues.reduce<Package[]>(
    (packages, issue) => packages.flatMap((p) => issue.options.map((o) => ({ ...p, [issue.id]: o.id }))),
    [{}],
  );
}

/** The red lines a package crosses: a forbidden option that is not the issue's status quo. */
function crossings(s: AnalysisScenario, pkg: Package): string[] {
  return (s.redLines ?? [])
    .filter((r) => {
      const issue = s.issues.find((i) => i.id === r.issue);
      const option = pkg[r.issue] ?? "";
      return option !== issue?.statusQuo && r.forbidden.includes(option);
    })
    .map((r) => r.id);
}

/**
 * Brute force: the packages the mode makes available, numbered as the mode numbers them (respect: among
 * themselves; ignore and mark: among all), with every actor's utility computed with packageUtility.
 */
function bruteForce(
  s: AnalysisScenario,
  mode: RedLineMode = "respect",
  actors: readonly string[] = s.actors.map((a) => a.id),
) {
  const all = product(s).map((pkg, index) => ({
    index,
    pkg,
    crosses: crossings(s, pkg),
    u: actors.map((a) => roundUtility(packageUtility(s, a, pkg))),
  }));
  if (mode === "ignore") return all;
  const within = all.filter((p) => p.crosses.length === 0);
  return mode === "mark" ? within : within.map((p, index) => ({ ...p, index }));
}

function naiveDominates(x: readonly number[], y: readonly number[]): boolean {
  return x.every((v, i) => v >= (y[i] ?? 0)) && x.some((v, i) => v > (y[i] ?? 0));
}

function reservations(s: AnalysisScenario, actors: readonly string[]): number[] {
  return actors.map((id) => roundUtility(s.actors.find((a) => a.id === id)?.reservation ?? 0));
}

const utilityVector = (actors: readonly string[], u: Readonly<Record<string, number>>) =>
  actors.map((a) => u[a] ?? Number.NaN);

describe("properties", () => {
  test.prop([arbScenario, arbMode])("the frontier is exactly the undominated packages", (s, mode) => {
    const actors = s.actors.map((a) => a.id);
    const all = bruteForce(s, mode);
    const frontier = value(paretoFrontier(s, { redLines: mode }));
    const expected = all.filter((p) => !all.some((q) => naiveDominates(q.u, p.u))).map((p) => p.index);
    expect(frontier.map((p) => p.index)).toEqual(expected);
    for (const p of frontier) {
      const oracle = all.find((q) => q.index === p.index);
      expect(p.package).toEqual(oracle?.pkg);
      expect(utilityVector(actors, p.utilities)).toEqual(oracle?.u);
      expect(all.some((q) => dominates(q.u, utilityVector(actors, p.utilities)))).toBe(false);
      if (mode === "mark") expect(p.crosses).toEqual([]);
      else expect(p).not.toHaveProperty("crosses");
    }
  });

  test.prop([arbScenario, fc.nat()])("the frontier of a subset of actors is that subset's", (s, pick) => {
    const actors = s.actors.map((a) => a.id).filter((_, i) => ((pick >> i) & 1) === 1);
    fc.pre(actors.length > 0);
    const all = bruteForce(s, "respect", actors);
    const frontier = value(paretoFrontier(s, { actors }));
    const expected = all.filter((p) => !all.some((q) => naiveDominates(q.u, p.u))).map((p) => p.index);
    expect(frontier.map((p) => p.index)).toEqual(expected);
  });

  test.prop([arbScenario, arbMode])("Nash, KS and max welfare are on the frontier and optimal", (s, mode) => {
    const options = { redLines: mode };
    const actors = s.actors.map((a) => a.id);
    const d = reservations(s, actors);
    const all = bruteForce(s, mode);
    const onFrontier = new Set(value(paretoFrontier(s, options)).map((p) => p.index));
    const rational = all.filter((p) => p.u.every((u, a) => u >= (d[a] ?? 0)));
    const product = (u: readonly number[]) =>
      roundUtility(u.reduce((x, v, a) => x * roundUtility(v - (d[a] ?? 0)), 1));
    const welfare = (u: readonly number[]) => roundUtility(u.reduce((x, v) => x + v, 0));

    const nash = nashPoint(s, options);
    const ks = kalaiSmorodinskyPoint(s, options);
    expect(nash.ok).toBe(rational.length > 0);
    expect(ks.ok).toBe(rational.length > 0);
    if (nash.ok && ks.ok) {
      expect(onFrontier.has(nash.value.index)).toBe(true);
      expect(onFrontier.has(ks.value.index)).toBe(true);
      for (const p of rational) expect(nash.value.product).toBeGreaterThanOrEqual(product(p.u));
      const ideal = actors.map((_, a) => Math.max(...rational.map((p) => p.u[a] ?? 0)));
      const minRatio = (u: readonly number[]) =>
        Math.min(
          ...u.map((v, a) => {
            const range = (ideal[a] ?? 0) - (d[a] ?? 0);
            return range > 0 ? roundUtility(roundUtility(v - (d[a] ?? 0)) / range) : 1;
          }),
        );
      for (const p of rational) expect(ks.value.minRatio).toBeGreaterThanOrEqual(minRatio(p.u));
      expect(Object.values(nash.value.gains).every((g) => g >= 0)).toBe(true);
      expect(Object.values(ks.value.gains).every((g) => g >= 0)).toBe(true);
      if (mode !== "ignore") {
        expect(crossings(s, nash.value.package)).toEqual([]);
        expect(crossings(s, ks.value.package)).toEqual([]);
      }
    }
    const best = value(maxWelfare(s, options));
    expect(onFrontier.has(best.index)).toBe(true);
    for (const p of all) expect(best.welfare).toBeGreaterThanOrEqual(welfare(p.u));
    // Ties go to the lowest index.
    expect(best.index).toBe(all.find((p) => welfare(p.u) === best.welfare)?.index);
  });

  test.prop([arbScenario, fc.nat()])(
    "an outcome at a frontier package or the Nash point is at distance 0",
    (s, k) => {
      const frontier = value(paretoFrontier(s));
      const at = (pkg: Package) => ({
        agreed: pkg,
        utilities: Object.fromEntries(s.actors.map((a) => [a.id, packageUtility(s, a.id, pkg)])),
      });
      const f = frontier[k % frontier.length];
      if (f === undefined) throw new Error("empty frontier");
      const o = value(outcomeAnalysis(s, at(f.package)));
      expect(o.distanceToFrontier).toBe(0);
      expect(o.dominated).toBe(false);
      expect(o.utilities).toEqual(f.utilities);
      expect(o.crosses).toEqual([]);
      const nash = nashPoint(s);
      if (nash.ok) expect(value(outcomeAnalysis(s, at(nash.value.package))).distanceToNash).toBe(0);
      else expect(o.distanceToNash).toBeNull();
    },
  );

  test.prop([arbScenario, fc.nat()])("a dominated outcome is at a positive distance", (s, k) => {
    const all = bruteForce(s, "ignore");
    const p = all[k % all.length];
    if (p === undefined) throw new Error("no packages");
    const dominated = all.some((q) => naiveDominates(q.u, p.u));
    const o = value(
      outcomeAnalysis(
        s,
        {
          agreed: p.pkg,
          utilities: Object.fromEntries(s.actors.map((a, i) => [a.id, p.u[i] ?? 0])),
        },
        ignore,
      ),
    );
    expect(o.dominated).toBe(dominated);
    expect(o.distanceToFrontier > 0).toBe(dominated);
    expect(o.crosses).toEqual(p.crosses);
  });

  test.prop([arbScenario, arbMode])("ZOPA agrees with its definition", (s, mode) => {
    const zones = value(zopaFor(s, { redLines: mode }));
    s.issues.forEach((issue, i) => {
      const zone = zones[i];
      const stake = s.actors.filter((a) => {
        const total = s.issues.reduce((sum, x) => sum + (a.weights[x.id] ?? 0), 0);
        return total === 0 || (a.weights[issue.id] ?? 0) > 0;
      });
      expect(zone?.stakeholders).toEqual(stake.map((a) => a.id));
      const lines = mode === "ignore" ? [] : (s.redLines ?? []);
      const expected = issue.options
        .map((o) => o.id)
        .filter(
          (o) =>
            !lines.some((r) => r.issue === issue.id && r.forbidden.includes(o)) &&
            stake.every(
              (a) => roundUtility(packageUtility(s, a.id, { [issue.id]: o })) >= roundUtility(a.reservation),
            ),
        );
      expect(zone?.zone).toEqual(expected);
      expect(zone?.why === null).toBe(expected.length > 0);
      for (const o of zone?.options ?? []) expect(o.inZone).toBe(o.excludedBy.length === 0);
    });
    if (mode === "respect") expect(zopa(s)).toEqual(zones);
  });

  test.prop([arbScenario, arbMode])(
    "analyze agrees with the separate functions and is plain JSON",
    (s, mode) => {
      const options = { redLines: mode };
      const v = value(analyze(s, options));
      expect(JSON.parse(JSON.stringify(v))).toEqual(v);
      expect(v.frontier).toEqual(value(paretoFrontier(s, options)));
      expect(v.nash).toEqual(nashPoint(s, options));
      expect(v.kalaiSmorodinsky).toEqual(kalaiSmorodinskyPoint(s, options));
      expect(v.maxWelfare).toEqual(value(maxWelfare(s, options)));
      expect(v.packages).toBe(value(packageCount(s, options)));
      expect(v.redLines).toBe(mode);
      if (mode !== "mark") {
        expect(v.ignoringRedLines).toBeNull();
        return;
      }
      // Behind the red lines: the frontier when they are ignored, each package naming those it crosses.
      const beyond = v.ignoringRedLines;
      const ignoring = value(paretoFrontier(s, ignore));
      expect(beyond?.frontier.map(({ crosses, ...p }) => p)).toEqual(ignoring);
      for (const p of beyond?.frontier ?? []) expect(p.crosses).toEqual(crossings(s, p.package));
      const nash = nashPoint(s, ignore);
      expect(beyond?.nash.ok).toBe(nash.ok);
      if (beyond?.nash.ok && nash.ok) expect(beyond.nash.value.index).toBe(nash.value.index);
    },
  );
});
