import {
  type BatchReport,
  type BotName,
  createBot,
  DEFAULT_WALK_OUT_MARGIN,
  type OverallResult,
  outcome,
  packageUtility,
  playGame,
  runBatch,
  type Scenario,
} from "@parley/engine";
import { beforeAll, describe, expect, it } from "vitest";
import { loadScenario } from "./support/scenarios.js";

/**
 * Calibration of the four January 2022 scenarios (docs/scenarios-2022.md, "Calibration"):
 *
 * - with every actor on its default persona, the historical outcome (no breakthrough) is the most frequent
 *   outcome over 1,000 seeds;
 * - the other outcomes can still happen: an agreement on risk reduction and a collapse, each shown by one
 *   concrete game.
 *
 * The default personas are deterministic and the only randomness is a few injects with a 1-2% chance, so all
 * 1,000 default games end without a breakthrough: the other outcomes come from games in which one seat is
 * played by another bot. Risk reduction is on the agenda in Brussels only, so it can be agreed in the NRC and
 * in the security week but not in the Geneva or the Vienna scenario (the record gives no ground for an agenda
 * item on it there), which the tests state as such.
 *
 * Measured (one core, 1,000 games per scenario with runBatch, which plays on the rules' lean path): Geneva
 * about 0.7 s, the NRC 0.5 s, the OSCE council 0.3 s, the security week 0.7 s. Every scenario, the week
 * included, runs the full 1,000 seeds. That a searching ally gains where no persona does is
 * tests/bots-mcts.test.ts's.
 */

const SEEDS = Array.from({ length: 1000 }, (_, i) => i + 1);

/** One game with one seat played by another bot (the others on their personas). */
interface Example {
  readonly seat: string;
  readonly bot: BotName;
  readonly seed: number;
  /** Search iterations, for `mcts`. */
  readonly iterations?: number;
}

interface Case {
  readonly name: string;
  readonly file: string;
  /** A game that agrees on risk reduction, or why no game can. */
  readonly riskReduction: Example | { readonly unreachable: string };
  /** A game that collapses. */
  readonly collapse: Example;
}

const CASES: readonly Case[] = [
  {
    name: "geneva",
    file: "scenarios/2022-01-10-geneva-strategic-stability.json",
    riskReduction: { unreachable: "risk reduction is not on the Geneva agenda" },
    collapse: { seat: "russia", bot: "random", seed: 1 },
  },
  {
    name: "nrc",
    file: "scenarios/2022-01-12-nato-russia-council.json",
    riskReduction: { seat: "russia", bot: "conceder", seed: 1 },
    collapse: { seat: "russia", bot: "mcts", seed: 1, iterations: 20 },
  },
  {
    name: "osce",
    file: "scenarios/2022-01-13-osce-permanent-council.json",
    riskReduction: { unreachable: "risk reduction is not on the Vienna agenda" },
    collapse: { seat: "russia", bot: "mcts", seed: 1, iterations: 20 },
  },
  {
    name: "week",
    file: "scenarios/2022-01-security-week.json",
    riskReduction: { seat: "russia", bot: "conceder", seed: 1 },
    collapse: { seat: "russia", bot: "random", seed: 1 },
  },
];

function play(scenario: Scenario, example: Example) {
  const bot =
    example.bot === "mcts"
      ? createBot("mcts", { seed: example.seed, iterations: example.iterations ?? 20 })
      : createBot(example.bot, { seed: example.seed });
  const played = playGame(scenario, example.seed, { [example.seat]: bot });
  if (!played.ok) throw new Error(played.error.message);
  return outcome(played.value);
}

describe.each(CASES)("$name", ({ file, riskReduction, collapse }) => {
  const scenario = loadScenario(file);
  const recorded = scenario.history?.outcome.overall;
  let report: BatchReport | undefined;
  beforeAll(() => {
    const batch = runBatch(scenario, { seeds: SEEDS });
    if (!batch.ok) throw new Error(batch.error.message);
    report = batch.value;
  });

  it("records no breakthrough as the historical outcome", () => {
    expect(recorded).toBe("no-breakthrough");
  });

  it("makes the historical outcome the most frequent over 1,000 default games", () => {
    const results = report?.results;
    if (results === undefined || recorded === undefined) throw new Error("no batch");
    expect(report?.games).toHaveLength(SEEDS.length);
    for (const [other, count] of Object.entries(results) as [OverallResult, number][]) {
      if (other !== recorded) expect(results[recorded], other).toBeGreaterThan(count);
    }
  });

  it("does not let the personas' walk-out rule make collapse frequent: Russia's gap is inside the margin", () => {
    // Russia's reservation (0.2, the "military-technical" answer of 17 February [B38]) is above what the status
    // quo gives it (0.155), so a utility-maximising Russia walks out; the personas walk out only when the gap
    // exceeds their margin (0.05), which it does not.
    const russia = scenario.actors.find((a) => a.id === "russia");
    const statusQuo = packageUtility(scenario, "russia", {});
    expect(russia?.reservation).toBe(0.2);
    expect(statusQuo).toBeCloseTo(0.155, 12);
    expect((russia?.reservation ?? 0) - statusQuo).toBeGreaterThan(0);
    expect((russia?.reservation ?? 0) - statusQuo).toBeLessThan(DEFAULT_WALK_OUT_MARGIN);
    expect(report?.results.collapse).toBe(0);
  });

  if ("unreachable" in riskReduction) {
    it(`cannot agree on risk reduction: ${riskReduction.unreachable}`, () => {
      const agendas = scenario.tracks.flatMap((t) => t.agenda.map((item) => item.issue));
      expect(agendas).not.toContain("risk-reduction");
      expect(report?.games.some((g) => g.outcome.agreed["risk-reduction"] !== undefined)).toBe(false);
    });
  } else {
    it(`can agree on risk reduction: ${riskReduction.bot} as ${riskReduction.seat}, seed ${riskReduction.seed}`, () => {
      const got = play(scenario, riskReduction);
      expect(got.agreed["risk-reduction"]).toBeDefined();
      expect(got.overall).not.toBe("collapse");
    });
  }

  it(`can collapse: ${collapse.bot} as ${collapse.seat}, seed ${collapse.seed}`, () => {
    const got = play(scenario, collapse);
    expect(got.overall).toBe("collapse");
  });
});
