/** The path of the first object or array inside `value` that is not frozen, or null when every one is. */
export function firstUnfrozen(value: unknown, path = "state", seen = new Set<object>()): string | null {
  if (typeof value !== "object" || value === null || seen.has(value)) return null;
  seen.add(value);
  if (!Object.isFrozen(value)) return path;
  for (const [key, inner] of Object.entries(value)) {
    const found = firstUnfrozen(inner, `${path}.${key}`, seen);
    if (found !== null) return found;
  }
  return null;
}
