/**
 * Invariants that must not fail (OpenSpiel's SPIEL_CHECK): internal lookups that cannot miss when the
 * engine's own checks have run. A failure is a bug in the engine, never a user's mistake, so it throws an
 * {@link InvariantError} instead of carrying on with a made-up value; the public API turns it into an error
 * result (`code: "internal"`), so it never escapes as an exception.
 */
export class InvariantError extends Error {
  override readonly name = "InvariantError";
}

/** Throws an {@link InvariantError} unless `condition` holds. */
export function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new InvariantError(what);
}

/** `list[index]`, which must exist. */
export function at<T>(list: readonly T[], index: number, what: string): T {
  const item = list[index];
  if (item === undefined) throw new InvariantError(`${what}: no entry ${index}`);
  return item;
}

/** The index of `id` in a lookup, which must be there. */
export function indexOf(lookup: { get(id: string): number | undefined }, id: string, what: string): number {
  const index = lookup.get(id);
  if (index === undefined) throw new InvariantError(`${what}: unknown id '${id}'`);
  return index;
}
