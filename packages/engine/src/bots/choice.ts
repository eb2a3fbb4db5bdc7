import type { Rng } from "./policy.js";

/**
 * Picks an index in `[0, n)` by softmax over `values`: index k with probability proportional to
 * `exp((values[k] − max) / temperature)`. Temperature 0 (or below the smallest step that matters) picks the
 * best value, the first among equals, and draws nothing. Exactly one draw otherwise, so that a decision's
 * generator advances the same way whatever the values are.
 */
export function softmaxIndex(values: Float64Array, n: number, temperature: number, rng: Rng): number {
  let best = 0;
  for (let k = 1; k < n; k++) if ((values[k] ?? 0) > (values[best] ?? 0)) best = k;
  if (!(temperature > 1e-9) || n <= 1) return best;
  const top = values[best] ?? 0;
  let total = 0;
  for (let k = 0; k < n; k++) total += Math.exp(((values[k] ?? 0) - top) / temperature);
  let x = rng() * total;
  for (let k = 0; k < n; k++) {
    x -= Math.exp(((values[k] ?? 0) - top) / temperature);
    if (x < 0) return k;
  }
  return best;
}

/** A uniform index in `[0, n)`. */
export function uniformIndex(n: number, rng: Rng): number {
  return Math.min(n - 1, Math.floor(rng() * n));
}
