import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import {
  botNames,
  checkVaryPath,
  createBot,
  gameClass,
  MAX_SIMULATION_GAMES,
  mergeSummaries,
  outcome,
  playGame,
  type SimulatedGame,
  type SimulationSummary,
  simulate,
  simulateSummary,
  simulationReport,
  sweep,
  sweepValues,
  type ValidScenario,
  varyScenario,
  wilsonInterval,
} from "@parley/engine";
import { describe, expect, it } from "vitest";
import { mediated, must, nrc, scenarioOf } from "./support/bots.js";
import { repoPath } from "./support/scenarios.js";

// The library under `parley simulate` and `parley sweep`: games folded into summaries that merge exactly,
// reports that reproduce, and one scenario value varied by its path.

const seeds = (count: number, start = 0) => ({ base: "test", count, start });

function summaryOf(scenario: ValidScenario, count: number, start = 0): SimulationSummary {
  return must(simulateSummary(scenario, { seeds: seeds(count, start) }));
}

function reportText(scenario: ValidScenario, summary: SimulationSummary): string {
  return JSON.stringify(simulationReport(scenario, summary, botNames(scenario)));
}

describe("simulate", () => {
  it("plays game k with seed BASE:k, as playGame would, and counts its class", () => {
    const games: SimulatedGame[] = [];
    const report = must(simulate(mediated, { seeds: seeds(6, 10), onGame: (g) => games.push(g) }));
    expect(games.map((g) => g.index)).toEqual([10, 11, 12, 13, 14, 15]);
    for (const game of games) {
      expect(game.seed).toBe(`test:${game.index}`);
      const played = must(playGame(mediated, game.seed));
      expect(game.outcome).toEqual(outcome(played));
      expect(game.class).toBe(gameClass(outcome(played)));
      expect(game.moves).toBe(played.moveCount);
    }
    expect(report.games).toBe(6);
    expect(report.seeds).toEqual({ base: "test", start: 10, count: 6 });
    const counted = report.classes.reduce((n, c) => n + c.count, 0);
    expect(counted).toBe(6);
    for (const c of report.classes) expect(c.count).toBe(games.filter((g) => g.class === c.class).length);
  });

  it("names what reproduces it: the rules version, the scenario's hash, the bots and the seeds", () => {
    const russia = must(createBot("boulware", { seed: "russia" }));
    const report = must(simulate(nrc, { seeds: seeds(3), bots: { russia } }));
    expect(report.rulesVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(report.scenario.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(report.bots).toEqual({
      nato: "linear",
      "united-states": "tit-for-tat",
      russia: "boulware",
      ukraine: "hardliner",
    });
    expect(must(simulate(nrc, { seeds: seeds(3), bots: { russia } }))).toEqual(report);
  });

  it("counts the record's class: the NRC's no breakthrough with no follow-up", () => {
    const report = must(simulate(nrc, { seeds: seeds(4) }));
    expect(report.record?.class).toBe("no-breakthrough|no-follow-up");
    const seen = report.classes.find((c) => c.class === report.record?.class)?.count ?? 0;
    expect(report.record?.count).toBe(seen);
    expect(must(simulate(mediated, { seeds: seeds(1) })).record).toBeNull();
  });

  it("gives every meeting a class in every game, `not-held` when the game ended before it", () => {
    const report = must(simulate(mediated, { seeds: seeds(12) }));
    for (const meeting of report.meetings) expect(meeting.classes.reduce((n, c) => n + c.count, 0)).toBe(12);
    const agreed = report.agreements.reduce((n, a) => n + a.count, 0);
    expect(agreed).toBe(
      report.agreements.reduce((n, a) => n + Object.values(a.options).reduce((x, y) => x + y, 0), 0),
    );
  });

  it.each([
    [{ base: "x", count: MAX_SIMULATION_GAMES + 1 }, /whole number from 0 to 10,000,000/],
    [{ base: "x", count: 1.5 }, /whole number/],
    [{ base: "x".repeat(201), count: 1 }, /at most 200 characters/],
    [{ base: "x", count: 1, start: -1 }, /first game's number/],
  ])("refuses seeds %j with a message", (bad, message) => {
    const result = simulate(mediated, { seeds: bad });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });
});

describe("summaries merge into exactly the summary of all their games", () => {
  // Single-game summaries, computed once: the properties below regroup them.
  const singles = Array.from({ length: 24 }, (_, k) => summaryOf(mediated, 1, k));
  const whole = reportText(mediated, summaryOf(mediated, 24));

  function fold(parts: readonly SimulationSummary[]): SimulationSummary {
    return parts.slice(1).reduce((a, b) => must(mergeSummaries(a, b)), parts[0] as SimulationSummary);
  }

  test.prop([fc.uniqueArray(fc.integer({ min: 1, max: 23 }), { maxLength: 10 })])(
    "whatever the cuts between chunks",
    (cuts) => {
      const bounds = [0, ...[...cuts].sort((a, b) => a - b), 24];
      const chunks = bounds.slice(1).map((end, i) => fold(singles.slice(bounds[i], end)));
      expect(reportText(mediated, fold(chunks))).toBe(whole);
    },
  );

  it("whatever the grouping: (a b) c is a (b c)", () => {
    const [a, b, c] = [fold(singles.slice(0, 7)), fold(singles.slice(7, 15)), fold(singles.slice(15))];
    const left = must(mergeSummaries(must(mergeSummaries(a, b)), c));
    const right = must(mergeSummaries(a, must(mergeSummaries(b, c))));
    expect(reportText(mediated, left)).toBe(whole);
    expect(reportText(mediated, right)).toBe(whole);
  });

  it("refuses games that do not follow on, and another scenario's", () => {
    const gap = mergeSummaries(summaryOf(mediated, 2), summaryOf(mediated, 2, 3));
    expect(gap.ok ? null : gap.error.code).toBe("seeds-not-adjacent");
    const other = mergeSummaries(summaryOf(mediated, 1), summaryOf(nrc, 1, 1));
    expect(other.ok ? null : other.error.code).toBe("different-scenario");
  });

  it("keeps a summary's size bounded: 24 games take no more room than 1 beyond the distinct-games sketch", () => {
    const size = (s: SimulationSummary) =>
      JSON.stringify({
        ...s,
        distinct: [],
        classes: [...s.classes],
        meetings: s.meetings.map((m) => [...m.classes, ...m.minutes]),
      }).length;
    // Counts grow in digits, not entries; the classes and minutes seen are bounded by the rules.
    expect(size(fold(singles))).toBeLessThan(size(singles[0] as SimulationSummary) * 3);
  });
});

describe("an interval on a case with a known answer", () => {
  // The mediated talks with one more event: at minute 1, with probability 0.3, tension jumps to its limit and
  // the talks collapse. Whatever the bots do, the share of games that collapse on tension is then 0.3.
  const raw = JSON.parse(readFileSync(repoPath("tests/fixtures/mediated-talks.json"), "utf8")) as {
    injects: unknown[];
  };
  raw.injects.push({
    id: "shock",
    track: "first-session",
    text: "A shock.",
    trigger: { kind: "scheduled", atMinute: 1, probability: 0.3 },
    effect: { tension: 100 },
    sources: ["M4"],
  });
  const shocked = scenarioOf(raw);

  it("the Wilson interval of the collapse share holds 0.3, and each of 12 chunks' intervals mostly does", () => {
    const chunk = 50;
    const parts = Array.from({ length: 12 }, (_, i) => summaryOf(shocked, chunk, i * chunk));
    const covered = parts.filter((part) => {
      const n = part.classes.get("collapse:tension|no-follow-up") ?? 0;
      const { low, high } = wilsonInterval(n, chunk);
      return low <= 0.3 && 0.3 <= high;
    }).length;
    // 95 % coverage: 12 of 12 expected, 10 or fewer has a chance under 2 %.
    expect(covered).toBeGreaterThanOrEqual(11);
    const all = parts.slice(1).reduce((a, b) => must(mergeSummaries(a, b)), parts[0] as SimulationSummary);
    const report = simulationReport(shocked, all, botNames(shocked));
    const collapse = report.classes.find((c) => c.class === "collapse:tension|no-follow-up");
    expect(collapse?.interval).toEqual(wilsonInterval(collapse?.count ?? 0, 600));
    expect(collapse?.interval.low).toBeLessThanOrEqual(0.3);
    expect(collapse?.interval.high).toBeGreaterThanOrEqual(0.3);
    expect((collapse?.interval.high ?? 1) - (collapse?.interval.low ?? 0)).toBeLessThan(0.08);
  });
});

/** Where Russia sits in the NRC's actors, and the reservation the scenario gives it. */
const RUSSIA = nrc.actors.findIndex((a) => a.id === "russia");
const RESERVATION = nrc.actors[RUSSIA]?.reservation ?? Number.NaN;

describe("varying one value of a scenario", () => {
  it("finds a value by ids, indexes or brackets, and says where it is", () => {
    const at = `actors[${RUSSIA}].reservation`;
    expect(must(checkVaryPath(nrc, "actors.russia.reservation"))).toEqual({ path: at, value: RESERVATION });
    expect(must(checkVaryPath(nrc, at)).path).toBe(at);
    expect(must(checkVaryPath(nrc, `actors.${RUSSIA}.reservation`)).path).toBe(at);
    expect(must(checkVaryPath(nrc, "world.tension")).path).toBe("world.tension");
  });

  it("sets the value in a checked copy without the historical record, leaving the scenario as it was", () => {
    const changed = must(varyScenario(nrc, "actors.russia.reservation", 0.35));
    expect(changed.actors[RUSSIA]?.reservation).toBe(0.35);
    expect(changed.history).toBeUndefined();
    expect(nrc.actors[RUSSIA]?.reservation).toBe(RESERVATION);
  });

  it("varies trust between two actors, listed or not (an unlisted pair starts at the default trust)", () => {
    const listed = must(varyScenario(mediated, "world.trust.union.employer.value", 60));
    expect(listed.world.trust.find((t) => t.from === "union" && t.to === "employer")?.value).toBe(60);
    expect(must(checkVaryPath(mediated, "world.trust.employer.union.value")).value).toBe(
      mediated.world.defaultTrust,
    );
    const added = must(varyScenario(mediated, "world.trust.employer.union.value", 70));
    expect(added.world.trust.find((t) => t.from === "employer" && t.to === "union")?.value).toBe(70);
  });

  it("keeps a hidden type's probabilities summing to 1: the other types share the rest", () => {
    const changed = must(varyScenario(mediated, "actors.union.types.militant.probability", 0.8));
    const types = changed.actors.find((a) => a.id === "union")?.types ?? [];
    expect(types.map((t) => t.probability)).toEqual([0.8, expect.closeTo(0.2, 12)]);
  });

  it.each([
    ["actors.rusia.reservation", /has no 'rusia'; did you mean "russia"\?/],
    ["actors.russia.reservaton", /has no 'reservaton'; did you mean "reservation"\?/],
    ["actors.russia.name", /is text, not a number/],
    ["actors.russia", /is an object, not a number/],
    ["actors..reservation", /empty step/],
    ["", /is empty/],
    ["world.trust.russia.atlantis.value", /no actor 'atlantis'/],
    // The NRC writes no rules at all: every rule is left to its default.
    ["rules.hardenAt", /has no 'rules'.*leaves to its default cannot be varied/],
    [
      "actors.9.reservation",
      new RegExp(
        `has no '9'; name an index from 0 to ${nrc.actors.length - 1} or one of ${nrc.actors.map((a) => a.id).join(", ")}`,
      ),
    ],
  ])("refuses the path %j with a message", (path, message) => {
    const result = checkVaryPath(nrc, path);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("bad-path");
      expect(result.error.message).toMatch(message);
    }
  });

  it("refuses a value the scenario cannot take, with the problem's path", () => {
    const result = varyScenario(nrc, "actors.russia.reservation", 1.5);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("bad-value");
      expect(result.error.message).toMatch(
        new RegExp(
          `With actors\\[${RUSSIA}\\]\\.reservation = 1\\.5 the scenario is not valid: actors\\[${RUSSIA}\\]\\.reservation`,
        ),
      );
    }
  });
});

describe("sweep", () => {
  it("spaces the values evenly from one end to the other, rounded to 12 digits", () => {
    expect(must(sweepValues({ from: 0, to: 0.5, steps: 6 }))).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(must(sweepValues({ from: 60, to: 20, steps: 3 }))).toEqual([60, 40, 20]);
    expect(must(sweepValues({ from: 0.2, to: 0.2, steps: 1 }))).toEqual([0.2]);
    expect(sweepValues({ from: 0, to: 1, steps: 1 }).ok).toBe(false);
    expect(sweepValues({ from: 0, to: 1, steps: 102 }).ok).toBe(false);
  });

  it("simulates each value with the same seeds; at the scenario's own value it finds what simulate finds", () => {
    // Every one of Russia's hidden types has a reservation of its own: the coercive bargainer's is varied.
    const type = nrc.actors[RUSSIA]?.types.findIndex((t) => t.id === "coercive-bargainer") ?? -1;
    const own = nrc.actors[RUSSIA]?.types[type]?.reservation ?? Number.NaN;
    const report = must(
      sweep(nrc, {
        vary: { path: "actors.russia.types.coercive-bargainer.reservation", from: own, to: 0.5, steps: 2 },
        seeds: { base: "s", count: 8 },
      }),
    );
    expect(report.path).toBe(`actors[${RUSSIA}].types[${type}].reservation`);
    expect(report.baseline).toBe(own);
    expect(report.record).toBe("no-breakthrough|no-follow-up");
    expect(report.points.map((p) => p.value)).toEqual([own, 0.5]);
    const plain = must(simulate(nrc, { seeds: { base: "s", count: 8 } }));
    const at = report.points[0]?.report;
    expect(at?.classes).toEqual(plain.classes);
    expect(at?.record).toEqual(plain.record);
    expect(at?.scenario.hash).not.toBe(plain.scenario.hash);
    // A coercive bargainer that values walking away at 0.5 walks out: more walk-outs than at its own value.
    const walkOuts = (k: number) =>
      report.points[k]?.report.classes.find((c) => c.class === "collapse:walk-out|no-follow-up")?.count ?? 0;
    expect(walkOuts(1)).toBeGreaterThan(walkOuts(0));
  });

  it("refuses a path that names no number and a range the scenario cannot take, before playing", () => {
    const path = sweep(nrc, {
      vary: { path: "actors.russia.title", from: 0, to: 1, steps: 2 },
      seeds: seeds(1),
    });
    expect(path.ok ? null : path.error.code).toBe("bad-path");
    const range = sweep(nrc, {
      vary: { path: "world.tension", from: 50, to: 150, steps: 3 },
      seeds: seeds(1),
    });
    expect(range.ok ? null : range.error.code).toBe("bad-value");
    const many = sweep(nrc, {
      vary: { path: "world.tension", from: 0, to: 50, steps: 11 },
      seeds: { base: "x", count: MAX_SIMULATION_GAMES },
    });
    expect(many.ok ? null : many.error.message).toMatch(/at most 10,000,000 games/);
  });
});
