import { hash64 } from "../vocabulary/hash.js";
import type { GameState } from "./state.js";

/**
 * The parts of a state that the seed and the moves produce, as canonical JSON: the scenario is an input, not
 * state, and is named by its id. Every field is built in a fixed order, so equal states give equal text.
 */
export function stateJson(state: GameState): string {
  const { scenario: _scenario, ...rest } = state;
  return JSON.stringify({ scenario: state.scenario.id, ...rest });
}

/** A hash of everything the seed and the moves have produced: equal states give equal hashes. */
export function stateHash(state: GameState): string {
  return hash64(stateJson(state));
}
