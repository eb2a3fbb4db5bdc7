import {
  applyMove,
  type Bot,
  compareSeats,
  createBot,
  createGame,
  currentActor,
  defaultBots,
  type GameState,
  gameMoves,
  isOver,
  type Move,
  outcome,
  playGame,
  RESULT_KINDS,
  replay,
  runBatch,
  stateHash,
} from "@parley/engine";
import { describe, expect, it } from "vitest";
import { ALL, mediated, must, nrc, summit } from "./support/bots.js";
import { firstUnfrozen } from "./support/frozen.js";

/** A custom bot that passes, looking at (and trying to change) the state it is given. */
function passer(seen: GameState[] = [], meddle = false): Bot {
  return {
    name: "random",
    chooseMove(state) {
      seen.push(state);
      if (meddle) {
        Reflect.set(state, "tension", 100);
        Reflect.set(state.trust[0] ?? [], 0, 0);
      }
      const move: Move = { type: "pass", actor: currentActor(state) ?? "" };
      return { ok: true, value: move };
    },
  };
}

describe("playGame", () => {
  it("returns the frozen final state that replay rebuilds from its moves", () => {
    for (const { name, scenario } of ALL) {
      const state = must(playGame(scenario, "x"));
      expect(isOver(state), name).toBe(true);
      expect(Object.isFrozen(state) && Object.isFrozen(state.moves) && Object.isFrozen(state.trust)).toBe(
        true,
      );
      const again = replay(scenario, { seed: "x", moves: gameMoves(state) });
      if (!again.ok) throw new Error(again.error.error.message);
      expect(stateHash(again.value), name).toBe(stateHash(state));
      expect(outcome(again.value)).toEqual(outcome(state));
    }
  });

  it("plays seats left out on their default bots: an empty seating is the default seating", () => {
    for (const scenario of [nrc, mediated, summit]) {
      const a = must(playGame(scenario, 4));
      const b = must(playGame(scenario, 4, defaultBots(scenario)));
      expect(stateHash(a)).toBe(stateHash(b));
    }
  });

  it("makes the move a built-in bot chooses on the seat's view of each position", () => {
    // The driver runs built-in bots through their policy on its own working copy; chooseMove runs the same
    // policy on the seat's masked view. They agree move for move, hidden types and all.
    for (const scenario of [mediated, summit, nrc]) {
      for (const seed of [1, 2]) {
        const seats = Object.fromEntries(
          scenario.actors.map((a, k) => [
            a.id,
            must(createBot(k === 0 ? "mcts" : a.persona, k === 0 ? { seed, iterations: 3 } : { seed: a.id })),
          ]),
        );
        const played = must(playGame(scenario, seed, seats));
        let state = must(createGame(scenario, { seed }));
        for (const move of gameMoves(played)) {
          const bot = seats[move.actor];
          expect(bot?.chooseMove(state), `${scenario.id} ${seed} move ${state.moveCount}`).toEqual({
            ok: true,
            value: move,
          });
          state = must(applyMove(state, move)).state;
        }
      }
    }
  });

  it("gives a custom bot a frozen seat view, never its working state, and checks every move it returns", () => {
    const seen: GameState[] = [];
    const quiet = must(playGame(mediated, 7, { employer: passer() }));
    const meddled = must(playGame(mediated, 7, { employer: passer(seen, true) }));
    expect(stateHash(meddled)).toBe(stateHash(quiet));
    expect(seen.length).toBeGreaterThan(0);
    const union = mediated.actors.findIndex((a) => a.id === "union");
    for (const view of seen) {
      expect(firstUnfrozen(view)).toBeNull();
      // The union's type is private: the employer's seat sees none.
      expect(view.types[union]).toBe(-1);
    }
    expect(outcome(meddled).types.union).toBeDefined();
  });

  it("stops with an error, as data, on an illegal move, a failing or throwing bot, an unknown seat or seed", () => {
    const cheat: Bot = {
      name: "random",
      chooseMove: () => ({ ok: true, value: { type: "concede", actor: "nato", issue: "enlargement" } }),
    };
    const illegal = playGame(nrc, 1, { nato: cheat });
    expect(!illegal.ok && illegal.error.code).toBe("illegal-move");
    if (!illegal.ok && illegal.error.code === "illegal-move") {
      expect(illegal.error.index).toBe(0);
      expect(illegal.error.actor).toBe("nato");
      expect(illegal.error.error.code).toBe("wrong-phase");
    }
    const junk: Bot = {
      name: "random",
      chooseMove: () => ({ ok: true, value: { type: "dance" } as unknown as Move }),
    };
    const malformed = playGame(nrc, 1, { nato: junk });
    expect(!malformed.ok && malformed.error.code).toBe("illegal-move");
    const broken: Bot = {
      name: "random",
      chooseMove: () => ({ ok: false, error: { code: "no-legal-move", message: "nothing to say" } }),
    };
    expect(playGame(nrc, 1, { nato: broken })).toMatchObject({ ok: false, error: { code: "bot-failed" } });
    const thrower: Bot = {
      name: "random",
      chooseMove: () => {
        throw new Error("boom");
      },
    };
    expect(playGame(nrc, 1, { nato: thrower })).toMatchObject({ ok: false, error: { code: "bot-failed" } });
    const unknown = playGame(nrc, 1, { atlantis: must(createBot("random")) });
    expect(unknown).toMatchObject({ ok: false, error: { code: "unknown-actor" } });
    if (!unknown.ok) expect(unknown.error.message).toContain("'russia'");
    expect(playGame(nrc, 1, { nato: {} as Bot })).toMatchObject({ ok: false, error: { code: "not-a-bot" } });
    expect(playGame(nrc, Number.NaN)).toMatchObject({ ok: false, error: { code: "invalid-game" } });
  });
});

describe("runBatch", () => {
  it("returns one outcome per seed, the mean utilities and how the games ended", () => {
    const seeds = [1, 2, 3, 4, 5, 6];
    const bots = { union: must(createBot("random", { seed: 2 })) };
    const batch = must(runBatch(mediated, { seeds, bots }));
    expect(batch.games.map((g) => g.seed)).toEqual(seeds);
    expect(Object.keys(batch.results).sort()).toEqual([...RESULT_KINDS].sort());
    expect(Object.values(batch.results).reduce((x, y) => x + y, 0)).toBe(seeds.length);
    for (const actor of mediated.actors) {
      const mean =
        batch.games.reduce((sum, g) => sum + (g.outcome.utilities[actor.id] ?? 0), 0) / seeds.length;
      expect(batch.meanUtility[actor.id]).toBeCloseTo(mean, 12);
    }
    for (const game of batch.games) {
      const single = must(playGame(mediated, game.seed, bots));
      expect(outcome(single)).toEqual(game.outcome);
      expect(single.moveCount).toBe(game.moves);
    }
  });

  it("refuses seeds that are not a list", () => {
    expect(runBatch(nrc, { seeds: "1" as unknown as number[] })).toMatchObject({
      ok: false,
      error: { code: "bad-options" },
    });
  });
});

describe("compareSeats", () => {
  it("puts each bot in each seat, the others on their default bots", () => {
    const rows = must(compareSeats(nrc, { seeds: [1, 2], seats: ["russia"], bots: ["random", "hardliner"] }));
    expect(rows.map((r) => [r.seat, r.bot, r.utilities.length])).toEqual([
      ["russia", "random", 2],
      ["russia", "hardliner", 2],
    ]);
    for (const row of rows) {
      const games = [1, 2].map((seed) =>
        must(playGame(nrc, seed, { russia: must(createBot(row.bot, { seed })) })),
      );
      expect(row.utilities).toEqual(games.map((g) => outcome(g).utilities.russia));
    }
  });

  it("reports an unknown seat and bad bot options as data", () => {
    expect(compareSeats(nrc, { seeds: [1], seats: ["atlantis"] })).toMatchObject({
      ok: false,
      error: { code: "unknown-actor" },
    });
    expect(
      compareSeats(nrc, {
        seeds: [1],
        seats: ["russia"],
        bots: ["mcts"],
        options: { mcts: { iterations: -5 } },
      }),
    ).toMatchObject({ ok: false, error: { code: "bad-bot" } });
  });
});
