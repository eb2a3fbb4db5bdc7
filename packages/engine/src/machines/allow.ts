/**
 * The named action of a transition that says "this move is allowed in this state" and changes nothing else.
 * xstate counts a transition only when it has a target or an action, so an allowed move is written
 * `{ actions: ALLOW }`: `snapshot.can(move)` is then true exactly where the engine lets the move be made.
 */
export const ALLOW = "allow";

/** The implementation of {@link ALLOW}: nothing to do; the rules make the move's effects. */
export const allowAction = { [ALLOW]: () => undefined } as const;

/** `{ [type]: { actions: "allow" } }` for each listed event type. */
export function allowing<const T extends string>(types: readonly T[]): Record<T, { actions: typeof ALLOW }> {
  const out = {} as Record<T, { actions: typeof ALLOW }>;
  for (const type of types) out[type] = { actions: ALLOW };
  return out;
}
