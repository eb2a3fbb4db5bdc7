import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { outcome, replay, type ValidScenario } from "@parley/engine";
import {
  arbLegalPlay,
  checkHistory,
  checkScenario,
  formatCheck,
  invariants,
  parseScenarioOrThrow,
  type ScenarioFailure,
  throughout,
} from "@parley/engine/testing";
import { describe, expect, it } from "vitest";
import { repoPath, runs } from "./support/scenarios.js";

/**
 * tests/fixtures/broken-rules/harbour-lease.json is a valid scenario with an author's mistake in it:
 * Southland's red line "south-keeps-harbour" is meant to keep the harbour out of Northland's hands, but it
 * forbids only 'north-run' and forgets 'north-lease' (a 99-year lease), which Southland values at 0.7.
 * The engine is right; the scenario does not say what its author meant. The kit must find that, and
 * shrink it to the shortest story: both delegations open, Southland concedes once (its position falls to
 * the lease), Northland proposes the lease, Southland accepts.
 */
const FILE = "tests/fixtures/broken-rules/harbour-lease.json";
const raw: unknown = JSON.parse(readFileSync(repoPath(FILE), "utf8"));
const broken = parseScenarioOrThrow(raw, FILE);

/** The failures a check found (none when the check could not run: its error is a failing test elsewhere). */
function failures(checked: ReturnType<typeof checkScenario>): ScenarioFailure[] {
  expect(checked.ok).toBe(true);
  return checked.ok ? checked.value : [];
}

/** The same scenario with the red line as its author meant it. */
function fixed(): ValidScenario {
  const copy = structuredClone(raw) as { redLines: { id: string; forbidden: string[] }[] };
  const line = copy.redLines.find((r) => r.id === "south-keeps-harbour");
  if (line === undefined) throw new Error(`${FILE} has no red line 'south-keeps-harbour'`);
  line.forbidden = ["north-lease", "north-run"];
  return parseScenarioOrThrow(copy, `${FILE}, fixed`);
}

// #region author-property
/** The author's property: Southland never gives Northland control of the harbour without crossing its red line. */
const southKeepsHarbour = throughout((state) => {
  const { agreed, redLinesCrossed } = outcome(state);
  const option = agreed.harbour;
  if (option !== "north-lease" && option !== "north-run") return null;
  return redLinesCrossed.includes("south-keeps-harbour")
    ? null
    : `Southland gave Northland the harbour ('${option}') without crossing its red line`;
});
// #endregion author-property

describe("a scenario that breaks its author's property", () => {
  it("is a valid scenario, and the engine's own invariants hold on it", () => {
    expect(formatCheck(checkScenario(broken, { numRuns: runs(10), seed: 1 }))).toEqual([]);
  });

  it("the kit finds the broken property and shrinks it to at most five moves", () => {
    const plays = arbLegalPlay(broken, { exclude: ["walk-out"], toEnd: true });
    const found = failures(
      checkScenario(broken, {
        numRuns: runs(200),
        seed: 2022,
        plays,
        invariants: { "Southland keeps the harbour": southKeepsHarbour },
      }),
    );
    expect(found).toHaveLength(1);
    const [failure] = found;
    if (failure === undefined) return;
    expect(failure.invariant).toBe("Southland keeps the harbour");
    expect(failure.message).toMatch(/Southland gave Northland the harbour \('north-lease'\)/);
    expect(failure.replay.scenarioId).toBe("harbour-lease");
    expect(failure.replay.moves.length).toBeLessThanOrEqual(5);
    // The replay opens the same game in the engine, and the property fails on it.
    const state = replay(broken, failure.replay);
    expect(state.ok && outcome(state.value).agreed.harbour).toBe("north-lease");
    expect(southKeepsHarbour(broken, failure.replay)).not.toBeNull();
    expect(failure.replay.moves.map((m) => `${m.actor} ${m.type}`).slice(2)).toEqual([
      "south concede",
      "north propose",
      "south accept",
    ]);
  });

  it("finds it and shrinks it to at most five moves whatever fast-check's seed, with uniform or default plays", () => {
    const uniform = arbLegalPlay(broken, { exclude: ["walk-out"], toEnd: true });
    for (const seed of [1, 2, 3]) {
      for (const plays of [uniform, undefined]) {
        const options = { numRuns: runs(300), seed, invariants: { southKeepsHarbour } };
        const [failure] = failures(
          checkScenario(broken, plays === undefined ? options : { ...options, plays }),
        );
        expect(failure?.replay.moves.length).toBeLessThanOrEqual(5);
      }
    }
  });

  test.prop([arbLegalPlay(fixed(), { exclude: ["walk-out"], toEnd: true })], { numRuns: runs(100) })(
    "with the red line as its author meant it, the property holds",
    (play) => {
      expect(southKeepsHarbour(fixed(), play)).toBeNull();
    },
  );

  it("the fixed scenario also holds the property under checkScenario, with the kit's invariants", () => {
    const checked = checkScenario(fixed(), {
      numRuns: runs(15),
      seed: 3,
      invariants: { ...invariants, southKeepsHarbour },
    });
    expect(formatCheck(checked)).toEqual([]);
  });

  it("the property is stated with plain fast-check as well", () => {
    const details = fc.check(
      fc.property(arbLegalPlay(broken, { exclude: ["walk-out"], toEnd: true }), (play) => {
        return southKeepsHarbour(broken, play) === null;
      }),
      { seed: 2022, numRuns: runs(200) },
    );
    expect(details.failed).toBe(true);
  });

  it("a history that claims another outcome than its moves give is reported, with the history as replay", () => {
    const nrcRaw = JSON.parse(
      readFileSync(repoPath("scenarios/2022-01-12-nato-russia-council.json"), "utf8"),
    );
    const claimed = { ...nrcRaw, history: { ...nrcRaw.history, outcome: { overall: "agreement" } } };
    const scenario = parseScenarioOrThrow(claimed, "the NRC scenario with a false history");
    expect(checkHistory(scenario)).toMatch(
      /claims the talks ended in 'agreement'; its moves give 'no-breakthrough'/,
    );
    const found = failures(checkScenario(scenario, { numRuns: 1, invariants: {} }));
    expect(found.map((f) => [f.invariant, f.replay.moves.length])).toEqual([
      ["history", scenario.history?.moves.length],
    ]);
    const truncated = { ...nrcRaw, history: { ...nrcRaw.history, moves: nrcRaw.history.moves.slice(0, 5) } };
    expect(checkHistory(parseScenarioOrThrow(truncated))).toMatch(/never finish this track/);
  });
});
