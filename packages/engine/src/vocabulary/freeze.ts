/**
 * Freezes a plain data tree in place (objects and arrays, depth first) and returns it. Stops at anything
 * already frozen, whose insides are frozen too wherever the engine made them, so that freezing a new state
 * costs only what changed.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    // An array's items by index: its keys as a list of strings would cost an allocation per item.
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    else for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
