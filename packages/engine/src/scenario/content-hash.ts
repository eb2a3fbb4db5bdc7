import { hash64 } from "../vocabulary/hash.js";

/** JSON with every object's keys sorted, so that equal data gives equal text whatever its key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * A hash of a scenario's content (16 hex digits), whatever its key order: saves and simulation reports name
 * it, so that a save never loads silently into a changed scenario and a report can be reproduced.
 */
export function scenarioHash(scenario: object): string {
  let hash = memo.get(scenario);
  if (hash === undefined) {
    hash = hash64(canonical(scenario));
    // Validated scenarios are frozen, so their hash never changes: remember it (a memo changes no result).
    if (Object.isFrozen(scenario)) memo.set(scenario, hash);
  }
  return hash;
}

const memo = new WeakMap<object, string>();
