import {
  forkSim,
  listMoves,
  type MoveBuffer,
  moveBuffer,
  moveOfCode,
  playCode,
  type Sim,
  start,
} from "../core/index.js";
import { compiledOf } from "../rules/compile.js";
import type { ValidScenario } from "../scenario/schema.js";
import { type Move, moveKey } from "../vocabulary/moves.js";

/**
 * Edited plays, replayed on the simulation core for the shrinker: a play with moves removed, swapped or
 * replaced is kept only if every move is still legal (a proposal may stand in for a counter, and back).
 */

/** A game on the simulation core, with a buffer to list its moves. */
export interface CoreGame {
  readonly sim: Sim;
  readonly buf: MoveBuffer;
}

/** A new game of the scenario on the core. */
export function newGame(scenario: ValidScenario, seed: string): CoreGame {
  return { sim: start(compiledOf(scenario), seed, false), buf: moveBuffer() };
}

/** A copy of a game on the core, to try a line of play without touching the original. */
export function forkGame(game: CoreGame): CoreGame {
  return { sim: forkSim(game.sim), buf: moveBuffer() };
}

/** Lists the legal moves now; returns the listed code of `move` (its index in the buffer), or -1. */
export function indexOf(game: CoreGame, move: Move): number {
  const count = listMoves(game.sim, game.buf);
  const key = moveKey(move);
  for (let k = 0; k < count; k++) {
    if (moveKey(moveOfCode(game.sim, game.buf, game.buf.codes[k] ?? 0)) === key) return k;
  }
  return -1;
}

/** Plays the code at index `k` of the moves listed just before. */
export function playIndex(game: CoreGame, k: number): void {
  playCode(game.sim, game.buf, game.buf.codes[k] ?? 0);
}

/** The legal moves of a game on the core now. */
export function legalOf(game: CoreGame): Move[] {
  const count = listMoves(game.sim, game.buf);
  return Array.from({ length: count }, (_, k) => moveOfCode(game.sim, game.buf, game.buf.codes[k] ?? 0));
}

/** The move that stands in for one that is no longer legal: a proposal for a counter and back. */
function standIn(move: Move): Move | undefined {
  if (move.type === "counter") return { ...move, type: "propose" };
  if (move.type === "propose") return { ...move, type: "counter" };
  return undefined;
}

/** Plays a move, or its stand-in if it is not legal; returns the move played, or null if neither is legal. */
function playOrStandIn(game: CoreGame, move: Move): Move | null {
  const other = standIn(move);
  for (const candidate of other === undefined ? [move] : [move, other]) {
    const k = indexOf(game, candidate);
    if (k >= 0) {
      playIndex(game, k);
      return candidate;
    }
  }
  return null;
}

/** Plays moves, each or its stand-in, onto a game; the moves played, or null when one cannot be played. */
function playAll(game: CoreGame, moves: readonly Move[], out: Move[]): Move[] | null {
  for (const move of moves) {
    const played = playOrStandIn(game, move);
    if (played === null) return null;
    out.push(played);
  }
  return out;
}

/** Replays edited moves, each or its stand-in, from the start; null when one cannot be played. */
export function repair(scenario: ValidScenario, seed: string, moves: readonly Move[]): Move[] | null {
  return playAll(newGame(scenario, seed), moves, []);
}

/**
 * The moves after `passes` passes, then `tail` (each or its stand-in), if all are legal: passes move a game
 * on fastest (an agenda item ends when everyone passes in a row).
 */
export function afterPasses(
  scenario: ValidScenario,
  seed: string,
  passes: number,
  tail: readonly Move[],
): Move[] | null {
  const game = newGame(scenario, seed);
  const out: Move[] = [];
  for (let k = 0; k < passes; k++) {
    const pass = legalOf(game).find((m) => m.type === "pass");
    if (pass === undefined || playOrStandIn(game, pass) === null) return null;
    out.push(pass);
  }
  return playAll(game, tail, out);
}

/** The game on the core after some moves, which must be legal as they are, or null. */
export function gameAfter(scenario: ValidScenario, seed: string, moves: readonly Move[]): CoreGame | null {
  const game = newGame(scenario, seed);
  for (const move of moves) {
    const k = indexOf(game, move);
    if (k < 0) return null;
    playIndex(game, k);
  }
  return game;
}
