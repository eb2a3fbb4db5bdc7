import { admitState } from "../game/game.js";
import { compiledOf } from "../rules/compile.js";
import { computeOutcome } from "../rules/outcome.js";
import type { GameState } from "../rules/state.js";
import { scenarioHash } from "../scenario/content-hash.js";
import { grouped } from "../vocabulary/grouped.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { gameHash } from "./distinct.js";
import { type SimulationReport, simulationReport } from "./report.js";
import { addGame, emptySummary, scenarioIndex } from "./summary.js";

/** Most games {@link gamesReport} reads: far more than a class plays, few enough to stay quick. */
export const MAX_REPORT_GAMES = 10_000;

/** Why games could not be summed up. */
export interface GamesReportError {
  readonly code: "no-games" | "too-many-games" | "invalid-state" | "different-scenario";
  readonly message: string;
}

/**
 * The figures of games already played (a class's games of one scenario, say) in the shape of a simulation's
 * report, so that they sit beside `simulate`'s figures of the same scenario: outcome classes with Wilson
 * 95 % intervals, the record's class, mean utilities with intervals, agreements, meeting lengths, tension,
 * distinct games. The games must be of one scenario (the same content hash); unfinished games count as they
 * stand. The report's `seeds` are `{ base: "", start: 0, count: games }` and `bots` is empty: these games
 * were not seeded by a simulation, and who played them is not in a game's state.
 */
export function gamesReport(states: readonly GameState[]): Result<SimulationReport, GamesReportError> {
  if (!Array.isArray(states) || states.length === 0)
    return err({ code: "no-games", message: "There are no games to sum up." });
  if (states.length > MAX_REPORT_GAMES)
    return err({
      code: "too-many-games",
      message: `At most ${grouped(MAX_REPORT_GAMES)} games are summed up at once.`,
    });
  const admitted: GameState[] = [];
  for (const [i, state] of states.entries()) {
    const game = admitState(state);
    if (!game.ok) return err({ code: "invalid-state", message: `Game ${i + 1}: ${game.error.message}` });
    admitted.push(game.value);
  }
  const first = admitted[0] as GameState;
  const scenario = first.scenario;
  const hash = scenarioHash(scenario);
  const c = compiledOf(scenario);
  const index = scenarioIndex(scenario);
  const summary = emptySummary(scenario, hash, { base: "", start: 0 });
  for (const [i, state] of admitted.entries()) {
    if (state.scenario !== scenario && scenarioHash(state.scenario) !== hash)
      return err({
        code: "different-scenario",
        message: `Game ${i + 1} is of scenario '${state.scenario.id}', not '${scenario.id}' like game 1 (or of another version of it).`,
      });
    addGame(summary, scenario, index, {
      outcome: computeOutcome(c, state),
      moves: state.moveCount,
      hash: gameHash(state),
    });
  }
  return ok(simulationReport(scenario, summary, {}));
}
