import type { GameState } from "../rules/state.js";

/**
 * The states the engine made carry a mark: the public API takes these as they are, and any other object
 * claiming to be a state is rebuilt from its seed and moves and compared first (`game/admit.ts`).
 *
 * The mark is a private class field, put on the state by a constructor that returns the object it is given.
 * Only this module can write or read it, no copy carries it (a spread, JSON, `structuredClone`, a Proxy), and
 * it does not show in the state's keys or its equality. It was a `WeakSet`: adding every new state to it took
 * 3–6% of the public API's playouts, and the collector's work on its entries about as much again (profiles in
 * BENCHMARKS.md, "Where the engine spends its time"); the field costs neither.
 */
class Target {
  constructor(target: object) {
    // biome-ignore lint/correctness/noConstructorReturn: returning the target is how the mark gets onto it
    return target as Target;
  }
}

class Mark extends Target {
  readonly #made = true;

  static on(value: object): boolean {
    return #made in value;
  }
}

/**
 * Marks a state the engine made and returns it. Called before the state is frozen: V8 lets a private field be
 * added to a frozen object today, but a TC39 proposal ("non-extensible applies to private") would forbid it.
 */
export function vouch(state: GameState): GameState {
  // A second mark on the same object would throw: marking is idempotent instead.
  if (!Mark.on(state)) new Mark(state);
  return state;
}

/** Whether the engine made this state. */
export function isVouched(value: unknown): boolean {
  return typeof value === "object" && value !== null && Mark.on(value);
}
