import { readFileSync } from "node:fs";
import { outcome, replay } from "@parley/engine";
import { describe, expect, it } from "vitest";
import { migrateMove } from "../packages/engine/src/scenario/migrate.js";
import { loadScenario, repoPath } from "./support/scenarios.js";

/**
 * Games played by Parley 1 on the format-1 scenarios (default bots and random plays, recorded with the moves
 * and outcomes the old engine gave), replayed on today's engine after migration: where no new rule applies,
 * the same moves must give the same game.
 */
interface RecordedGame {
  readonly scenario: string;
  readonly seed: string;
  readonly moves: readonly Parameters<typeof migrateMove>[0][];
  readonly outcome: {
    readonly overall: string;
    readonly tracks: readonly {
      track: string;
      result: string;
      agreed: object;
      tabled: object;
      followUp: boolean;
      minutes: number;
    }[];
    readonly utilities: Record<string, number>;
    readonly tension: number;
    readonly cohesion: number;
    readonly demands: Record<string, string>;
    readonly redLinesCrossed: readonly string[];
  };
}

/** The format-1 files as Parley 1 shipped them, kept unchanged here (the shipped scenarios have moved on). */
const FILES: Readonly<Record<string, string>> = {
  "2022-01-12-nato-russia-council": "nato-russia-council",
  "2022-01-security-week": "security-week",
  "2022-01-10-geneva-strategic-stability": "geneva-strategic-stability",
  "2022-01-13-osce-permanent-council": "osce-permanent-council",
};

const games = JSON.parse(
  readFileSync(repoPath("tests/fixtures/format1/games-played-by-parley-1.json"), "utf8"),
) as RecordedGame[];

describe("format-1 scenarios, migrated, play the games Parley 1 played", () => {
  it.each(games.map((g, k) => [`${g.scenario} ${g.seed} (${g.moves.length} moves)`, k] as const))(
    "%s",
    (_, k) => {
      const game = games[k] as RecordedGame;
      const scenario = loadScenario(`tests/fixtures/format1/${FILES[game.scenario] ?? game.scenario}.json`);
      const played = replay(scenario, { seed: game.seed, moves: game.moves.map(migrateMove) });
      if (!played.ok) throw new Error(played.error.error.message);
      const now = outcome(played.value);
      expect(now.overall).toBe(game.outcome.overall);
      expect(now.tracks.map(({ cause: _cause, ...rest }) => rest)).toEqual(game.outcome.tracks);
      expect(now.utilities).toEqual(game.outcome.utilities);
      expect([now.tension, now.cohesion]).toEqual([game.outcome.tension, game.outcome.cohesion]);
      expect(now.demands).toEqual(game.outcome.demands);
      expect(now.redLinesCrossed).toEqual(game.outcome.redLinesCrossed);
    },
  );
});
