import { stanceTable, trackTable } from "../machines/index.js";
import { MOVE_TYPES } from "../vocabulary/moves.js";

/**
 * For each stance and each meeting phase, the moves its machine allows, as a bit mask over `MOVE_TYPES`
 * (bit k: the k-th type): derived once from the compiled machine tables, so that listing legal moves tests a
 * bit instead of looking a move type up by name.
 */
function masks<S extends string>(
  next: Readonly<Record<S, Partial<Readonly<Record<string, unknown>>>>>,
): Readonly<Record<S, number>> {
  const out = {} as Record<S, number>;
  for (const state of Object.keys(next) as S[]) {
    let mask = 0;
    MOVE_TYPES.forEach((type, k) => {
      if (next[state][type] !== undefined) mask |= 1 << k;
    });
    out[state] = mask;
  }
  return Object.freeze(out);
}

/** Moves each stance allows. */
export const STANCE_MASK = masks(stanceTable.next);
/** Moves each meeting phase allows. */
export const PHASE_MASK = masks(trackTable.next);
