import type { Outcome } from "../rules/outcome.js";
import type { TrackResult } from "../rules/state.js";

/**
 * Outcome classes: how a meeting or a game ended, as one word a tally can count. `result[:cause]|follow-up`:
 * the result kind (docs/rules.md), for a collapse its cause (`walk-out` or `tension`), and whether a
 * follow-up meeting was agreed: `no-breakthrough|follow-up`, `collapse:walk-out|no-follow-up`.
 */

/** The class of a meeting that was never held (an earlier meeting ended the game). */
export const NOT_HELD = "not-held";

/** The class of one meeting's result. */
export function trackClass(result: TrackResult): string {
  const cause = result.cause === null ? "" : `:${result.cause.kind}`;
  return `${result.result}${cause}|${result.followUp ? "follow-up" : "no-follow-up"}`;
}

/**
 * The class of a game: its overall result, the cause of the collapse that ended it, and whether the last
 * meeting held agreed a follow-up (talks go on, or not).
 */
export function gameClass(outcome: Outcome): string {
  const last = outcome.tracks[outcome.tracks.length - 1];
  const cause =
    outcome.overall === "collapse" && last !== undefined && last.cause !== null ? `:${last.cause.kind}` : "";
  return `${outcome.overall}${cause}|${last?.followUp === true ? "follow-up" : "no-follow-up"}`;
}

/** A class split into its parts. */
export interface ClassParts {
  readonly result: string;
  /** `walk-out` or `tension` for a collapse, else null. */
  readonly cause: string | null;
  /** Whether a follow-up was agreed; null for a meeting not held. */
  readonly followUp: boolean | null;
}

/** The parts of a class made by {@link trackClass} or {@link gameClass}. */
export function classParts(name: string): ClassParts {
  if (name === NOT_HELD) return { result: NOT_HELD, cause: null, followUp: null };
  const [head = "", followUp = ""] = name.split("|");
  const [result = "", cause] = head.split(":");
  return { result, cause: cause ?? null, followUp: followUp === "follow-up" };
}
