import type { Scenario } from "../scenario/schema.js";
import { moveMinutes } from "./minutes.js";

/**
 * The most moves a game of this scenario can take: per track, one opening round, the agenda (every move
 * costs at least the cheapest move's minutes, and the clock stops at the scheduled length plus the overrun),
 * and two closing rounds. See docs/rules.md, "Termination".
 */
export function moveBound(scenario: Scenario): number {
  const cheapest = Math.min(...Object.values(moveMinutes(scenario)));
  return scenario.tracks.reduce((total, track) => {
    const n = (track.speakingOrder ?? track.participants).length;
    return total + 3 * n + Math.ceil((track.scheduledMinutes + track.maxOverrunMinutes) / cheapest) + 1;
  }, 0);
}
