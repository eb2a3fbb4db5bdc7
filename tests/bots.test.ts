import { fc, test } from "@fast-check/vitest";
import {
  BOT_NAMES,
  checkMove,
  createBot,
  type GameState,
  isBotName,
  isOver,
  legalMoves,
  moveKey,
  PERSONAS,
  playGame,
} from "@parley/engine";
import { describe, expect, it } from "vitest";
import { vouch } from "../packages/engine/src/core/index.js";
import { compiledOf } from "../packages/engine/src/rules/compile.js";
import { deepFreeze } from "../packages/engine/src/vocabulary/freeze.js";
import { ALL, everyBot, mediated, must, nrc, reach } from "./support/bots.js";
import { runs } from "./support/scenarios.js";

const arbPosition = fc.record({
  which: fc.nat({ max: ALL.length - 1 }),
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  choices: fc.array(fc.nat(), { maxLength: 80 }),
  walkOuts: fc.boolean(),
  botSeed: fc.integer(),
});

const scenarioAt = (which: number) => (ALL[which] ?? ALL[0])?.scenario ?? nrc;

describe("bots: names and options", () => {
  it("are the personas and the search bot", () => {
    expect(BOT_NAMES).toEqual([...PERSONAS, "mcts"]);
    expect(isBotName("mcts")).toBe(true);
    expect(isBotName("minimax")).toBe(false);
    for (const name of BOT_NAMES) expect(must(createBot(name)).name).toBe(name);
    expect(createBot("minimax" as "mcts")).toMatchObject({ ok: false, error: { code: "unknown-bot" } });
  });

  it("refuses every option out of range, unknown or undefined, naming it", () => {
    const now = () => 0;
    const bad: [Parameters<typeof createBot>[0], unknown, string][] = [
      ["mcts", { iterations: Number.POSITIVE_INFINITY }, "iterations"],
      ["mcts", { iterations: Number.NaN }, "iterations"],
      ["mcts", { iterations: -5 }, "iterations"],
      ["mcts", { iterations: 0 }, "iterations"],
      ["mcts", { iterations: 2.5 }, "iterations"],
      ["mcts", { iterations: 1e9 }, "iterations"],
      ["mcts", { budget: { ms: Number.NaN, now } }, "budget.ms"],
      ["mcts", { budget: { ms: Number.POSITIVE_INFINITY, now } }, "budget.ms"],
      ["mcts", { budget: { ms: -1, now } }, "budget.ms"],
      ["mcts", { budget: { ms: 10 } }, "budget.now"],
      ["mcts", { budget: { ms: 10, now: 5 } }, "budget.now"],
      ["mcts", { exploration: Number.NaN }, "exploration"],
      ["mcts", { playoutLimit: 0 }, "playoutLimit"],
      ["mcts", { iteration: 10 }, "iteration"],
      ["boulware", { exponent: 0 }, "exponent"],
      ["boulware", { exponent: Number.POSITIVE_INFINITY }, "exponent"],
      ["linear", { temperature: -1 }, "temperature"],
      ["linear", { temperature: Number.NaN }, "temperature"],
      ["mediator", { bargain: "utilitarian" }, "bargain"],
      ["hardliner", { walkOutMargin: 2 }, "walkOutMargin"],
      ["random", { exponent: 1 }, "exponent"],
      ["random", { seed: undefined }, "seed"],
      ["random", { seed: Number.NaN }, "seed"],
      ["random", { seed: {} }, "seed"],
      ["random", null, "options"],
      ["random", 5, "options"],
    ];
    for (const [name, options, named] of bad) {
      const built = createBot(name, options as never);
      expect(built.ok, `${name} ${String(named)}`).toBe(false);
      if (!built.ok) {
        expect(built.error.code).toBe("bad-options");
        expect(built.error.message).toContain(named);
      }
    }
    expect(createBot("mcts", { iterations: 20, budget: { ms: 5, now }, exploration: 0 }).ok).toBe(true);
  });

  it("says so, at once, when the search's clock gives no number", () => {
    const start = must(playGame(nrc, 1, {}));
    expect(isOver(start)).toBe(true);
    const state = reach(nrc, 1, [0, 1, 2], false);
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, undefined]) {
      const bot = must(createBot("mcts", { budget: { ms: 50, now: () => value as number } }));
      expect(bot.chooseMove(state)).toMatchObject({ ok: false, error: { code: "bad-options" } });
    }
    const throwing = must(
      createBot("mcts", {
        budget: {
          ms: 50,
          now: () => {
            throw new Error("no clock");
          },
        },
      }),
    );
    expect(throwing.chooseMove(state)).toMatchObject({ ok: false, error: { code: "bad-options" } });
  });
});

describe("bots: legal moves, determinism and the seat's view", () => {
  test.prop([arbPosition], { numRuns: runs(25) })(
    "every bot returns a legal move, or game-over when the game is over",
    ({ which, seed, choices, walkOuts, botSeed }) => {
      const state = reach(scenarioAt(which), seed, choices, walkOuts);
      for (const bot of everyBot(botSeed)) {
        const chosen = bot.chooseMove(state);
        if (isOver(state)) {
          expect(chosen).toMatchObject({ ok: false, error: { code: "game-over" } });
          continue;
        }
        if (!chosen.ok) throw new Error(`${bot.name}: ${chosen.error.message}`);
        expect(checkMove(state, chosen.value).ok, `${bot.name}: ${moveKey(chosen.value)}`).toBe(true);
      }
    },
  );

  test.prop([arbPosition], { numRuns: runs(12) })(
    "the same view and seed give the same move, whatever was asked in between; a copy of the state too",
    ({ which, seed, choices, botSeed }) => {
      const s = scenarioAt(which);
      const state = reach(s, seed, choices, false);
      const first = everyBot(botSeed).map((bot) => bot.chooseMove(state));
      const bots = everyBot(botSeed);
      for (const bot of bots) bot.chooseMove(reach(s, seed + 1, choices.slice(1), false));
      expect(bots.map((bot) => bot.chooseMove(state))).toEqual(first);
      // A structured clone is not the engine's own object: it is rebuilt from its seed and moves.
      expect(everyBot(botSeed).map((bot) => bot.chooseMove(structuredClone(state)))).toEqual(first);
    },
  );

  test.prop(
    [
      fc.record({
        seed: fc.integer({ min: 0, max: 100_000 }),
        choices: fc.array(fc.nat(), { maxLength: 60 }),
        types: fc.array(fc.integer({ min: -1, max: 3 }), { minLength: 3, maxLength: 3 }),
        reservations: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        botSeed: fc.integer(),
      }),
    ],
    { numRuns: runs(40) },
  )(
    "a bot's choice depends only on its seat's view and its seed: another seat's private data never changes it",
    ({ seed, choices, types, reservations, botSeed }) => {
      const state = reach(mediated, seed, choices, false);
      if (isOver(state)) return;
      const me = floor(state);
      // Another seat's type and reservation, changed at will (types within each actor's list).
      const changed = vouch(
        deepFreeze({
          ...state,
          types: state.types.map((t, a) =>
            a === me ? t : Math.min(types[a] ?? -1, (mediated.actors[a]?.types.length ?? 0) - 1),
          ),
          reservations: state.reservations.map((r, a) => (a === me ? r : (reservations[a] ?? r))),
        }) as GameState,
      );
      for (const [k, bot] of everyBot(botSeed, 3).entries()) {
        expect(bot.chooseMove(changed), BOT_NAMES[k]).toEqual(bot.chooseMove(state));
      }
    },
  );

  it("plays whole games of every scenario, hidden information included, with every bot in every seat", () => {
    for (const { name, scenario } of ALL) {
      for (const bot of BOT_NAMES.filter((n) => n !== "mcts")) {
        const seats = Object.fromEntries(
          scenario.actors.map((a) => [a.id, must(createBot(bot, { seed: a.id }))]),
        );
        const played = playGame(scenario, 11, seats);
        expect(played.ok, `${name} ${bot}: ${played.ok ? "" : played.error.message}`).toBe(true);
      }
    }
    for (const scenario of [mediated, ALL[6]?.scenario ?? mediated]) {
      for (const actor of scenario.actors) {
        const played = playGame(scenario, 3, {
          [actor.id]: must(createBot("mcts", { seed: 3, iterations: 4 })),
        });
        expect(played.ok, `${scenario.id} ${actor.id}`).toBe(true);
      }
    }
  });
});

/** The index of the actor on the floor (the legal moves all name it). */
function floor(state: GameState): number {
  const id = legalMoves(state)[0]?.actor;
  return state.scenario.actors.findIndex((a) => a.id === id);
}

describe("bots: red lines", () => {
  test.prop([arbPosition], { numRuns: runs(40) })(
    "no bot tables terms its own standing red line forbids, or accepts terms across its own or an absent actor's",
    ({ which, seed, choices, walkOuts, botSeed }) => {
      const s = scenarioAt(which);
      const state = reach(s, seed, choices, walkOuts);
      if (isOver(state)) return;
      const c = compiledOf(s);
      const standing = (r: number) => state.redLines[r] !== "crossed";
      for (const bot of everyBot(botSeed)) {
        const move = must(bot.chooseMove(state));
        const me = c.actorIndex.get(move.actor) ?? -1;
        const terms =
          move.type === "propose" || move.type === "counter"
            ? move.terms
            : move.type === "accept"
              ? Object.fromEntries(
                  state.table
                    .filter((p) =>
                      move.issues.every((i) => (p.options[c.issueIndex.get(i) ?? -1] ?? -1) >= 0),
                    )
                    .flatMap((p) =>
                      p.options.flatMap((o, i) =>
                        o >= 0 ? [[s.issues[i]?.id ?? "", s.issues[i]?.options[o]?.id ?? ""]] : [],
                      ),
                    ),
                )
              : {};
        const track = s.tracks[state.track.index];
        const parties = track?.parties ?? track?.participants ?? [];
        s.redLines.forEach((line, r) => {
          if (!standing(r) || !Object.hasOwn(terms, line.issue)) return;
          if (!line.forbidden.includes(terms[line.issue] ?? "")) return;
          // A party's red line stops its own acceptance; an absent actor's or a mediator's, everyone's.
          const binds = c.redLineActor[r] === me || (move.type === "accept" && !parties.includes(line.actor));
          expect(binds, `${bot.name} ${moveKey(move)} ${line.id}`).toBe(false);
        });
      }
    },
  );
});
