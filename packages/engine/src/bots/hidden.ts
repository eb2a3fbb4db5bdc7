import type { CompiledScenario } from "../rules/compile.js";
import type { GameState } from "../rules/state.js";
import type { Rng } from "./policy.js";

/**
 * What a seat does not see of the others, drawn from the scenario's public distributions: the search bot
 * plays each iteration in a world drawn this way, instead of reading the real types and reservations.
 */

/** The reservation moves of actor `b` by the events fired so far (public: every seat saw them happen). */
function firedDeltas(c: CompiledScenario, s: GameState, b: number): number {
  const id = c.scenario.actors[b]?.id;
  let delta = 0;
  c.scenario.injects.forEach((inject, j) => {
    if (s.injects[j] !== "fired") return;
    for (const r of inject.effect.reservation ?? []) if (r.actor === id) delta += r.delta;
  });
  return delta;
}

/** A type index drawn by the types' probabilities (the last one takes any rounding left over). */
function drawType(probabilities: readonly { readonly probability: number }[], rng: Rng): number {
  const x = rng();
  let cumulative = 0;
  for (let k = 0; k < probabilities.length; k++) {
    cumulative += probabilities[k]?.probability ?? 0;
    if (x < cumulative) return k;
  }
  return probabilities.length - 1;
}

/**
 * Fills `types` and `reservations` with a world as seat `me` may imagine it: its own and everything the
 * scenario makes public as in `s`; every private type drawn by the types' probabilities, and every private
 * reservation drawn as the rules draw it (the type's, or uniform in the type's or the actor's range) and
 * moved by the events fired so far. Reads nothing private of `s` but the seat's own.
 */
export function sampleHidden(
  c: CompiledScenario,
  s: GameState,
  me: number,
  rng: Rng,
  types: number[],
  reservations: number[],
): void {
  c.scenario.actors.forEach((actor, b) => {
    if (b === me) {
      types[b] = s.types[b] ?? -1;
      reservations[b] = s.reservations[b] ?? actor.reservation;
      return;
    }
    const typePrivate = actor.visibility.type === "private";
    const t = typePrivate ? (actor.types.length > 0 ? drawType(actor.types, rng) : -1) : (s.types[b] ?? -1);
    types[b] = t;
    if (actor.visibility.reservation !== "private") {
      reservations[b] = s.reservations[b] ?? actor.reservation;
      return;
    }
    const type = t >= 0 ? actor.types[t] : undefined;
    const range =
      type?.reservationRange ?? (type?.reservation === undefined ? actor.reservationRange : undefined);
    const base =
      range === undefined
        ? (type?.reservation ?? actor.reservation)
        : range.min + (range.max - range.min) * rng();
    reservations[b] = Math.min(1, Math.max(0, base + firedDeltas(c, s, b)));
  });
}
