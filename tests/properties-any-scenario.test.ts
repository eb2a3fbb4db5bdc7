import { fc, test } from "@fast-check/vitest";
import {
  applyMove,
  checkMove,
  createGame,
  gameMoves,
  isOver,
  legalMoves,
  moveBound,
  moveKey,
  openLink,
  parseScenario,
  replay,
  stateHash,
  type ValidScenario,
} from "@parley/engine";
import {
  arbLegalPlay,
  arbMove,
  arbScenario,
  arbSeed,
  checkScenario,
  formatCheck,
  gameCommands,
  gameModelSetup,
  invariants,
  parseReplay,
  replayLink,
  toReplay,
} from "@parley/engine/testing";
import { describe, expect, it } from "vitest";
import { harbour, runs } from "./support/scenarios.js";

describe("the engine survives any valid scenario", () => {
  test.prop([arbScenario()], { numRuns: runs(5) })(
    "every invariant of the kit holds on random valid scenarios",
    (scenario) => {
      expect(formatCheck(checkScenario(scenario, { numRuns: 4 }))).toEqual([]);
    },
  );

  const scenarioAndCommands = arbScenario().chain((scenario) =>
    fc.tuple(fc.constant(scenario), arbSeed(), gameCommands(scenario, { maxCommands: 30 })),
  );

  test.prop([scenarioAndCommands], { numRuns: runs(5) })(
    "the stateful model holds on random valid scenarios",
    ([scenario, seed, commands]) => {
      fc.modelRun(gameModelSetup(scenario, seed), commands);
    },
  );
});

describe("arbScenario", () => {
  test.prop([arbScenario()], { numRuns: runs(40) })(
    "makes format-2 scenarios that parseScenario accepts as they are, within the stated bounds",
    (scenario) => {
      const again = parseScenario(JSON.parse(JSON.stringify(scenario)));
      expect(again.ok && again.value).toEqual(scenario);
      expect(scenario.formatVersion).toBe(2);
      expect(scenario.actors.length).toBeGreaterThanOrEqual(2);
      expect(scenario.actors.length).toBeLessThanOrEqual(5);
      expect(scenario.issues.length).toBeGreaterThanOrEqual(1);
      expect(scenario.issues.length).toBeLessThanOrEqual(4);
      for (const issue of scenario.issues) expect(issue.options.length).toBeLessThanOrEqual(5);
      expect(scenario.tracks.length).toBeLessThanOrEqual(3);
    },
  );

  it("covers what format-2 scenarios have", () => {
    const sample = fc.sample(arbScenario(), { numRuns: 150, seed: 42 });
    type S = (typeof sample)[number];
    const tracks = (test: (t: S["tracks"][number]) => boolean) => sample.some((s) => s.tracks.some(test));
    const mediated = (t: S["tracks"][number]) =>
      t.chair !== null && t.parties !== undefined && !t.parties.includes(t.chair);
    const covered: Record<string, boolean> = {
      "red lines": sample.some((s) => s.redLines.length > 0),
      demands: sample.some((s) => s.demands.length > 0),
      drafts: sample.some((s) => s.drafts.length > 0),
      "process issues": sample.some((s) => s.issues.some((i) => i.kind === "process")),
      "hidden types": sample.some((s) => s.actors.some((a) => a.types.length > 1)),
      "types with reservation ranges": sample.some((s) =>
        s.actors.some((a) => a.types.some((t) => t.reservationRange !== undefined)),
      ),
      "reservation ranges": sample.some((s) => s.actors.some((a) => a.reservationRange !== undefined)),
      "public types": sample.some((s) => s.actors.some((a) => a.visibility.type === "public")),
      partners: sample.some((s) => s.actors.some((a) => a.partners.length > 0)),
      "walk-out costs": sample.some((s) => s.actors.some((a) => a.walkOutCost !== undefined)),
      "bilateral meetings": tracks((t) => t.format === "bilateral"),
      "bilateral meetings with a mediator": tracks((t) => t.format === "bilateral" && mediated(t)),
      "multilateral meetings with a mediator": tracks((t) => t.format === "multilateral" && mediated(t)),
      "multilateral meetings": tracks((t) => t.format === "multilateral" && t.participants.length > 2),
      "speaking orders": tracks((t) => t.speakingOrder !== undefined),
      "package negotiations": tracks((t) => t.negotiation === "packages"),
      "negotiations of both kinds": tracks((t) => t.negotiation === "both"),
      "walk-outs that end the meeting": tracks((t) => t.walkOut === "ends-track"),
      "three meetings": sample.some((s) => s.tracks.length === 3),
      "scheduled injects": sample.some((s) => s.injects.some((j) => j.trigger.kind === "scheduled")),
      "uncertain scheduled injects": sample.some((s) =>
        s.injects.some((j) => j.trigger.kind === "scheduled" && j.trigger.probability < 1),
      ),
      "random injects": sample.some((s) => s.injects.some((j) => j.trigger.kind === "random")),
      "deadlines and reservation changes": sample.some((s) =>
        s.injects.some((j) => j.effect.deadline !== undefined && j.effect.reservation !== undefined),
      ),
      rules: sample.some((s) => s.rules !== undefined),
    };
    expect(Object.entries(covered).filter(([, seen]) => !seen)).toEqual([]);
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
      expect(replay(scenario, play).ok).toBe(true);
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
  const scenario: ValidScenario = harbour();
  const started = createGame(scenario, { seed: 1 });
  if (!started.ok) throw new Error(started.error.message);
  const start = started.value;
  const listed = new Set(legalMoves(start).map(moveKey));

  test.prop([arbMove(scenario)], { numRuns: runs(300) })(
    "is accepted exactly when it is legal; a refusal has a reason and changes nothing",
    (move) => {
      const hash = stateHash(start);
      const checked = checkMove(start, move);
      const result = applyMove(start, move);
      expect(result.ok).toBe(checked.ok);
      if (checked.ok && Object.keys("terms" in checked.value ? checked.value.terms : {}).length < 2)
        expect(listed.has(moveKey(checked.value))).toBe(result.ok);
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
      expect(stateHash(start)).toBe(hash);
    },
  );

  it("includes legal moves, malformed ones, packages, hostile inputs and things that are not moves", () => {
    const sample = fc.sample(arbMove(scenario), { numRuns: 1000, seed: 1 });
    const read = sample.map((m) => checkMove(start, m));
    expect(read.some((r) => r.ok)).toBe(true);
    expect(read.some((r) => !r.ok && r.error.code === "malformed")).toBe(true);
    expect(read.some((r) => !r.ok && r.error.code === "unknown-issue")).toBe(true);
    expect(sample.some((m) => m === null || typeof m !== "object")).toBe(true);
    expect(
      sample.some(
        (m) =>
          typeof m === "object" && m !== null && "terms" in m && Object.keys(m.terms as object).length > 1,
      ),
    ).toBe(true);
    // Hostile inputs: a getter or a proxy trap that throws is read as a malformed move, never a crash.
    const hostile = sample.filter((m) => {
      try {
        JSON.stringify(m);
        return false;
      } catch {
        return true;
      }
    });
    expect(hostile.length).toBeGreaterThan(0);
    for (const m of hostile) expect(checkMove(start, m).ok).toBe(false);
  });
});

describe("replays", () => {
  const scenario = harbour();

  test.prop([arbLegalPlay(scenario, { maxMoves: 20 })], { numRuns: runs(40) })(
    "a replay survives JSON and a link, and opens the same game",
    (play) => {
      const json = parseReplay(JSON.stringify(toReplay(scenario, play)));
      expect(json).toEqual({ ok: true, value: toReplay(scenario, play) });
      const link = replayLink(scenario, toReplay(scenario, play), "https://parley.example/play");
      expect(link.ok).toBe(true);
      if (!link.ok) return;
      expect(link.value).toMatch(/^https:\/\/parley\.example\/play#replay=2\.harbour-talks\./);
      const opened = openLink(scenario, link.value);
      const direct = replay(scenario, play);
      expect(opened.ok && direct.ok && stateHash(opened.value) === stateHash(direct.value)).toBe(true);
      expect(opened.ok && gameMoves(opened.value)).toEqual(play.moves);
    },
  );

  it("refuses what is not a replay, with a reason", () => {
    for (const bad of [null, "", "{", [], {}, { scenarioId: "x", seed: 1, moves: [{}] }, { extra: 1 }]) {
      expect(parseReplay(bad).ok).toBe(false);
    }
    const other = replayLink(scenario, { scenarioId: "other", seed: "s", moves: [] });
    expect(!other.ok && other.error.code).toBe("wrong-scenario");
    const illegal = replayLink(scenario, {
      scenarioId: scenario.id,
      seed: "s",
      moves: [{ type: "pass", actor: "south" }],
    });
    expect(!illegal.ok && illegal.error.code).toBe("refused");
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
    const started = createGame(scenario, { seed: "whole" });
    if (!started.ok) throw new Error(started.error.message);
    let state = started.value;
    while (!isOver(state)) {
      const move = legalMoves(state).find((m) => m.type !== "walk-out");
      const next = move === undefined ? undefined : applyMove(state, move);
      if (next === undefined || !next.ok) throw new Error("stuck");
      state = next.value.state;
    }
    const play = { seed: "whole", moves: gameMoves(state) };
    for (const [name, invariant] of Object.entries(invariants))
      expect([name, invariant(scenario, play)]).toEqual([name, null]);
  });
});
