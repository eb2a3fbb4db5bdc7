import type { Scenario, ValidScenario } from "./schema.js";

/**
 * The scenarios `parseScenario` has checked. Each is a fresh, deep-frozen copy of plain objects and lists,
 * so that nothing can change it after the check; the engine asks `isValidatedScenario` before trusting a
 * value. A WeakSet keeps no scenario alive and changes no result: it only remembers.
 */
const validated = new WeakSet<object>();

/** Makes the frozen copy of a checked scenario and remembers it as validated. */
export function certify(scenario: Scenario): ValidScenario {
  // The brand exists only in types: this copy is what the check vouches for.
  const copy = frozenCopy(scenario) as ValidScenario;
  validated.add(copy);
  return copy;
}

/**
 * Whether `value` is a scenario that `parseScenario` (or `parseScenarioJson`) returned: checked in
 * structure and meaning, and frozen since.
 */
export function isValidatedScenario(value: unknown): value is ValidScenario {
  return typeof value === "object" && value !== null && validated.has(value);
}

/** A deep copy of JSON data in fresh plain objects and lists, every one of them frozen. */
function frozenCopy(value: unknown): unknown {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy));
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    // Defined, not assigned: no key, whatever its name, reaches a setter or the prototype.
    Object.defineProperty(copy, key, {
      value: frozenCopy(child),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return Object.freeze(copy);
}
