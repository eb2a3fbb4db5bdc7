import type { CompiledScenario } from "./compile.js";

/**
 * The most moves a game of this scenario can take: per meeting, one opening round, the agenda (every move
 * costs at least the cheapest move's minutes, and the clock stops at the scheduled length plus the overrun
 * plus every deadline extension injects can add), and two closing rounds. See docs/rules.md, "Termination".
 */
export function moveBound(c: CompiledScenario): number {
  return c.tracks.reduce((total, track) => {
    let extension = 0;
    for (const j of track.injects) extension += Math.max(0, c.scenario.injects[j]?.effect.deadline ?? 0);
    const n = track.speakers.length;
    return total + 3 * n + Math.ceil((track.limit + extension) / c.cheapestMove) + 1;
  }, 0);
}
