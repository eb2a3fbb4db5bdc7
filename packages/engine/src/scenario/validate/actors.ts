import type { PathKey } from "../problems.js";
import { quote } from "../words.js";
import { type Checker, noActor, noIssue } from "./checker.js";
import type { Context } from "./context.js";
import { get, num, str } from "./read.js";

/** How far the probabilities of an actor's types may sum away from 1 (rounding in decimal fractions). */
const PROBABILITY_TOLERANCE = 1e-9;

/**
 * Actors: weight keys are issues; allies and partners are other actors, each listed once and in one list;
 * hidden types with unique ids, probabilities summing to 1 and their own weights on issues; ranges that run
 * upwards.
 */
export function checkActors(ctx: Context): void {
  const { c } = ctx;
  c.each(get(ctx.data, "actors"), (actor, a) => {
    const base: PathKey[] = ["actors", a];
    const id = str(get(actor, "id"));
    weightKeys(ctx, get(actor, "weights"), [...base, "weights"]);
    const allies = get(actor, "allies");
    const allySet = new Set<unknown>();
    c.each(allies, (ally, k) => {
      allySet.add(ally);
      const path = [...base, "allies", k];
      if (ally === id && id !== undefined) c.add(path, "an actor cannot be its own ally");
      else c.ref(path, ally, ctx.actors, noActor);
    });
    c.repeats(allies, [...base, "allies"], "ally");
    const partners = get(actor, "partners");
    c.each(partners, (partner, k) => {
      const path = [...base, "partners", k];
      if (partner === id && id !== undefined) c.add(path, "an actor cannot be its own partner");
      else if (typeof partner === "string" && allySet.has(partner)) {
        c.add(path, `${quote(partner)} is already among its allies; an actor is either an ally or a partner`);
      } else c.ref(path, partner, ctx.actors, noActor);
    });
    c.repeats(partners, [...base, "partners"], "partner");
    checkRange(c, get(actor, "reservationRange"), [...base, "reservationRange"]);
    checkTypes(ctx, get(actor, "types"), [...base, "types"], id);
  });
}

/** Every key of a weights object is an issue. */
function weightKeys(ctx: Context, weights: unknown, path: readonly PathKey[]): void {
  ctx.c.eachEntry(weights, (key) => {
    ctx.c.ref([...path, key], key, ctx.issues, noIssue);
  });
}

/** A range's `min` is at most its `max`. */
export function checkRange(c: Checker, range: unknown, path: readonly PathKey[]): void {
  const min = num(get(range, "min"));
  const max = num(get(range, "max"));
  if (min !== undefined && max !== undefined && min > max) {
    c.add(path, `runs from ${min} down to ${max}; "min" must be at most "max"`);
  }
}

/** An actor's hidden types. */
function checkTypes(
  ctx: Context,
  types: unknown,
  path: readonly PathKey[],
  actorId: string | undefined,
): void {
  const { c } = ctx;
  const where = actorId === undefined ? "" : ` in actor ${quote(actorId)}`;
  c.duplicates(types, path, "type id", "id", where);
  let sum = 0;
  let count = 0;
  let readable = Array.isArray(types);
  c.each(types, (type, k) => {
    weightKeys(ctx, get(type, "weights"), [...path, k, "weights"]);
    checkRange(c, get(type, "reservationRange"), [...path, k, "reservationRange"]);
    const probability = num(get(type, "probability"));
    if (probability === undefined) readable = false;
    else sum += probability;
    count++;
  });
  if (readable && count > 0 && Math.abs(sum - 1) > PROBABILITY_TOLERANCE) {
    c.add(
      path,
      `the probabilities of the types sum to ${Number(sum.toPrecision(12))}; they must sum to 1 (one type is drawn per game)`,
    );
  }
}
