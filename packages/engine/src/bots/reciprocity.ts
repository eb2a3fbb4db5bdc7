import type { GameState } from "../rules/state.js";
import type { Move } from "../vocabulary/moves.js";

/** How tit-for-tat reads the last move someone else made. */
export type Reading = "concession" | "acceptance" | "firm" | "rejection" | "cooperative" | "neutral";

/** How far back tit-for-tat looks for the proposal a rejection or counter turned down. */
const LOOK_BACK = 64;

/** The move `back` moves before the last one in a chunked log, or undefined. */
function moveBack(s: GameState, back: number): Move | undefined {
  let k = back;
  for (let c = s.moves.length - 1; c >= 0; c--) {
    const chunk = s.moves[c] ?? [];
    if (k < chunk.length) return chunk[chunk.length - 1 - k];
    k -= chunk.length;
  }
  return undefined;
}

/** The issues a proposal, counter, acceptance or rejection is about. */
function issuesOf(move: Move): readonly string[] {
  if (move.type === "propose" || move.type === "counter") return Object.keys(move.terms);
  if (move.type === "accept" || move.type === "reject") return move.issues;
  return [];
}

/** Whether the proposal the move at `back` turned down (the last one tabled on its issues) was `actor`'s. */
function turnedDown(s: GameState, back: number, move: Move, actor: string): boolean {
  const issues = issuesOf(move);
  for (let k = back + 1; k <= back + LOOK_BACK; k++) {
    const earlier = moveBack(s, k);
    if (earlier === undefined) return false;
    if (earlier.type !== "propose" && earlier.type !== "counter") continue;
    if (issuesOf(earlier).some((i) => issues.includes(i))) return earlier.actor === actor;
  }
  return false;
}

/**
 * The last move another actor made, as tit-for-tat reads it (rejections and counters count as such only when
 * they turned down `actor`'s own proposal), or null when the log holds none (search playouts keep no log).
 * Reads the public move log only.
 */
export function lastMoveTowards(s: GameState, actor: string): Reading | null {
  for (let back = 0; back < LOOK_BACK; back++) {
    const m = moveBack(s, back);
    if (m === undefined) return null;
    if (m.actor === actor) continue;
    switch (m.type) {
      case "concede":
      case "cross":
        return "concession";
      case "accept":
      case "accept-follow-up":
        return "acceptance";
      case "statement":
        return m.tone === "firm" ? "firm" : "cooperative";
      case "offer-cbm":
      case "propose-follow-up":
        return "cooperative";
      case "reject":
      case "counter":
        return turnedDown(s, back, m, actor) ? "rejection" : "neutral";
      default:
        return "neutral";
    }
  }
  return null;
}
