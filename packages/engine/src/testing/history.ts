import { outcome, replay } from "../game/game.js";
import type { ValidScenario } from "../scenario/schema.js";

/** Utilities in a history are compared to the engine's to this precision (authors round to 3 places). */
const UTILITY_TOLERANCE = 0.0005;

const sortedJson = (items: readonly unknown[]): string =>
  JSON.stringify(items.map((i) => JSON.stringify(i)).sort());

/**
 * Whether a scenario's historical record holds: its moves replay from its seed, and the outcome they give
 * is the one the record claims (overall; per track the result and, where the record gives them, what was
 * agreed, what was left on the table and whether a follow-up was agreed; utilities to 3 places). `null`
 * when it holds or there is no record, otherwise what differs.
 */
export function checkHistory(scenario: ValidScenario): string | null {
  const history = scenario.history;
  if (history === undefined) return null;
  const played = replay(scenario, history);
  if (!played.ok) {
    const { index, error } = played.error;
    return `the history's move ${index + 1} is refused: ${error.message}`;
  }
  const result = outcome(played.value);
  const claimed = history.outcome;
  if (result.overall !== claimed.overall)
    return `the history claims the talks ended in '${claimed.overall}'; its moves give '${result.overall}'`;
  for (const [k, track] of (claimed.tracks ?? []).entries()) {
    const actual = result.tracks.find((t) => t.track === track.track);
    const where = `history.outcome.tracks[${k}] ('${track.track}')`;
    if (actual === undefined) return `${where}: its moves never finish this track`;
    if (actual.result !== track.result)
      return `${where} claims '${track.result}'; the moves give '${actual.result}'`;
    if (
      track.agreed !== undefined &&
      sortedJson(Object.entries(track.agreed)) !== sortedJson(Object.entries(actual.agreed))
    )
      return `${where} claims ${JSON.stringify(track.agreed)} agreed; the moves give ${JSON.stringify(actual.agreed)}`;
    if (track.tabled !== undefined && sortedJson(track.tabled) !== sortedJson(actual.tabled))
      return `${where} claims ${JSON.stringify(track.tabled)} tabled; the moves give ${JSON.stringify(actual.tabled)}`;
    if (track.followUp !== undefined && track.followUp !== actual.followUp)
      return `${where} claims a follow-up ${track.followUp ? "was" : "was not"} agreed; the moves say otherwise`;
  }
  for (const [actor, u] of Object.entries(claimed.utilities ?? {})) {
    const actual = result.utilities[actor];
    if (actual === undefined || Math.abs(actual - u) > UTILITY_TOLERANCE)
      return `the history claims ${actor}'s utility is ${u}; its moves give ${String(actual)}`;
  }
  return null;
}
