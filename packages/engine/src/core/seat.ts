import type { CompiledScenario } from "../rules/compile.js";
import type { GameState } from "../rules/state.js";
import { deepFreeze } from "../vocabulary/freeze.js";
import { vouch } from "./trust.js";

/**
 * The state as one seat may know it: every other actor's private type and reservation replaced by the
 * public picture (no type; the reservation the scenario gives as expected), unless the scenario makes them
 * public. The seat's own, and everything public, stay. Bots decide from this, so another seat's private data
 * can never change their choice. The rules give the seat the same legal moves on it as on the full state
 * (which moves an actor may make never depends on another actor's private data).
 */
export function seatState(c: CompiledScenario, state: GameState, seat: number): GameState {
  const actors = c.scenario.actors;
  let types: number[] | null = null;
  let reservations: number[] | null = null;
  actors.forEach((actor, a) => {
    if (a === seat) return;
    if (actor.visibility.type === "private" && (state.types[a] ?? -1) !== -1) {
      types ??= [...state.types];
      types[a] = -1;
    }
    if (actor.visibility.reservation === "private" && state.reservations[a] !== actor.reservation) {
      reservations ??= [...state.reservations];
      reservations[a] = actor.reservation;
    }
  });
  if (types === null && reservations === null) return state;
  // Marked before it is frozen: the mark is a field of the object (core/trust.ts).
  return deepFreeze(
    vouch({ ...state, types: types ?? state.types, reservations: reservations ?? state.reservations }),
  );
}
