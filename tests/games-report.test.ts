import { fc, test } from "@fast-check/vitest";
import {
  createGame,
  gameClass,
  gamesReport,
  MAX_REPORT_GAMES,
  outcome,
  playGame,
  simulate,
} from "@parley/engine";
import { describe, expect, it } from "vitest";
import { grouped } from "../packages/engine/src/vocabulary/grouped.js";
import { must, nrc, osce } from "./support/bots.js";

// `gamesReport` sums up games already played (a class's) in the shape of `simulate`'s report, so that the two
// sit side by side. The games a simulation plays, summed up by `gamesReport`, give the simulation's figures.

describe("gamesReport", () => {
  test.prop([fc.string({ maxLength: 6 }), fc.integer({ min: 1, max: 6 })], { numRuns: 4 })(
    "of the games a simulation played gives the simulation's classes, utilities and results",
    (base, count) => {
      const seeds = Array.from({ length: count }, (_, k) => `${base}:${k}`);
      const states = seeds.map((seed) => must(playGame(osce, seed)));
      const games = must(gamesReport(states));
      const simulated = must(simulate(osce, { seeds: { base, count } }));
      expect(games.games).toBe(count);
      expect(games.classes).toEqual(simulated.classes);
      expect(games.results).toEqual(simulated.results);
      expect(games.utilities).toEqual(simulated.utilities);
      expect(games.record).toEqual(simulated.record);
      expect(games.seeds).toEqual({ base: "", start: 0, count });
    },
  );

  it("counts each game's own class", () => {
    const states = ["a", "b", "c"].map((seed) => must(playGame(nrc, seed)));
    const report = must(gamesReport(states));
    for (const state of states) {
      const found = report.classes.find((c) => c.class === gameClass(outcome(state)));
      expect(found?.count).toBeGreaterThan(0);
    }
    expect(report.classes.reduce((n, c) => n + c.count, 0)).toBe(3);
  });

  it("refuses no games, games of two scenarios and what is not a game, with a message", () => {
    const none = gamesReport([]);
    expect(none.ok ? null : none.error.code).toBe("no-games");
    const mixed = gamesReport([must(playGame(nrc, "a")), must(playGame(osce, "a"))]);
    expect(mixed.ok ? null : mixed.error.code).toBe("different-scenario");
    expect(mixed.ok ? "" : mixed.error.message).toMatch(/Game 2 is of scenario 'osce/);
    const fake = { ...must(createGame(nrc, { seed: 1 })), moveCount: 3 };
    const bad = gamesReport([fake]);
    expect(bad.ok ? null : bad.error.code).toBe("invalid-state");
  });

  it("refuses too many games with the limit written out the same on every runtime", () => {
    const game = must(createGame(nrc, { seed: 1 }));
    const many = gamesReport(Array.from({ length: MAX_REPORT_GAMES + 1 }, () => game));
    expect(many.ok ? null : many.error.code).toBe("too-many-games");
    expect(many.ok ? "" : many.error.message).toContain(`At most ${grouped(MAX_REPORT_GAMES)} games`);
    expect([0, 999, 1000, 10_000, 1_234_567, -4200].map(grouped)).toEqual([
      "0",
      "999",
      "1,000",
      "10,000",
      "1,234,567",
      "-4,200",
    ]);
  });
});
