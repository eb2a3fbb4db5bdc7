import type { CompiledScenario } from "../rules/compile.js";
import { type Refusal, ruleRefusal } from "../rules/refusal.js";
import { resolveMove } from "../rules/resolve.js";
import type { GameState } from "../rules/state.js";
import { type ResolvedMove, verdict } from "../rules/verdict.js";
import type { Move } from "../vocabulary/moves.js";

/**
 * Judges a well-formed move in a state: resolves its ids into `into` and asks the verdict. Returns null when
 * the move is legal (then `into` holds it, ready to apply), else the refusal with its facts.
 */
export function judge(c: CompiledScenario, s: GameState, move: Move, into: ResolvedMove): Refusal | null {
  const unknown = resolveMove(c, s, move, into);
  if (unknown !== null) return unknown;
  const code = verdict(c, s, into);
  return code === null ? null : ruleRefusal(c, s, into, code, move);
}
