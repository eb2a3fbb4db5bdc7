import { readdirSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import {
  BOT_NAMES,
  type Bot,
  createBot,
  createGame,
  defaultBot,
  defaultBots,
  type GameState,
  isBotName,
  isOver,
  legalMoves,
  type Move,
  moveKey,
  outcome,
  playGame,
  replay,
  runBatch,
  type Scenario,
  stateHash,
} from "@parley/engine";
import { describe, expect, it } from "vitest";
import { utilityNow } from "../packages/engine/src/bots/shared.js";
import { cloneState } from "../packages/engine/src/rules/initial.js";
import { playChoices, playMoves } from "./support/play.js";
import { harbour, loadScenario, repoPath, runs } from "./support/scenarios.js";

/** The harbour fixture and every January 2022 scenario that validates (they are written alongside). */
function scenarios(): { name: string; scenario: Scenario }[] {
  const out = [{ name: "harbour-talks", scenario: harbour() }];
  for (const file of readdirSync(repoPath("scenarios"))
    .filter((f) => /^2022-.*\.json$/.test(f))
    .sort()) {
    try {
      out.push({ name: file, scenario: loadScenario(`scenarios/${file}`) });
    } catch {
      // Not finished yet: scenarios-2022.test.ts reports it; the bots are tested on the others.
    }
  }
  return out;
}

const ALL = scenarios();
const scenario = harbour();

/** A state reached by random legal play (walk-outs only when allowed, so that most states are deep). */
function reach(s: Scenario, seed: number, choices: readonly number[], walkOuts: boolean): GameState {
  return playChoices(createGame(s, { seed }), choices, { walkOuts }).state;
}

/** Every bot, the search bot kept small. */
function everyBot(seed: number): Bot[] {
  return [
    ...BOT_NAMES.filter((name) => name !== "mcts").map((name) => createBot(name, { seed })),
    createBot("mcts", { seed, iterations: 6 }),
    createBot("mcts", { seed, iterations: 6, opponents: "max-n" }),
  ];
}

const arbPosition = fc.record({
  which: fc.nat({ max: ALL.length - 1 }),
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  choices: fc.array(fc.nat(), { maxLength: 90 }),
  walkOuts: fc.boolean(),
  botSeed: fc.integer(),
});

describe("bots: legal moves only", () => {
  test.prop([arbPosition], { numRuns: runs(60) })(
    "every bot returns a member of legalMoves(state), or game-over when the game is over",
    ({ which, seed, choices, walkOuts, botSeed }) => {
      const s = (ALL[which] ?? ALL[0])?.scenario ?? scenario;
      const state = reach(s, seed, choices, walkOuts);
      const legal = new Set(legalMoves(state).map(moveKey));
      for (const bot of everyBot(botSeed)) {
        const chosen = bot.chooseMove(state);
        if (isOver(state)) {
          expect(chosen.ok).toBe(false);
          if (!chosen.ok) expect(chosen.error.code).toBe("game-over");
        } else {
          expect(chosen.ok, bot.name).toBe(true);
          if (chosen.ok)
            expect(legal.has(moveKey(chosen.value)), `${bot.name}: ${moveKey(chosen.value)}`).toBe(true);
        }
      }
    },
  );

  it("covers the 2022 scenarios once they validate", () => {
    // The NRC scenario is the one the search bot is measured on; it must be among those tested.
    expect(ALL.map((x) => x.name)).toContain("2022-01-12-nato-russia-council.json");
  });

  it("plays whole games of every scenario with every bot in every seat without an illegal move", () => {
    for (const { scenario: s } of ALL) {
      for (const name of BOT_NAMES.filter((n) => n !== "mcts")) {
        const bots = Object.fromEntries(s.actors.map((a) => [a.id, createBot(name, { seed: 3 })]));
        const played = playGame(s, 11, bots);
        expect(played.ok, `${s.id} ${name}: ${played.ok ? "" : played.error.message}`).toBe(true);
      }
    }
  });
});

describe("bots: determinism", () => {
  test.prop([arbPosition], { numRuns: runs(25) })(
    "the same state and the same seed give the same move, whatever was asked in between",
    ({ which, seed, choices, botSeed }) => {
      const s = (ALL[which] ?? ALL[0])?.scenario ?? scenario;
      const state = reach(s, seed, choices, false);
      const other = reach(s, seed + 1, choices.slice(1), false);
      const first = everyBot(botSeed).map((bot) => bot.chooseMove(state));
      const between = everyBot(botSeed);
      for (const bot of between) bot.chooseMove(other);
      expect(between.map((bot) => bot.chooseMove(state))).toEqual(first);
      // A private copy of the state (as playGame hands bots) is the same state to a bot.
      const copy = cloneState(state) as GameState;
      expect(everyBot(botSeed).map((bot) => bot.chooseMove(copy))).toEqual(first);
    },
  );

  it("the random bot's seed matters", () => {
    const states = [0, 1, 2, 3, 4, 5].map((k) => reach(scenario, k, [k, 2 * k, 3], false));
    const moves = (seed: number) => states.map((st) => createBot("random", { seed }).chooseMove(st));
    const seeds = [1, 2, 3, 4, 5].map((seed) => JSON.stringify(moves(seed)));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it("a bot's move in playGame is the move it chooses on the replayed state", () => {
    const bots = {
      north: createBot("mcts", { seed: 5, iterations: 10 }),
      south: createBot("random", { seed: 5 }),
    };
    const played = playGame(scenario, 9, bots);
    if (!played.ok) throw new Error(played.error.message);
    playMoves(createGame(scenario, { seed: 9 }), played.value.moves, (state, move) => {
      const bot = move.actor === "north" ? bots.north : move.actor === "south" ? bots.south : undefined;
      if (bot !== undefined) expect(bot.chooseMove(state)).toEqual({ ok: true, value: move });
    });
  });
});

describe("bots: names and defaults", () => {
  it("knows its names", () => {
    expect(BOT_NAMES).toEqual([
      "random",
      "boulware",
      "linear",
      "conceder",
      "tit-for-tat",
      "hardliner",
      "mcts",
    ]);
    expect(isBotName("mcts")).toBe(true);
    expect(isBotName("minimax")).toBe(false);
    for (const name of BOT_NAMES) expect(createBot(name).name).toBe(name);
  });

  it("defaultBot is the actor's scenario persona; an unknown actor is an error", () => {
    for (const actor of scenario.actors) {
      const bot = defaultBot(scenario, actor.id);
      expect(bot.ok && bot.value.name).toBe(actor.persona);
    }
    const missing = defaultBot(scenario, "atlantis");
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toContain("'north'");
    expect(Object.fromEntries(Object.entries(defaultBots(scenario)).map(([id, b]) => [id, b.name]))).toEqual({
      north: "boulware",
      south: "linear",
      mediator: "conceder",
    });
  });
});

describe("playGame and runBatch", () => {
  it("returns the frozen final state that replay rebuilds from its moves", () => {
    for (const { scenario: s } of ALL) {
      const played = playGame(s, "x", {});
      if (!played.ok) throw new Error(played.error.message);
      const state = played.value;
      expect(isOver(state)).toBe(true);
      expect(Object.isFrozen(state)).toBe(true);
      expect(Object.isFrozen(state.moves)).toBe(true);
      const again = replay(s, { seed: "x", moves: state.moves });
      if (!again.ok) throw new Error(again.error.error.message);
      expect(stateHash(state)).toBe(stateHash(again.value));
      expect(outcome(state)).toEqual(outcome(again.value));
    }
  });

  it("seats left out play their persona, so an empty seating is the default game", () => {
    const a = playGame(scenario, 4, {});
    const b = playGame(scenario, 4, defaultBots(scenario));
    if (!a.ok || !b.ok) throw new Error("failed");
    expect(stateHash(a.value)).toBe(stateHash(b.value));
  });

  it("stops with an error, as data, on an illegal move, a failing bot or an unknown seat", () => {
    const cheat: Bot = {
      name: "cheat",
      chooseMove: () => ({ ok: true, value: { type: "concede", actor: "north", issue: "quota" } as Move }),
    };
    const illegal = playGame(scenario, 1, { north: cheat });
    expect(illegal.ok).toBe(false);
    if (!illegal.ok) {
      expect(illegal.error.code).toBe("illegal-move");
      if (illegal.error.code === "illegal-move") {
        expect(illegal.error.index).toBe(0);
        expect(illegal.error.actor).toBe("north");
        expect(illegal.error.error.code).toBe("wrong-phase");
      }
    }
    const broken: Bot = {
      name: "broken",
      chooseMove: () => ({ ok: false, error: { code: "no-legal-move", message: "nothing to say" } }),
    };
    const failed = playGame(scenario, 1, { south: broken });
    expect(!failed.ok && failed.error.code).toBe("bot-failed");
    const unknown = playGame(scenario, 1, { atlantis: createBot("random") });
    expect(!unknown.ok && unknown.error.code).toBe("unknown-actor");
  });

  it("runBatch returns one outcome per seed with the mean utilities", () => {
    const seeds = [1, 2, 3, 4, 5, 6];
    const batch = runBatch(scenario, { seeds, bots: { north: createBot("random", { seed: 2 }) } });
    if (!batch.ok) throw new Error(batch.error.message);
    const { games, meanUtility, results } = batch.value;
    expect(games.map((g) => g.seed)).toEqual(seeds);
    expect(Object.values(results).reduce((x, y) => x + y, 0)).toBe(seeds.length);
    for (const actor of scenario.actors) {
      const mean = games.reduce((sum, g) => sum + (g.outcome.utilities[actor.id] ?? 0), 0) / games.length;
      expect(meanUtility[actor.id]).toBeCloseTo(mean, 12);
    }
    for (const game of games) {
      const single = playGame(scenario, game.seed, { north: createBot("random", { seed: 2 }) });
      expect(single.ok && outcome(single.value)).toEqual(game.outcome);
    }
  });
});

describe("bots' utility shortcut", () => {
  test.prop([arbPosition], { numRuns: runs(40) })(
    "utilityNow equals the outcome's utility (actorUtility) in any state",
    ({ which, seed, choices, walkOuts }) => {
      const s = (ALL[which] ?? ALL[0])?.scenario ?? scenario;
      const state = reach(s, seed, choices, walkOuts);
      const utilities = outcome(state).utilities;
      s.actors.forEach((actor, k) => {
        expect(utilityNow(state, k)).toBe(utilities[actor.id]);
      });
    },
  );
});
