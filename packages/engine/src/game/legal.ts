import { listMoves, moveBuffer, moveOfCode, peek } from "../core/index.js";
import type { CompiledScenario } from "../rules/compile.js";
import type { GameState } from "../rules/state.js";
import type { Move } from "../vocabulary/moves.js";

/**
 * One buffer for every listing here: each is written out as move objects before this returns, and nothing
 * in between lists again (a new buffer's typed array would cost an allocation outside the heap per call).
 */
const buf = moveBuffer();

/** The legal moves of a state as move objects: the simulation core's codes, written out in scenario ids. */
export function legalMoveList(c: CompiledScenario, state: GameState): Move[] {
  const sim = peek(c, state);
  const n = listMoves(sim, buf);
  const out: Move[] = [];
  for (let k = 0; k < n; k++) out.push(moveOfCode(sim, buf, buf.codes[k] ?? 0));
  return out;
}
