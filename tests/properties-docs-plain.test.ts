// The examples of docs/testing-scenarios.md that use plain fast-check, for any test runner. Each "#region"
// below is shown in the doc word for word (tests/docs-testing.test.ts checks that). Here they run inside
// vitest's `it`, which only catches what they throw.
// #region setup
import { readFileSync } from "node:fs";
import { outcome, replay as replayGame, type Scenario } from "@parley/engine";
import {
  arbLegalPlay,
  checkScenario,
  formatFailure,
  parseScenarioOrThrow,
  redLinesNeverSilentlyCrossed,
  replayLink,
  throughout,
  toReplay,
} from "@parley/engine/testing";
import fc from "fast-check";

const file = new URL("../scenarios/2022-01-12-nato-russia-council.json", import.meta.url);
const nrc: Scenario = parseScenarioOrThrow(JSON.parse(readFileSync(file, "utf8")), "the NRC scenario");

// #endregion setup
import { describe, expect, it } from "vitest";

describe("plain fast-check examples of docs/testing-scenarios.md", () => {
  it("fc.assert with an invariant", () => {
    // #region assert
    fc.assert(
      fc.property(arbLegalPlay(nrc), (play) => {
        const failure = redLinesNeverSilentlyCrossed(nrc, play);
        if (failure !== null) throw new Error(failure);
      }),
      { numRuns: 100 },
    );
    // #endregion assert
  });

  it("checkScenario in any runner", () => {
    // #region any-runner
    const failures = checkScenario(nrc, { numRuns: 20, seed: 42 });
    if (failures.length > 0) throw new Error(failures.map(formatFailure).join("\n\n"));
    // #endregion any-runner
    expect(failures).toEqual([]);
  });

  it("a failure's replay opens in the engine, the CLI and the browser", () => {
    // #region lease
    const leaseFile = new URL("./fixtures/broken-rules/harbour-lease.json", import.meta.url);
    const lease = parseScenarioOrThrow(JSON.parse(readFileSync(leaseFile, "utf8")), "the lease scenario");
    const keepsHarbour = throughout((state) =>
      outcome(state).agreed.harbour === "north-lease" ? "Southland leased the harbour to Northland" : null,
    );
    // #endregion lease
    // #region replay
    const [failure] = checkScenario(lease, { numRuns: 300, seed: 7, invariants: { keepsHarbour } });
    if (failure === undefined) throw new Error("the kit should have found the lease");
    const report = formatFailure(failure); // what failed, the replay, fast-check's seed and path
    const game = replayGame(lease, failure.replay); // the same game, rebuilt by the engine
    const file = JSON.stringify(failure.replay, null, 2); // for `parley replay SCENARIO --play FILE`
    const link = replayLink(failure.replay, "https://parley.example/play"); // for the browser game
    // #endregion replay
    expect(report).toMatch(/^keepsHarbour: after move 5 .*Southland leased the harbour/);
    expect(game.ok && outcome(game.value).agreed.harbour).toBe("north-lease");
    expect(JSON.parse(file)).toEqual(toReplay(lease, failure.replay));
    expect(link).toMatch(/^https:\/\/parley\.example\/play#replay=/);
    expect(failure.replay.moves.length).toBeLessThanOrEqual(5);
  });
});
