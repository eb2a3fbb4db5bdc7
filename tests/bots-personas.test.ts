import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import {
  applyMove,
  aspiration,
  type Bot,
  createBot,
  createGame,
  type GameState,
  gameMoves,
  isOver,
  type Move,
  outcome,
  playGame,
  type ValidScenario,
} from "@parley/engine";
import { describe, expect, it } from "vitest";
import { vouch } from "../packages/engine/src/core/index.js";
import { deepFreeze } from "../packages/engine/src/vocabulary/freeze.js";
import { mediated, must, nrc, osce, reach, scenarioOf } from "./support/bots.js";
import { repoPath, runs } from "./support/scenarios.js";

/** Two parties, two issues, opposite priorities: the textbook case for logrolling. */
function tradeScenario(reversed: boolean): ValidScenario {
  const options = (i: string) => {
    const list = [
      { id: `a-${i}`, label: "A's way" },
      { id: `mid-${i}`, label: "Halfway" },
      { id: `b-${i}`, label: "B's way" },
    ];
    return reversed ? list.reverse() : list;
  };
  const values = (i: string) => ({
    a: { [`a-${i}`]: 1, [`mid-${i}`]: 0.5, [`b-${i}`]: 0 },
    b: { [`a-${i}`]: 0, [`mid-${i}`]: 0.5, [`b-${i}`]: 1 },
  });
  return scenarioOf({
    formatVersion: 2,
    id: "trade",
    title: "Trade",
    summary: "Two parties, two issues, opposite priorities.",
    sources: [{ key: "T1", title: "Invented for the tests." }],
    actors: ["a", "b"].map((id) => ({
      id,
      name: id.toUpperCase(),
      kind: "state",
      delegation: [],
      weights: id === "a" ? { x: 3, y: 1 } : { x: 1, y: 3 },
      reservation: 0.3,
      persona: "linear",
      sources: ["T1"],
    })),
    issues: ["x", "y"].map((i) => ({
      id: i,
      title: i,
      options: options(i),
      statusQuo: `mid-${i}`,
      values: values(i),
      sources: ["T1"],
    })),
    demands: [],
    redLines: [],
    injects: [],
    tracks: [
      {
        id: "talks",
        title: "Talks",
        venue: "Here",
        date: "2030-01-01",
        format: "bilateral",
        chair: null,
        participants: ["a", "b"],
        negotiation: "packages",
        agenda: [
          { issue: "x", minutes: 120 },
          { issue: "y", minutes: 120 },
        ],
        scheduledMinutes: 240,
        maxOverrunMinutes: 60,
        sources: ["T1"],
      },
    ],
    world: { tension: 30, cohesion: 50, defaultTrust: 50, trust: [] },
  });
}

/** The mediated fixture with the pay rise's options listed the other way round. */
function mediatedReversed(): ValidScenario {
  const data = JSON.parse(readFileSync(repoPath("tests/fixtures/mediated-talks.json"), "utf8"));
  data.issues[0].options.reverse();
  return scenarioOf(data);
}

function play(state: GameState, ...moves: Move[]): GameState {
  return moves.reduce((s, m) => must(applyMove(s, m)).state, state);
}

const bot = (name: Parameters<typeof createBot>[0], options: object = {}): Bot =>
  must(createBot(name, options as never));

describe("aspiration (time-dependent concession)", () => {
  it("runs from the best value at t = 0 to the floor at t = 1", () => {
    for (const e of [0.2, 1, 3]) {
      expect(aspiration(1, 0.2, 0, e)).toBe(1);
      expect(aspiration(1, 0.2, 1, e)).toBeCloseTo(0.2, 12);
    }
    expect(aspiration(1, 0, 0.5, 1)).toBeCloseTo(0.5, 12);
  });

  test.prop([fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })])(
    "falls with time, and later for a Boulware than for a Conceder",
    (t1, t2) => {
      const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
      for (const e of [0.2, 1, 3])
        expect(aspiration(0.9, 0.1, late, e)).toBeLessThanOrEqual(aspiration(0.9, 0.1, early, e) + 1e-12);
      expect(aspiration(0.9, 0.1, t1, 0.2)).toBeGreaterThanOrEqual(aspiration(0.9, 0.1, t1, 3) - 1e-12);
    },
  );
});

describe("seeded noise", () => {
  it("varies a persona's move from seed to seed; temperature 0 always plays its best", () => {
    const start = must(createGame(nrc, { seed: 1 }));
    const moves = (options: object) =>
      new Set(
        Array.from({ length: 40 }, (_, seed) =>
          JSON.stringify(bot("linear", { ...options, seed }).chooseMove(start)),
        ),
      );
    expect(moves({}).size).toBeGreaterThan(1);
    expect(moves({ temperature: 0 }).size).toBe(1);
  });

  it("gives the NRC with default bots many different games over 40 seeds, the same game for the same seed", () => {
    const games = new Set<string>();
    for (let seed = 0; seed < 40; seed++) games.add(JSON.stringify(gameMoves(must(playGame(nrc, seed)))));
    expect(games.size).toBeGreaterThanOrEqual(16);
    expect(gameMoves(must(playGame(nrc, 17)))).toEqual(gameMoves(must(playGame(nrc, 17))));
  });
});

describe("time-dependent personas", () => {
  it("concede later as a Boulware than as a Conceder", () => {
    // The first concession NATO makes, in moves from the start, over a few seeds (every other seat on its default).
    const firstConcession = (name: "boulware" | "conceder", seed: number) => {
      const moves = gameMoves(must(playGame(nrc, seed, { nato: bot(name, { seed, temperature: 0 }) })));
      const k = moves.findIndex((m) => m.actor === "nato" && m.type === "concede");
      return k === -1 ? moves.length : k;
    };
    const seeds = [1, 2, 3, 4, 5];
    const sum = (name: "boulware" | "conceder") =>
      seeds.reduce((n, seed) => n + firstConcession(name, seed), 0);
    expect(sum("boulware")).toBeGreaterThan(sum("conceder"));
  });
});

describe("trading across issues", () => {
  it("logrolls: each side gives on what matters less to it and the parties agree the trade", () => {
    for (const reversed of [false, true]) {
      const trade = tradeScenario(reversed);
      for (const seed of [1, 2, 3]) {
        const result = outcome(must(playGame(trade, seed)));
        // A cares three times more about x, B about y: each gets its way where it cares most.
        expect(result.agreed, `reversed ${reversed}, seed ${seed}`).toEqual({ x: "a-x", y: "b-y" });
        expect(result.utilities).toEqual({ a: 0.75, b: 0.75 });
      }
    }
  });

  it("concedes first where conceding costs it least", () => {
    const trade = tradeScenario(false);
    const moves = gameMoves(must(playGame(trade, 1, { a: bot("linear", { temperature: 0 }) })));
    const first = moves.find((m) => m.actor === "a" && m.type === "concede");
    expect(first).toEqual({ type: "concede", actor: "a", issue: "y" });
  });
});

describe("the mediator", () => {
  it("tables the parties' bargain within every red line, whatever the order of the options", () => {
    for (const scenario of [mediated, mediatedReversed()]) {
      for (const seed of [1, 2, 3]) {
        const moves = gameMoves(
          must(playGame(scenario, seed, { conciliator: bot("mediator", { temperature: 0 }) })),
        );
        const first = moves.find(
          (m) => m.actor === "conciliator" && (m.type === "propose" || m.type === "counter"),
        );
        // Union and employer split the pay rise at 2%: the Nash point between their positions (6% is the
        // employer's red line; the conciliator's own liking for 4% plays no part).
        expect(first && "terms" in first ? first.terms : null).toEqual({ "wage-increase": "two-percent" });
      }
    }
  });

  test.prop([fc.integer({ min: 0, max: 10_000 })], { numRuns: runs(15) })(
    "never tables an option a standing red line forbids",
    (seed) => {
      let state = must(createGame(mediated, { seed }));
      for (const move of gameMoves(must(playGame(mediated, seed)))) {
        if (move.actor === "conciliator" && (move.type === "propose" || move.type === "counter")) {
          mediated.redLines.forEach((line, r) => {
            if (state.redLines[r] === "crossed") return;
            expect(line.forbidden).not.toContain(move.terms[line.issue]);
          });
        }
        state = must(applyMove(state, move)).state;
      }
    },
  );
});

describe("tit-for-tat", () => {
  it("answers a firm statement with a firm one, a conciliatory one in kind", () => {
    const start = must(createGame(nrc, { seed: 1 }));
    const us = bot("tit-for-tat", { temperature: 0 });
    const firm = play(start, { type: "statement", actor: "nato", tone: "firm" });
    expect(us.chooseMove(firm)).toEqual({
      ok: true,
      value: { type: "statement", actor: "united-states", tone: "firm" },
    });
    const kind = play(start, { type: "statement", actor: "nato", tone: "conciliatory" });
    expect(us.chooseMove(kind)).toEqual({
      ok: true,
      value: { type: "statement", actor: "united-states", tone: "conciliatory" },
    });
  });

  it("concedes when the other side has conceded more, and not before", () => {
    const trade = tradeScenario(false);
    const b = bot("tit-for-tat", { temperature: 0 });
    const opened = play(
      must(createGame(trade, { seed: 1 })),
      { type: "statement", actor: "a", tone: "conciliatory" },
      { type: "statement", actor: "b", tone: "conciliatory" },
    );
    const waited = play(opened, { type: "pass", actor: "a" });
    expect(b.chooseMove(waited)).not.toMatchObject({ ok: true, value: { type: "concede" } });
    const conceded = play(opened, { type: "concede", actor: "a", issue: "y" });
    expect(b.chooseMove(conceded)).toMatchObject({ ok: true, value: { type: "concede", actor: "b" } });
  });
});

describe("hardliner", () => {
  test.prop([fc.integer({ min: 0, max: 999 }), fc.array(fc.nat(), { maxLength: 70 }), fc.integer()], {
    numRuns: runs(40),
  })("never concedes on an issue it has a demand on", (seed, choices, botSeed) => {
    for (const s of [nrc, osce]) {
      const state = reach(s, seed, choices, false);
      if (isOver(state)) continue;
      // Played as itself: in a seat whose drawn type names another persona it would otherwise play that one.
      const move = must(bot("hardliner", { seed: botSeed, followType: false }).chooseMove(state));
      if (move.type !== "concede") continue;
      expect(s.demands.some((d) => d.actor === move.actor && d.issue === move.issue)).toBe(false);
    }
  });
});

describe("hidden types", () => {
  it("play the persona of the seat's drawn type: a strike-ready union is firm, a deal-seeking one conciliatory", () => {
    const union = mediated.actors.findIndex((a) => a.id === "union");
    const types = mediated.actors[union]?.types.map((t) => t.id) ?? [];
    // At the opening, the conciliator has spoken; the union has the floor. Its own type is its to see.
    const opening = play(must(createGame(mediated, { seed: 1 })), {
      type: "statement",
      actor: "conciliator",
      tone: "conciliatory",
    });
    const as = (type: string) =>
      vouch(
        deepFreeze({
          ...opening,
          types: opening.types.map((t, a) => (a === union ? types.indexOf(type) : t)),
        }),
      );
    const own = bot("tit-for-tat", { temperature: 0 });
    const tone = (state: GameState, b: Bot) => {
      const move = must(b.chooseMove(state));
      return move.type === "statement" ? move.tone : move.type;
    };
    expect(tone(as("militant"), own)).toBe("firm");
    expect(tone(as("pragmatic"), own)).toBe("conciliatory");
    // A bot chosen for the seat that is told not to follow the type plays its own persona.
    expect(tone(as("militant"), bot("tit-for-tat", { temperature: 0, followType: false }))).toBe(
      "conciliatory",
    );
  });
});

describe("every persona", () => {
  // Only Russia drawn as the pretext-seeker values walking away above what the talks can bring it (its type's
  // reservation lies above the status quo by more than the walk-out's cost and the personas' margin).
  it("never crosses a red line in the NRC or lets tension collapse it; only a pretext-seeking Russia walks out", () => {
    for (let seed = 0; seed < 40; seed++) {
      const state = must(playGame(nrc, seed));
      const moves = gameMoves(state);
      const result = outcome(state);
      expect(moves.some((m) => m.type === "cross")).toBe(false);
      const walkOuts = moves.filter((m) => m.type === "walk-out");
      if (walkOuts.length > 0) {
        expect(walkOuts.map((m) => m.actor)).toEqual(["russia"]);
        expect(result.types.russia).toBe("pretext-seeker");
      }
      expect(result.tracks.some((t) => t.cause?.kind === "tension")).toBe(false);
    }
  });
});
