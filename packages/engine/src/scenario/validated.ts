import type { ValidScenario } from "./schema.js";

/**
 * The scenario objects `parseScenario` has checked and returned (a WeakSet: a memo that changes no result).
 * The engine takes these as they are; any other object is checked before a game uses it.
 */
const validated = new WeakSet<object>();

/** Records a scenario `parseScenario` has checked, structure and meaning. */
export function markValidated<T extends object>(scenario: T): T {
  validated.add(scenario);
  return scenario;
}

/** Whether `value` is a scenario object that `parseScenario` returned. */
export function isValidatedScenario(value: unknown): value is ValidScenario {
  return typeof value === "object" && value !== null && validated.has(value);
}
