import { fc, test } from "@fast-check/vitest";
import {
  aspiration,
  createBot,
  createGame,
  DEFAULT_EXPONENTS,
  DEFAULT_WALK_OUT_MARGIN,
  type GameState,
  isOver,
  type Move,
  playGame,
} from "@parley/engine";
import { describe, expect, it } from "vitest";
import { walkOutPays } from "../packages/engine/src/bots/shared.js";
import { playChoices, playMoves } from "./support/play.js";
import { harbour, loadScenario, runs } from "./support/scenarios.js";

const scenario = harbour();
const nrc = loadScenario("scenarios/2022-01-12-nato-russia-council.json");
const PERSONAS = ["boulware", "linear", "conceder", "tit-for-tat", "hardliner"] as const;

/** The game after moves that must be legal. */
function play(moves: readonly Move[], seed = 1): GameState {
  return playMoves(createGame(scenario, { seed }), moves).state;
}

/** A state reached by legal moves picked by index, never walking out. */
function reach(seed: number, choices: readonly number[]): GameState {
  return playChoices(createGame(scenario, { seed }), choices, { walkOuts: false }).state;
}

function chosen(name: (typeof PERSONAS)[number], state: GameState): Move {
  const move = createBot(name).chooseMove(state);
  if (!move.ok) throw new Error(move.error.message);
  return move.value;
}

describe("aspiration (time-dependent concession)", () => {
  it("runs from the best value at t = 0 to the floor at t = 1", () => {
    for (const e of [0.2, 1, 3]) {
      expect(aspiration(1, 0.4, 0, e)).toBe(1);
      expect(aspiration(1, 0.4, 1, e)).toBeCloseTo(0.4, 12);
    }
    expect(aspiration(1, 0, 0.5, 1)).toBeCloseTo(0.5, 12);
    expect(DEFAULT_EXPONENTS).toEqual({ boulware: 0.2, linear: 1, conceder: 3, hardliner: 0.1 });
  });

  test.prop([
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0.05, max: 10, noNaN: true }),
    fc.double({ min: 0.05, max: 10, noNaN: true }),
  ])(
    "falls with time, stays between floor and best, and a lower exponent holds out longer",
    (x, y, t1, t2, e1, e2) => {
      const [floor, best] = x <= y ? [x, y] : [y, x];
      const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
      const [boulware, conceder] = e1 <= e2 ? [e1, e2] : [e2, e1];
      const a = aspiration(best, floor, early, boulware);
      expect(a).toBeGreaterThanOrEqual(floor - 1e-12);
      expect(a).toBeLessThanOrEqual(best + 1e-12);
      expect(aspiration(best, floor, late, boulware)).toBeLessThanOrEqual(a + 1e-12);
      expect(aspiration(best, floor, early, conceder)).toBeLessThanOrEqual(a + 1e-12);
    },
  );
});

describe("time-dependent personas", () => {
  /** The index of the first concession when every seat plays the persona; Infinity if there is none. */
  const firstConcession = (name: "boulware" | "linear" | "conceder", seed: number) => {
    const bots = Object.fromEntries(scenario.actors.map((a) => [a.id, createBot(name)]));
    const played = playGame(scenario, seed, bots);
    if (!played.ok) throw new Error(played.error.message);
    const index = played.value.moves.findIndex((m) => m.type === "concede");
    return index === -1 ? Number.POSITIVE_INFINITY : index;
  };

  it("Boulware concedes later than linear, and linear no earlier than Conceder", () => {
    for (const seed of [1, 2, 3, 4]) {
      const boulware = firstConcession("boulware", seed);
      const linear = firstConcession("linear", seed);
      const conceder = firstConcession("conceder", seed);
      expect(conceder).toBeLessThan(boulware);
      expect(conceder).toBeLessThanOrEqual(linear);
      expect(linear).toBeLessThan(boulware);
      expect(conceder).toBeLessThan(Number.POSITIVE_INFINITY);
    }
  });

  it("the concession exponent is an option", () => {
    // A Boulware with the Conceder's exponent concedes when the Conceder does.
    const at = (bot: ReturnType<typeof createBot>) => {
      const played = playGame(scenario, 1, Object.fromEntries(scenario.actors.map((a) => [a.id, bot])));
      if (!played.ok) throw new Error(played.error.message);
      return played.value.moves.findIndex((m) => m.type === "concede");
    };
    expect(at(createBot("boulware", { exponent: 3 }))).toBe(at(createBot("conceder")));
    expect(at(createBot("conceder", { exponent: 0.2 }))).toBe(at(createBot("boulware")));
  });

  it("propose their position first, and open cooperatively", () => {
    // Opening: Northland's partner trusts it at 50 (above the acceptance threshold): a conciliatory statement.
    expect(chosen("linear", createGame(scenario, { seed: 1 }))).toEqual({
      type: "statement",
      actor: "north",
      tone: "conciliatory",
    });
    const agenda = play([
      { type: "pass", actor: "north" },
      { type: "pass", actor: "south" },
    ]);
    for (const name of ["boulware", "linear", "conceder"] as const) {
      expect(chosen(name, agenda)).toEqual({
        type: "propose",
        actor: "north",
        issue: "quota",
        option: "north-most",
      });
    }
  });

  it("accept a proposal that meets their aspiration, and reaffirm a challenged red line first", () => {
    // Harbour (Southland values closed 0.1, the status quo; joint 0.6; south-run 1): Northland proposes the joint
    // authority a quarter into the item. A Conceder's aspiration has already fallen below 0.6, so it concedes
    // towards it (and will accept); a Boulware's has barely moved, so it counters with its own position.
    const proposed = play([
      { type: "pass", actor: "north" },
      { type: "pass", actor: "south" },
      { type: "pass", actor: "north" },
      { type: "pass", actor: "south" },
      { type: "propose", actor: "north", issue: "harbour", option: "joint" },
    ]);
    expect(chosen("conceder", proposed)).toEqual({ type: "concede", actor: "south", issue: "harbour" });
    expect(chosen("boulware", proposed)).toEqual({
      type: "counter",
      actor: "south",
      issue: "harbour",
      option: "south-run",
    });
    const conceded = play([
      { type: "pass", actor: "north" },
      { type: "pass", actor: "south" },
      { type: "pass", actor: "north" },
      { type: "pass", actor: "south" },
      { type: "propose", actor: "north", issue: "harbour", option: "joint" },
      { type: "concede", actor: "south", issue: "harbour" },
      { type: "pass", actor: "north" },
    ]);
    expect(chosen("conceder", conceded)).toEqual({ type: "accept", actor: "south", issue: "harbour" });
    // Harbour: Southland proposes to run it alone, challenging Northland's red line.
    const challenged = play([
      { type: "pass", actor: "north" },
      { type: "pass", actor: "south" },
      { type: "pass", actor: "north" },
      { type: "pass", actor: "south" },
      { type: "propose", actor: "north", issue: "harbour", option: "joint" },
      { type: "counter", actor: "south", issue: "harbour", option: "south-run" },
    ]);
    for (const name of PERSONAS) {
      expect(chosen(name, challenged)).toEqual({
        type: "reaffirm",
        actor: "north",
        redLine: "north-no-south-harbour",
      });
    }
  });
});

describe("hardliner", () => {
  test.prop([fc.integer({ min: 0, max: 999 }), fc.array(fc.nat(), { maxLength: 70 })], { numRuns: runs(80) })(
    "never concedes on, nor accepts below its best on, an issue it has a demand on",
    (seed, choices) => {
      const state = reach(seed, choices);
      if (isOver(state)) return;
      const move = chosen("hardliner", state);
      if (move.type !== "concede" && move.type !== "accept") return;
      const demanded = scenario.demands.some((d) => d.actor === move.actor && d.issue === move.issue);
      if (move.type === "concede") expect(demanded).toBe(false);
      if (move.type === "accept" && demanded) {
        const issue = scenario.issues.find((i) => i.id === move.issue);
        const i = scenario.issues.findIndex((x) => x.id === move.issue);
        const option = issue?.options[state.proposals[i]?.option ?? -1]?.id ?? "";
        const values = issue?.values[move.actor] ?? {};
        expect(values[option]).toBe(Math.max(...Object.values(values)));
      }
    },
  );

  it("opens with a firm statement and counters a proposal it will not take with its demand", () => {
    expect(chosen("hardliner", createGame(scenario, { seed: 1 }))).toEqual({
      type: "statement",
      actor: "north",
      tone: "firm",
    });
    const proposed = play([
      { type: "pass", actor: "north" },
      { type: "pass", actor: "south" },
      { type: "pass", actor: "north" },
      { type: "propose", actor: "south", issue: "quota", option: "south-most" },
    ]);
    expect(chosen("hardliner", proposed)).toEqual({
      type: "counter",
      actor: "north",
      issue: "quota",
      option: "north-most",
    });
  });
});

describe("tit-for-tat", () => {
  it("opens conciliatory, answers firm with firm, a concession with a concession, a rejection with a rejection", () => {
    expect(chosen("tit-for-tat", createGame(scenario, { seed: 1 }))).toEqual({
      type: "statement",
      actor: "north",
      tone: "conciliatory",
    });
    expect(chosen("tit-for-tat", play([{ type: "statement", actor: "north", tone: "firm" }]))).toEqual({
      type: "statement",
      actor: "south",
      tone: "firm",
    });
    const conceded = play([
      { type: "pass", actor: "north" },
      { type: "pass", actor: "south" },
      { type: "concede", actor: "north", issue: "quota" },
    ]);
    expect(chosen("tit-for-tat", conceded)).toEqual({ type: "concede", actor: "south", issue: "quota" });
    const rejected = play([
      { type: "pass", actor: "north" },
      { type: "pass", actor: "south" },
      { type: "propose", actor: "north", issue: "quota", option: "north-most" },
      { type: "counter", actor: "south", issue: "quota", option: "south-most" },
    ]);
    expect(chosen("tit-for-tat", rejected)).toEqual({ type: "reject", actor: "north", issue: "quota" });
  });
});

describe("every persona", () => {
  test.prop([fc.integer({ min: 0, max: 999 }), fc.array(fc.nat(), { maxLength: 70 })], { numRuns: runs(80) })(
    "walks out only when its reservation beats ending the talks now by more than its margin",
    (seed, choices) => {
      const state = reach(seed, choices);
      if (isOver(state)) return;
      for (const name of PERSONAS) {
        const move = chosen(name, state);
        const a = scenario.actors.findIndex((x) => x.id === move.actor);
        if (move.type === "walk-out") expect(walkOutPays(state, a, DEFAULT_WALK_OUT_MARGIN)).toBe(true);
      }
    },
  );

  it("never walks out or crosses a red line in the NRC, and never lets tension collapse it", () => {
    for (const name of PERSONAS) {
      const played = playGame(nrc, 1, Object.fromEntries(nrc.actors.map((a) => [a.id, createBot(name)])));
      if (!played.ok) throw new Error(played.error.message);
      expect(played.value.moves.filter((m) => m.type === "walk-out" || m.type === "cross")).toEqual([]);
      expect(played.value.results.map((r) => r.result)).not.toContain("collapse");
    }
  });
});
