import { fork, judge, snapshot } from "../core/index.js";
import { applyRules } from "../rules/apply.js";
import { compiledOf } from "../rules/compile.js";
import { initialState } from "../rules/initial.js";
import { computeOutcome } from "../rules/outcome.js";
import type { GameState } from "../rules/state.js";
import type { ScenarioIssue } from "../scenario/problems.js";
import type { ValidScenario } from "../scenario/schema.js";
import { explainRefusal } from "../words/refusal.js";

/** What replaying a scenario's historical record says about it: errors (it contradicts itself) and warnings. */
export interface HistoryCheck {
  readonly errors: readonly ScenarioIssue[];
  readonly warnings: readonly ScenarioIssue[];
}

const EMPTY: HistoryCheck = Object.freeze({ errors: [], warnings: [] });

/**
 * Replays a scenario's history and compares it with its recorded outcome: a move the rules refuse, or an
 * outcome (overall, or a meeting's result, follow-up or agreements) other than the recorded one, is an
 * error; a history that stops before the game is over is a warning. `validate`, `replay --history` and
 * `play` all report these.
 */
export function checkHistory(scenario: ValidScenario): HistoryCheck {
  const history = scenario.history;
  if (history === undefined) return EMPTY;
  const c = compiledOf(scenario);
  const sim = fork(c, initialState(c, String(history.seed)) as GameState, true);
  for (const [k, move] of history.moves.entries()) {
    const refused = judge(c, sim.state as GameState, move, sim.scratch);
    if (refused !== null) {
      return {
        errors: [
          {
            path: `history.moves[${k}]`,
            message: `is refused by the rules: ${explainRefusal(scenario, refused, move)}`,
          },
        ],
        warnings: [],
      };
    }
    applyRules(sim.ctx, sim.state, sim.scratch);
  }
  const state = snapshot(sim);
  const outcome = computeOutcome(c, state);
  const errors: ScenarioIssue[] = [];
  const warnings: ScenarioIssue[] = [];
  if (!state.over) {
    const track = scenario.tracks[state.track.index]?.id ?? "";
    warnings.push({
      path: "history.moves",
      message: `stops before the game is over (meeting '${track}' is still in its ${state.track.phase} phase after ${history.moves.length} moves); its outcome is that of the game so far`,
    });
  }
  const recorded = history.outcome;
  if (recorded.overall !== outcome.overall) {
    errors.push({
      path: "history.outcome.overall",
      message: `is '${recorded.overall}', but the history's moves give '${outcome.overall}'`,
    });
  }
  for (const [k, track] of (recorded.tracks ?? []).entries()) {
    const played = outcome.tracks.find((t) => t.track === track.track);
    const at = `history.outcome.tracks[${k}]`;
    if (played === undefined) {
      if (state.over)
        errors.push({
          path: `${at}.track`,
          message: `'${track.track}' is never concluded by the history's moves`,
        });
      continue;
    }
    if (played.result !== track.result)
      errors.push({
        path: `${at}.result`,
        message: `is '${track.result}', but the moves give '${played.result}'`,
      });
    if (track.followUp !== undefined && played.followUp !== track.followUp)
      errors.push({
        path: `${at}.followUp`,
        message: `is ${track.followUp}, but the moves give ${played.followUp}`,
      });
    if (track.agreed !== undefined) {
      const want = JSON.stringify(Object.entries(track.agreed).sort());
      const got = JSON.stringify(Object.entries(played.agreed).sort());
      if (want !== got)
        errors.push({ path: `${at}.agreed`, message: `is ${want}, but the moves agree ${got}` });
    }
  }
  return { errors, warnings };
}
