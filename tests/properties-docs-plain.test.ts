// The examples of docs/testing-scenarios.md that use plain fast-check, for any test runner. Each "#region"
// below is shown in the doc word for word (tests/docs-testing.test.ts checks that). Here they run inside
// vitest's `it`, which only catches what they throw.
// #region setup
import { readFileSync } from "node:fs";
import { openLink, outcome, replay as replayGame, type ValidScenario } from "@parley/engine";
import {
  arbLegalPlay,
  checkScenario,
  formatCheck,
  parseScenarioOrThrow,
  redLinesNeverSilentlyCrossed,
  replayLink,
  throughout,
} from "@parley/engine/testing";
import fc from "fast-check";

const file = new URL("../scenarios/2022-01-12-nato-russia-council.json", import.meta.url);
const nrc: ValidScenario = parseScenarioOrThrow(JSON.parse(readFileSync(file, "utf8")), "the NRC scenario");

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
    const found = formatCheck(checkScenario(nrc, { numRuns: 10, seed: 42 }));
    if (found.length > 0) throw new Error(found.join("\n\n"));
    // #endregion any-runner
    expect(found).toEqual([]);
  });

  it("options that would check nothing are an error", () => {
    // #region options
    const checked = checkScenario(nrc, { numRuns: 0 });
    const problem = checked.ok ? null : checked.error.message; // "checkScenario: 'numRuns' is how many plays…"
    // #endregion options
    expect(problem).toMatch(/^checkScenario: 'numRuns' is how many plays/);
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
    const checked = checkScenario(lease, { numRuns: 100, seed: 7, invariants: { keepsHarbour } });
    const [failure] = checked.ok ? checked.value : [];
    if (failure === undefined) throw new Error("the kit should have found the lease");
    const report = formatCheck(checked); // what failed, the replay, fast-check's seed and path
    const game = replayGame(lease, failure.replay); // the same game, rebuilt by the engine
    const file = JSON.stringify(failure.replay, null, 2); // for `parley replay SCENARIO --play FILE`
    const link = replayLink(lease, failure.replay, "https://parley.example/play"); // for the browser game
    // #endregion replay
    expect(report.join("\n")).toMatch(/^keepsHarbour: after move 5 .*Southland leased the harbour/);
    expect(game.ok && outcome(game.value).agreed.harbour).toBe("north-lease");
    expect(JSON.parse(file)).toEqual(failure.replay);
    expect(link.ok && link.value).toMatch(/^https:\/\/parley\.example\/play#replay=2\.harbour-lease\./);
    const opened = link.ok ? openLink(lease, link.value) : null;
    expect(opened?.ok && outcome(opened.value).agreed.harbour).toBe("north-lease");
    expect(failure.replay.moves.length).toBeLessThanOrEqual(5);
  });
});
