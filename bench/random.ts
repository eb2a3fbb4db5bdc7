/** The bench's own fast generator for choosing moves (not the games' generator, which lives in their states). */

/** mulberry32: a 32-bit state, numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The index of a random move among `n` legal ones, listed in the engine's order. A walk-out (always the
 * second-to-last legal move, before `pass`, while the game runs) ends the game at once, so random playouts
 * leave it out unless `walkOuts`: uniform over the other moves.
 */
export function pickIndex(r: number, n: number, walkOuts: boolean): number {
  if (walkOuts || n < 2) return Math.floor(r * n);
  const k = Math.floor(r * (n - 1));
  return k >= n - 2 ? k + 1 : k;
}

/** An index drawn with the given weights (all weights ≥ 0, some > 0). */
export function pickWeighted(r: number, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let x = r * total;
  for (let k = 0; k < weights.length; k++) {
    x -= weights[k] ?? 0;
    if (x < 0) return k;
  }
  return weights.length - 1;
}
