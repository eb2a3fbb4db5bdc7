import { hash64 } from "../vocabulary/hash.js";
import type { GameState } from "./state.js";

/**
 * The parts of a state that moves produce, as canonical JSON: the scenario and its compiled form are
 * inputs, not state, and are left out. Every field is built in a fixed order, so equal states give equal text.
 */
export function stateJson(state: GameState): string {
  const { scenario: _scenario, compiled: _compiled, ...rest } = state;
  return JSON.stringify({ scenario: state.scenario.id, ...rest });
}

/** A hash of everything the moves have produced: equal states give equal hashes. */
export function stateHash(state: GameState): string {
  return hash64(stateJson(state));
}
