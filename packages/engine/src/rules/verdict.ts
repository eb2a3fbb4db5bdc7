import { stanceTable, trackTable } from "../machines/index.js";
import type { MoveType } from "../vocabulary/moves.js";
import {
  absentRedLine,
  acceptable,
  blockingRedLine,
  currentIssue,
  nextConcession,
  speaker,
} from "./query.js";
import type { GameState } from "./state.js";

/** The reasons a move can be refused. */
export type MoveErrorCode =
  | "malformed"
  | "game-over"
  | "unknown-actor"
  | "not-your-turn"
  | "stance"
  | "wrong-phase"
  | "unknown-issue"
  | "not-on-agenda"
  | "already-agreed"
  | "unknown-option"
  | "proposal-open"
  | "no-proposal"
  | "own-proposal"
  | "same-option"
  | "already-accepted"
  | "unacceptable"
  | "red-line"
  | "absent-red-line"
  | "distrust"
  | "no-concession-left"
  | "unknown-red-line"
  | "not-yours"
  | "crossed"
  | "already-held"
  | "already-used"
  | "follow-up-open"
  | "no-follow-up";

/** Marks an id that names nothing in the scenario. */
export const UNKNOWN = -2;

/**
 * A move with its ids resolved to indexes: `a` the actor, `i` the issue, `o` the option, `r` the red line;
 * -1 where the move has no such field, {@link UNKNOWN} where its id names nothing.
 */
export interface ResolvedMove {
  readonly type: MoveType;
  readonly a: number;
  readonly i: number;
  readonly o: number;
  readonly r: number;
}

/**
 * The rules' verdict on a move: `null` when it is legal, else the code of the first rule it breaks. Only
 * indexes and numbers: no ids, no words, so that listing legal moves costs no string work. This is the only
 * judge: `checkMove` explains its codes and `legalMoves` keeps the candidates it accepts.
 */
export function verdict(state: GameState, m: ResolvedMove): MoveErrorCode | null {
  if (state.over) return "game-over";
  if (speaker(state) !== m.a) return "not-your-turn";
  if (stanceTable.next[state.stances[m.a] ?? "engaged"][m.type] === undefined) return "stance";
  if (trackTable.next[state.track.phase][m.type] === undefined) return "wrong-phase";
  return moveVerdict(state, m);
}

/**
 * The part of {@link verdict} after the turn: for a move by the actor on the floor, of a kind its stance and
 * the track's phase allow. Listing legal moves generates only such candidates and asks only this.
 */
export function moveVerdict(state: GameState, m: ResolvedMove): MoveErrorCode | null {
  const c = state.compiled;
  const a = m.a;
  const track = state.track;
  switch (m.type) {
    case "propose":
    case "counter":
    case "accept":
    case "reject":
    case "concede": {
      const i = m.i;
      if (i === UNKNOWN) return "unknown-issue";
      if (currentIssue(state) !== i) return "not-on-agenda";
      if (state.agreed[i] !== null) return "already-agreed";
      if (m.type === "concede") {
        const next = nextConcession(state, a, i);
        if (next === -1) return "no-concession-left";
        return blockingRedLine(state, a, i, next) === -1 ? null : "red-line";
      }
      const proposal = state.proposals[i] ?? null;
      if (m.type === "propose") {
        if (proposal !== null) return "proposal-open";
      } else {
        if (proposal === null) return "no-proposal";
        if (proposal.by === a) return "own-proposal";
        if (m.type !== "counter" && proposal.accepted.includes(a)) return "already-accepted";
      }
      let option = proposal?.option ?? -1;
      if (m.type === "propose" || m.type === "counter") {
        if (m.o === UNKNOWN) return "unknown-option";
        if (m.type === "counter" && m.o === option) return "same-option";
        if (absentRedLine(state, i, m.o) !== -1) return "absent-red-line";
        option = m.o;
      }
      if (m.type === "reject") return null;
      if (!acceptable(state, a, i, option)) {
        return blockingRedLine(state, a, i, option) === -1 ? "unacceptable" : "red-line";
      }
      if (m.type === "accept" && (state.trust[a]?.[proposal?.by ?? -1] ?? 0) < c.minTrustToAccept)
        return "distrust";
      return null;
    }
    case "reaffirm":
    case "cross": {
      const r = m.r;
      if (r === UNKNOWN) return "unknown-red-line";
      if (c.redLineActor[r] !== a) return "not-yours";
      if (currentIssue(state) !== c.redLineIssue[r]) return "not-on-agenda";
      const status = state.redLines[r];
      if (status === "crossed") return "crossed";
      if (m.type === "reaffirm" && status === "held") return "already-held";
      return null;
    }
    case "offer-cbm":
      return track.cbmUsed.includes(a) ? "already-used" : null;
    case "propose-follow-up":
      return track.followUp === null ? null : "follow-up-open";
    case "accept-follow-up": {
      const followUp = track.followUp;
      if (followUp === null) return "no-follow-up";
      if (followUp.by === a) return "own-proposal";
      return followUp.accepted.includes(a) ? "already-accepted" : null;
    }
    case "statement":
    case "walk-out":
    case "pass":
      return null;
  }
}
