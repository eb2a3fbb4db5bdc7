/**
 * Parley's engine as the bench drives it: through the public API (`createGame`, `legalMoves`, `applyMove`:
 * immutable states, every move parsed and judged, immer), and through the lean hot path that bots and batches
 * use (one private mutable copy of the state from `cloneState`, then `listLegalMoves` and `applyRules` in
 * place, with no events recorded). The hot path is not part of the public API, so it is imported from the
 * engine's source here and nowhere else in bench/.
 */
import type { GameState, Move } from "@parley/engine";
import type { Draft } from "immer";
import { applyRules } from "../packages/engine/src/rules/apply.js";
import { listLegalMoves } from "../packages/engine/src/rules/check.js";
import { stateJson } from "../packages/engine/src/rules/hash.js";
import { cloneState } from "../packages/engine/src/rules/initial.js";

export {
  applyMove,
  type Bot,
  createBot,
  createGame,
  isOver,
  legalMoves,
  moveBound,
  moveKey,
  outcome,
  playGame,
  runBatch,
  serialize,
  stateHash,
} from "@parley/engine";

/** The state's own data as canonical JSON (what `stateHash` hashes): the scenario is left out. */
export { stateJson };

/** A private, mutable copy of a state for the hot path. */
export type LeanState = Draft<GameState>;

export function leanCopy(state: GameState): LeanState {
  return cloneState(state);
}

export function leanMoves(state: LeanState): Move[] {
  return listLegalMoves(state as GameState);
}

export function leanApply(state: LeanState, move: Move): void {
  applyRules(state, move, null);
}
