import type { GameState } from "../rules/state.js";

/**
 * The states the engine made (a WeakSet: a memo that changes no result). The public API takes these as they
 * are; any other object claiming to be a state is rebuilt from its seed and moves and compared first
 * (`game/admit.ts`).
 */
const made = new WeakSet<object>();

/** Records a state the engine made and returns it. */
export function vouch(state: GameState): GameState {
  made.add(state);
  return state;
}

/** Whether the engine made this state. */
export function isVouched(value: unknown): boolean {
  return typeof value === "object" && value !== null && made.has(value);
}
