import { fc, test } from "@fast-check/vitest";
import {
  applyMove,
  createGame,
  isOver,
  legalMoves,
  moveBound,
  parseMove,
  parseScenario,
  replay,
  stateHash,
} from "@parley/engine";
import {
  arbLegalPlay,
  arbMove,
  arbScenario,
  arbSeed,
  checkScenario,
  formatFailure,
  gameCommands,
  gameModelSetup,
  invariants,
  parseReplay,
  replayLink,
  toReplay,
} from "@parley/engine/testing";
import { describe, expect, it } from "vitest";
import { firstMoves, playChoices } from "./support/play.js";
import { harbour, runs } from "./support/scenarios.js";

describe("the engine survives any valid scenario", () => {
  test.prop([arbScenario()], { numRuns: runs(25) })(
    "every invariant of the kit holds on random valid scenarios",
    (scenario) => {
      const failures = checkScenario(scenario, { numRuns: 6 });
      expect(failures.map(formatFailure)).toEqual([]);
    },
  );

  const scenarioAndCommands = arbScenario().chain((scenario) =>
    fc.tuple(fc.constant(scenario), arbSeed(), gameCommands(scenario, { maxCommands: 40 })),
  );

  test.prop([scenarioAndCommands], { numRuns: runs(25) })(
    "the stateful model holds on random valid scenarios",
    ([scenario, seed, commands]) => {
      fc.modelRun(gameModelSetup(scenario, seed), commands);
    },
  );
});

describe("arbScenario", () => {
  test.prop([arbScenario()], { numRuns: runs(100) })(
    "makes scenarios that parseScenario accepts as they are, within the stated bounds",
    (scenario) => {
      const again = parseScenario(JSON.parse(JSON.stringify(scenario)));
      expect(again.ok && again.value).toEqual(scenario);
      expect(scenario.actors.length).toBeGreaterThanOrEqual(2);
      expect(scenario.actors.length).toBeLessThanOrEqual(5);
      expect(scenario.issues.length).toBeGreaterThanOrEqual(1);
      expect(scenario.issues.length).toBeLessThanOrEqual(4);
      for (const issue of scenario.issues) expect(issue.options.length).toBeLessThanOrEqual(5);
      expect(scenario.tracks.length).toBeLessThanOrEqual(3);
    },
  );

  it("covers what scenarios have: red lines, demands, both formats, speaking orders, both kinds of inject, rules", () => {
    const sample = fc.sample(arbScenario(), { numRuns: 200, seed: 42 });
    const some = (test: (s: (typeof sample)[number]) => boolean) => sample.some(test);
    expect(some((s) => s.redLines.length > 0)).toBe(true);
    expect(some((s) => s.demands.length > 0)).toBe(true);
    expect(some((s) => s.tracks.some((t) => t.format === "bilateral"))).toBe(true);
    expect(some((s) => s.tracks.some((t) => t.format === "multilateral" && t.participants.length > 2))).toBe(
      true,
    );
    expect(some((s) => s.tracks.some((t) => t.speakingOrder !== undefined))).toBe(true);
    expect(some((s) => s.tracks.length === 3)).toBe(true);
    expect(some((s) => s.injects.some((j) => j.trigger.kind === "scheduled"))).toBe(true);
    expect(some((s) => s.injects.some((j) => j.trigger.kind === "random"))).toBe(true);
    expect(some((s) => s.rules !== undefined)).toBe(true);
    expect(
      fc.sample(arbScenario({ rules: false, maxActors: 2 }), 50).every((s) => s.rules === undefined),
    ).toBe(true);
  });
});

describe("arbLegalPlay", () => {
  const scenario = harbour();

  test.prop([arbLegalPlay(scenario)], { numRuns: runs(100) })(
    "draws plays of legal moves that the engine replays",
    (play) => {
      expect(play.moves.length).toBeLessThanOrEqual(moveBound(scenario));
      const state = replay(scenario, play);
      expect(state.ok).toBe(true);
    },
  );

  test.prop([arbLegalPlay(scenario, { exclude: ["walk-out", "statement"], toEnd: true })], {
    numRuns: runs(50),
  })("leaves out excluded kinds of move, and with toEnd plays to the end of the game", (play) => {
    expect(play.moves.some((m) => m.type === "walk-out" || m.type === "statement")).toBe(false);
    const state = replay(scenario, play);
    expect(state.ok && isOver(state.value)).toBe(true);
  });

  test.prop([arbLegalPlay(scenario, { maxMoves: 3, seed: "fixed" })], { numRuns: runs(30) })(
    "keeps to maxMoves and to a fixed seed",
    (play) => {
      expect(play.moves.length).toBeLessThanOrEqual(3);
      expect(play.seed).toBe("fixed");
    },
  );

  it("shrinks a failing play to a short one", () => {
    const details = fc.check(
      fc.property(arbLegalPlay(scenario), (play) => !play.moves.some((m) => m.type === "propose")),
      { seed: 7, numRuns: 200 },
    );
    expect(details.failed).toBe(true);
    const [play] = details.counterexample ?? [];
    // Two opening moves, then the first speaker proposes: three moves.
    expect(play?.moves.length).toBe(3);
    expect(String(fc.stringify(play))).toMatch(/^play\(seed "\w+", 3 moves: 1\. north .*propose/);
  });
});

describe("arbMove", () => {
  const scenario = harbour();
  const start = createGame(scenario, { seed: 1 });

  test.prop([arbMove(scenario)], { numRuns: runs(300) })(
    "is accepted exactly when legalMoves lists it; a refusal has a reason and changes nothing",
    (move) => {
      const hash = stateHash(start);
      const listed = legalMoves(start).map((m) => JSON.stringify(m));
      const parsed = parseMove(move);
      const result = applyMove(start, move);
      expect(result.ok).toBe(parsed.ok && listed.includes(JSON.stringify(parsed.value)));
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
      expect(stateHash(start)).toBe(hash);
    },
  );

  it("includes things that are not moves at all", () => {
    const sample = fc.sample(arbMove(scenario), { numRuns: 300, seed: 1 });
    expect(sample.some((m) => m === null || typeof m !== "object")).toBe(true);
    expect(sample.some((m) => !parseMove(m).ok && typeof m === "object" && m !== null)).toBe(true);
    expect(sample.some((m) => parseMove(m).ok)).toBe(true);
  });
});

describe("replays", () => {
  const scenario = harbour();

  test.prop([arbLegalPlay(scenario, { maxMoves: 20 })], { numRuns: runs(50) })(
    "a replay survives a link and opens the same game",
    (play) => {
      const link = replayLink(toReplay(scenario, play), "https://parley.example/play");
      const back = parseReplay(link);
      expect(back.ok).toBe(true);
      if (!back.ok) return;
      expect(back.value).toEqual(toReplay(scenario, play));
      const a = replay(scenario, back.value);
      const b = replay(scenario, play);
      expect(a.ok && b.ok && stateHash(a.value) === stateHash(b.value)).toBe(true);
      expect(parseReplay(JSON.parse(JSON.stringify(back.value)))).toEqual(back);
    },
  );

  it("refuses what is not a replay, with a reason", () => {
    for (const bad of [null, "", "{", [], {}, { scenarioId: "x", seed: 1, moves: [{}] }, { extra: 1 }]) {
      const result = parseReplay(bad);
      expect(result.ok).toBe(false);
    }
  });
});

describe("the invariants", () => {
  const scenario = harbour();

  it("report a play the engine refuses", () => {
    const play = { seed: "s", moves: [{ type: "pass" as const, actor: "south" }] };
    for (const invariant of Object.values(invariants)) {
      expect(invariant(scenario, play)).toMatch(/refused move 1 \(south pass\)/);
    }
  });

  it("hold on a whole game played to the end", () => {
    const { state } = playChoices(createGame(scenario, { seed: "whole" }), firstMoves(), {
      walkOuts: false,
      maxMoves: moveBound(scenario),
    });
    expect(isOver(state)).toBe(true);
    const play = { seed: "whole", moves: state.moves };
    for (const [name, invariant] of Object.entries(invariants))
      expect([name, invariant(scenario, play)]).toEqual([name, null]);
  });
});
