import { createGame, legalMoves, moveKey, type Scenario } from "@parley/engine";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type BotName,
  compareSeats,
  createBot,
  playGame,
  type SeatResult,
} from "../packages/engine/src/bots/index.js";
import { harbour, loadScenario } from "./support/scenarios.js";

/**
 * The search bot against random play and the personas. The full comparison (200 seeds, more iterations) is the
 * benchmark's; here a small sample keeps the test to a few seconds. The personas and the NRC scenario are
 * deterministic apart from a 5% random inject, so a persona scores (nearly) the same on every seed; random
 * play is what varies.
 */

const nrc = loadScenario("scenarios/2022-01-12-nato-russia-council.json");
const geneva = loadScenario("scenarios/2022-01-10-geneva-strategic-stability.json");
const PERSONAS: readonly BotName[] = ["boulware", "linear", "conceder", "tit-for-tat", "hardliner"];
const EPS = 1e-9;

function table(s: Scenario, seeds: readonly number[], iterations: number, seats?: readonly string[]) {
  const rows = compareSeats(s, { seeds, ...(seats ? { seats } : {}), options: { mcts: { iterations } } });
  if (!rows.ok) throw new Error(rows.error.message);
  const mean = (seat: string, bot: BotName) =>
    rows.value.find((r: SeatResult) => r.seat === seat && r.bot === bot)?.mean ?? Number.NaN;
  return { rows: rows.value, mean };
}

describe("mcts in the NATO-Russia Council, other seats on their personas", () => {
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
  let result: ReturnType<typeof table> | undefined;
  beforeAll(() => {
    result = table(nrc, seeds, 40);
  });
  const mean = (seat: string, bot: BotName) => result?.mean(seat, bot) ?? Number.NaN;

  it("plays every seat that speaks", () => {
    // Ukraine has a seat in the scenario but not at this table.
    expect([...new Set(result?.rows.map((r) => r.seat))]).toEqual(["nato", "united-states", "russia"]);
  });

  it.each(["nato", "russia", "united-states"])(
    "%s: beats random and does at least as well as every persona",
    (seat) => {
      expect(mean(seat, "mcts")).toBeGreaterThan(mean(seat, "random"));
      for (const persona of PERSONAS)
        expect(mean(seat, "mcts")).toBeGreaterThanOrEqual(mean(seat, persona) - EPS);
    },
  );

  it("russia: beats every persona outright (its reservation is worth more than the status quo)", () => {
    for (const persona of PERSONAS)
      expect(mean("russia", "mcts")).toBeGreaterThan(mean("russia", persona) + 0.01);
  });

  it("nato and the united-states: the personas already reach the best any line reaches (the status quo)", () => {
    // Every agreement that would raise NATO's or the US's utility needs Russia (a hardliner) to concede on an
    // issue it demands, or more minutes than its agenda item has: the ceiling is the status quo, and mcts ties.
    expect(mean("nato", "mcts")).toBeCloseTo(0.61, 9);
    expect(mean("united-states", "mcts")).toBeCloseTo(0.555, 9);
  });
});

describe("mcts where search can find more than the personas", () => {
  it("russia at Geneva: finds agreements no persona reaches", () => {
    const { mean } = table(geneva, [1, 2], 40, ["russia"]);
    for (const persona of PERSONAS)
      expect(mean("russia", "mcts")).toBeGreaterThan(mean("russia", persona) + 0.01);
    expect(mean("russia", "mcts")).toBeGreaterThan(mean("russia", "random"));
  });

  it("crosses its own red line when, and only when, crossing pays", () => {
    // A variant of the harbour talks: Northland's red line forbids the joint authority it values at 0.8, at a
    // price of 0.01. Crossing it lets the joint authority be agreed: the search crosses. At a price of 0.5 it
    // does not.
    const variant = (price: number): Scenario => {
      const base = harbour();
      return {
        ...base,
        redLines: [
          {
            ...base.redLines[0],
            forbidden: ["joint", "south-run"],
            price: { utility: price, trust: 0, cohesion: 0 },
          },
        ],
      } as Scenario;
    };
    const crossings = (price: number) => {
      const s = variant(price);
      const played = playGame(s, 1, { north: createBot("mcts", { seed: 1, iterations: 60 }) });
      if (!played.ok) throw new Error(played.error.message);
      return played.value.moves.filter((m) => m.type === "cross").length;
    };
    expect(crossings(0.01)).toBeGreaterThan(0);
    expect(crossings(0.5)).toBe(0);
  });
});

describe("mcts budgets and modes", () => {
  const state = createGame(harbour(), { seed: 2 });
  const legal = new Set(legalMoves(state).map(moveKey));

  it("a millisecond budget reads the injected clock and stops when it runs out", () => {
    let reads = 0;
    let clock = 0;
    const now = () => {
      reads++;
      clock += 1;
      return clock;
    };
    expect(legal.size).toBe(5);
    const move = createBot("mcts", { seed: 1, budget: { ms: 10, now } }).chooseMove(state);
    expect(move.ok && legal.has(moveKey(move.value))).toBe(true);
    // One read to start; the first five iterations try the five legal moves unconditionally, then one read
    // before each further iteration until ten ticks have passed.
    expect(reads).toBe(11);
  });

  it("max-n mode searches every actor's moves and still returns a legal move", () => {
    const move = createBot("mcts", { seed: 1, iterations: 30, opponents: "max-n" }).chooseMove(state);
    expect(move.ok && legal.has(moveKey(move.value))).toBe(true);
  });
});
