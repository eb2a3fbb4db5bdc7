import { readdirSync } from "node:fs";
import {
  applyMove,
  checkMove,
  createGame,
  type GameState,
  isOver,
  legalMoves,
  moveKey,
  outcome,
  replay,
  type ValidScenario,
} from "@parley/engine";
import { checkHistory } from "@parley/engine/testing";
import { describe, expect, it } from "vitest";
import { loadScenario, repoPath } from "./support/scenarios.js";

/**
 * The historical record of every scenario: each file parses, its `history` (every January 2022 file has
 * one) is a line of play that is legal move by move, and replaying it gives the outcome the file records.
 */

const files = readdirSync(repoPath("scenarios"))
  .filter((name) => name.endsWith(".json") && name !== "scenario.schema.json")
  .sort();

function history(scenario: ValidScenario): NonNullable<ValidScenario["history"]> {
  if (scenario.history === undefined) throw new Error(`${scenario.id} has no history`);
  return scenario.history;
}

/** Replays the recorded moves, failing with the move's index and the engine's reason on the first refusal. */
function replayed(scenario: ValidScenario): GameState {
  const h = history(scenario);
  const result = replay(scenario, { seed: h.seed, moves: h.moves });
  if (!result.ok) {
    const { index, error } = result.error;
    throw new Error(`${scenario.id}: history move ${index} is refused: ${error.code}: ${error.message}`);
  }
  return result.value;
}

describe("scenario files", () => {
  it("finds the January 2022 scenarios", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "2022-01-10-geneva-strategic-stability.json",
        "2022-01-12-nato-russia-council.json",
        "2022-01-13-osce-permanent-council.json",
        "2022-01-security-week.json",
      ]),
    );
    const recorded = files.filter((file) => loadScenario(`scenarios/${file}`).history !== undefined);
    expect(recorded).toEqual(expect.arrayContaining(files.filter((file) => file.startsWith("2022-01-"))));
  });

  it.each(files)("%s parses, in format 2 (a format-1 file is migrated when read)", (file) => {
    expect(loadScenario(`scenarios/${file}`).formatVersion).toBe(2);
  });

  const recorded = files.filter((file) => loadScenario(`scenarios/${file}`).history !== undefined);

  describe.each(recorded)("%s, its historical record", (file) => {
    const scenario = loadScenario(`scenarios/${file}`);

    it("records only moves that are legal when they are made", () => {
      const h = history(scenario);
      const started = createGame(scenario, { seed: h.seed });
      if (!started.ok) throw new Error(started.error.message);
      let state = started.value;
      h.moves.forEach((move, index) => {
        if ("terms" in move && Object.keys(move.terms).length > 1) {
          // A composed package is legal without being listed (docs/rules.md, "Legal moves and composed packages").
          expect(checkMove(state, move).ok, `move ${index} (${moveKey(move)})`).toBe(true);
        } else {
          const legal = legalMoves(state).map(moveKey);
          expect(legal, `move ${index} (${moveKey(move)})`).toContain(moveKey(move));
        }
        const result = applyMove(state, move);
        if (!result.ok) throw new Error(`move ${index}: ${result.error.message}`);
        state = result.value.state;
      });
      expect(isOver(state)).toBe(true);
    });

    it("replays its history to the recorded outcome", () => {
      const h = history(scenario);
      const got = outcome(replayed(scenario));
      expect(got.finished).toBe(true);
      expect(got.overall).toBe(h.outcome.overall);
      if (h.outcome.tracks !== undefined) {
        const tracks = got.tracks.map((t) => ({
          track: t.track,
          result: t.result,
          agreed: t.agreed,
          tabled: t.tabled,
          followUp: t.followUp,
        }));
        expect(tracks).toEqual(
          h.outcome.tracks.map((t) => ({
            track: t.track,
            result: t.result,
            agreed: t.agreed ?? {},
            tabled: t.tabled ?? [],
            followUp: t.followUp ?? false,
          })),
        );
      }
      for (const [actor, utility] of Object.entries(h.outcome.utilities ?? {})) {
        expect(got.utilities[actor], actor).toBeCloseTo(utility, 6);
      }
    });

    it("holds its record by the testing kit's checkHistory too", () => {
      expect(checkHistory(scenario)).toBeNull();
    });

    it("replays each meeting within the lengths the sources report, where they report one", () => {
      const got = outcome(replayed(scenario));
      for (const track of scenario.tracks) {
        const reported = track.reportedLength.map((r) => r.minutes);
        if (reported.length === 0) continue;
        const minutes = got.tracks.find((t) => t.track === track.id)?.minutes;
        expect(minutes, track.id).toBeGreaterThanOrEqual(Math.min(...reported));
        expect(minutes, track.id).toBeLessThanOrEqual(Math.max(...reported));
      }
    });
  });
});
