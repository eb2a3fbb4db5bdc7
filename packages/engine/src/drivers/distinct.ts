import { stateJson } from "../rules/hash.js";
import type { GameState } from "../rules/state.js";
import { hash64 } from "../vocabulary/hash.js";

/**
 * Counting distinct games in fixed memory: a bottom-k sketch (the k smallest distinct hash values seen,
 * "k minimum values"). With at most k distinct games the count is exact; beyond, `(k − 1) / (k-th smallest
 * hash)` estimates it with a relative standard error of about `1 / √(k − 2)` (2.2 % for k = 2048). The
 * sketch of a union is the k smallest of both sketches, so merging is exact, associative and commutative.
 */

/** How many hash values a sketch keeps: 16 KB of doubles. */
export const SKETCH_SIZE = 2048;

/** The k smallest distinct hash values in [0, 1), ascending. Plain data (it crosses to workers). */
export type DistinctSketch = number[];

/** How many distinct games a sketch saw: exact, or an estimate once more than {@link SKETCH_SIZE} were. */
export interface DistinctCount {
  readonly count: number;
  readonly exact: boolean;
}

/** Murmur3's finaliser: every input bit moves every output bit, so FNV's weaker high bits spread evenly. */
function mix32(h: number): number {
  let x = h >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * A game's place in [0, 1), from everything a game is but its seed: the hidden draws, the events, every
 * move and what came of them. Two seeds that give the same game give the same value.
 */
export function gameHash(state: GameState): number {
  const hex = hash64(stateJson({ ...state, seed: "", rng: { c: 0, s0: 0, s1: 0, s2: 0 } }));
  const high = mix32(Number.parseInt(hex.slice(0, 8), 16));
  const low = mix32(Number.parseInt(hex.slice(8, 16), 16) ^ high);
  // 53 bits: the whole of `high` and the top 21 bits of `low`.
  return (high * 2 ** 21 + (low >>> 11)) / 2 ** 53;
}

/** Adds a hash value to a sketch in place. */
export function addDistinct(sketch: DistinctSketch, value: number): void {
  const full = sketch.length >= SKETCH_SIZE;
  if (full && value >= (sketch[sketch.length - 1] ?? 1)) return;
  let lo = 0;
  let hi = sketch.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sketch[mid] ?? 1) < value) lo = mid + 1;
    else hi = mid;
  }
  if (sketch[lo] === value) return;
  sketch.splice(lo, 0, value);
  if (full) sketch.pop();
}

/** The sketch of the union of two sketches' games. */
export function mergeDistinct(a: readonly number[], b: readonly number[]): DistinctSketch {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (out.length < SKETCH_SIZE && (i < a.length || j < b.length)) {
    const x = a[i] ?? 1;
    const y = b[j] ?? 1;
    const next = x <= y ? x : y;
    if (x <= y) i++;
    if (y <= x) j++;
    out.push(next);
  }
  return out;
}

/** How many distinct games a sketch stands for. */
export function distinctCount(sketch: readonly number[]): DistinctCount {
  if (sketch.length < SKETCH_SIZE) return { count: sketch.length, exact: true };
  const kth = sketch[SKETCH_SIZE - 1] ?? 1;
  return { count: Math.round((SKETCH_SIZE - 1) / kth), exact: false };
}
