import type { CompiledTrack } from "./compile.js";
import type { GameState } from "./state.js";

/** The compiled form of the track being played. */
export function currentTrack(state: GameState): CompiledTrack {
  const track = state.compiled.tracks[state.track.index];
  if (track === undefined) throw new Error(`no track ${state.track.index}`);
  return track;
}

/** Index of the actor who has the floor, or -1 when the game is over. */
export function speaker(state: GameState): number {
  if (state.over) return -1;
  return currentTrack(state).speakers[state.track.floor] ?? -1;
}

/** Index of the issue under negotiation, or -1 outside the agenda. */
export function currentIssue(state: GameState): number {
  const phase = state.track.phase;
  if (phase !== "agenda" && phase !== "overrun") return -1;
  return currentTrack(state).agenda[state.track.agendaIndex] ?? -1;
}

/** Index of a red line of `actor` on `issue`, still standing, that forbids `option`; -1 if none. */
export function blockingRedLine(state: GameState, actor: number, issue: number, option: number): number {
  const c = state.compiled;
  for (let r = 0; r < c.forbids.length; r++) {
    if (c.redLineActor[r] === actor && c.redLineIssue[r] === issue && c.forbids[r]?.[option] === true) {
      if (state.redLines[r] !== "crossed") return r;
    }
  }
  return -1;
}

/** Index of a standing red line, held by an actor absent from the track, that forbids `option`; -1 if none. */
export function absentRedLine(state: GameState, issue: number, option: number): number {
  const c = state.compiled;
  const present = currentTrack(state).speakers;
  for (let r = 0; r < c.forbids.length; r++) {
    if (c.redLineIssue[r] !== issue || c.forbids[r]?.[option] !== true) continue;
    if (state.redLines[r] !== "crossed" && !present.includes(c.redLineActor[r] ?? -1)) return r;
  }
  return -1;
}

/** The actor's value of an option. */
export function value(state: GameState, actor: number, issue: number, option: number): number {
  return state.compiled.values[actor]?.[issue]?.[option] ?? 0;
}

/** Whether the actor would accept the option: no worse than its position and behind none of its red lines. */
export function acceptable(state: GameState, actor: number, issue: number, option: number): boolean {
  const position = state.positions[actor]?.[issue] ?? 0;
  return (
    value(state, actor, issue, option) >= value(state, actor, issue, position) &&
    blockingRedLine(state, actor, issue, option) === -1
  );
}

/**
 * The option the actor's position moves to if it concedes: the best option it values strictly less than its
 * position (the lowest index among equals); -1 when it has nothing left to give.
 */
export function nextConcession(state: GameState, actor: number, issue: number): number {
  const values = state.compiled.values[actor]?.[issue] ?? [];
  const current = values[state.positions[actor]?.[issue] ?? 0] ?? 0;
  let best = -1;
  let bestValue = -1;
  for (let o = 0; o < values.length; o++) {
    const v = values[o] ?? 0;
    if (v < current && v > bestValue) {
      best = o;
      bestValue = v;
    }
  }
  return best;
}
