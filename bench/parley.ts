/**
 * Parley's engine as the bench drives it, two ways:
 * - its **public API** (`createGame`, `legalMoves`, `applyMove`: every state a new frozen value, every move
 *   read and judged, events reported);
 * - its **simulation core** (internal: what bots, drivers and batches run): a private mutable game (`start`,
 *   `fork`), legal moves listed as small integer codes into a reused buffer (`listMoves`), codes played in
 *   place (`playCode`), no events, no move log.
 *
 * Everything the bench takes from the engine comes through this file, from the engine's sources by relative
 * path, so that a `tsc` build of the bench (`npm run bench:built`) holds exactly one copy of the engine.
 */
import {
  decode,
  fork,
  forkSim,
  listMoves,
  type MoveBuffer,
  moveBuffer,
  moveOfCode,
  playCode,
  type Sim,
  start,
} from "../packages/engine/src/core/index.js";
import { applyRules } from "../packages/engine/src/rules/apply.js";
import { type CompiledScenario, compiledOf } from "../packages/engine/src/rules/compile.js";
import { computeOutcome, type Outcome } from "../packages/engine/src/rules/outcome.js";
import type { GameState } from "../packages/engine/src/rules/state.js";
import type { ResolvedMove } from "../packages/engine/src/rules/verdict.js";
import type { ValidScenario } from "../packages/engine/src/scenario/schema.js";
import type { Move } from "../packages/engine/src/vocabulary/moves.js";

export { moveBuffer, snapshot } from "../packages/engine/src/core/index.js";
export {
  applyMove,
  createGame,
  deserialize,
  isOver,
  legalMoves,
  MOVE_TYPES,
  moveBound,
  moveKey,
  outcome,
  parseScenario,
  serialize,
  stateHash,
} from "../packages/engine/src/index.js";
export { stateJson } from "../packages/engine/src/rules/hash.js";
/** A format-1 move (`{ issue, option }`, accept and reject naming one `issue`) in format 2. */
export { migrateMove as format2Move } from "../packages/engine/src/scenario/migrate.js";

/** A game on the simulation core, with the buffer its legal moves are listed into. */
export interface CoreGame {
  readonly sim: Sim;
  readonly buf: MoveBuffer;
}

/** The compiled scenario the core plays (built once per scenario object and remembered by the engine). */
export function compiled(scenario: ValidScenario): CompiledScenario {
  return compiledOf(scenario);
}

/** A new game on the core. `record`: keep the move log (the conformance check compares whole states). */
export function coreStart(c: CompiledScenario, seed: string, record = false, buf = moveBuffer()): CoreGame {
  return { sim: start(c, seed, record), buf };
}

/** A private copy of a public state on the core, as a search or a batch starts from one. */
export function coreFork(c: CompiledScenario, state: GameState, buf = moveBuffer()): CoreGame {
  return { sim: fork(c, state, false), buf };
}

/** A copy of a core game to keep while play goes on (it lists into the same buffer). */
export function coreCopy(game: CoreGame): CoreGame {
  return { sim: forkSim(game.sim), buf: game.buf };
}

/** Lists the legal moves into the game's buffer; returns how many. */
export function coreList(game: CoreGame): number {
  return listMoves(game.sim, game.buf);
}

/** Plays the k-th move of the last listing. */
export function corePlay(game: CoreGame, k: number): void {
  playCode(game.sim, game.buf, game.buf.codes[k] ?? 0);
}

/**
 * The k-th move of the last listing, resolved (indexes, no ids), as a copy to keep: a code alone means
 * nothing once the buffer has been listed into again.
 */
export function coreResolved(game: CoreGame, k: number): ResolvedMove {
  const m = decode(game.sim, game.buf, game.buf.codes[k] ?? 0);
  return { ...m, options: [...m.options] };
}

/** Applies a resolved move of a recorded game, as `playCode` does after decoding its code. */
export function coreApply(game: CoreGame, m: ResolvedMove): void {
  applyRules(game.sim.ctx, game.sim.state, m);
}

/** The last listing as move objects in scenario ids (for comparing implementations, not for speed). */
export function coreMoves(game: CoreGame): Move[] {
  const out: Move[] = [];
  for (let k = 0; k < game.buf.count; k++) out.push(moveOfCode(game.sim, game.buf, game.buf.codes[k] ?? 0));
  return out;
}

/** Whether the core's game is over. */
export function coreOver(game: CoreGame): boolean {
  return game.sim.state.over;
}

/** The outcome of the core's game as it stands (the sim's state is read, not frozen). */
export function coreOutcome(game: CoreGame): Outcome {
  return computeOutcome(game.sim.ctx.c, game.sim.state as GameState);
}

export type { CompiledScenario, ResolvedMove };
