import {
  applyMove,
  currentActor,
  type GameState,
  MOVE_TYPES,
  type Move,
  type MoveError,
  type MoveType,
} from "@parley/engine";
import type { UnavailableMoveModel } from "../models/index.js";
import { KIND_NAMES, MOVE_GROUP } from "./labels.js";

/**
 * Why a kind of move cannot be played now. Today's engine judges one concrete move at a time, so for every
 * kind with no legal move the adapter asks about one representative move of that kind (on the item under
 * discussion, the actor's first red line) and words the refusal for the player.
 */

/** Player-facing wording of the refusals whose engine wording names ids rather than things. */
const REASONS: Partial<Record<MoveError["code"], string>> = {
  "not-your-turn": "it is not your turn",
  "no-proposal": "nothing is on the table on this item",
  "proposal-open": "a proposal is already on the table: counter, accept or reject it",
  "own-proposal": "the proposal on the table is your own",
  "already-accepted": "you have already accepted it",
  "already-used": "you have already offered one at this meeting",
  "follow-up-open": "a follow-up meeting has already been proposed",
  "no-follow-up": "nobody has proposed a follow-up meeting",
  crossed: "that red line has already been crossed",
  "already-held": "you have reaffirmed it and nobody has challenged it since",
  "already-agreed": "this item is already agreed",
  "no-concession-left": "you have nothing left to concede on this item",
  "not-on-agenda": "it is not the item under discussion",
};

function reasonOf(error: MoveError): string {
  const own = REASONS[error.code];
  if (own !== undefined) return own;
  // The engine's message is "<Actor> cannot <move>: <reason>."; the reason alone reads well after a label.
  const colon = error.message.indexOf(": ");
  const reason = colon === -1 ? error.message : error.message.slice(colon + 2);
  return reason.replace(/\.$/, "");
}

function representative(state: GameState, type: MoveType, actor: string): Move | null {
  const s = state.scenario;
  const agenda = s.tracks[state.track.index]?.agenda ?? [];
  const issue = agenda[state.track.agendaIndex]?.issue ?? agenda[0]?.issue ?? s.issues[0]?.id ?? "";
  const option = s.issues.find((i) => i.id === issue)?.options[0]?.id ?? "";
  switch (type) {
    case "statement":
      return { type, actor, tone: "firm" };
    case "propose":
    case "counter":
      return { type, actor, issue, option };
    case "accept":
    case "reject":
    case "concede":
      return { type, actor, issue };
    case "reaffirm":
    case "cross": {
      const line = s.redLines.find((r) => r.actor === actor);
      return line === undefined ? null : { type, actor, redLine: line.id };
    }
    default:
      return { type, actor };
  }
}

/** The kinds of move the actor on the floor cannot play now, each with the reason. */
export function unavailableMoves(state: GameState, legal: readonly Move[]): UnavailableMoveModel[] {
  const actor = currentActor(state);
  if (actor === null) return [];
  const playable = new Set(legal.map((m) => m.type));
  const out: UnavailableMoveModel[] = [];
  for (const type of MOVE_TYPES) {
    if (playable.has(type)) continue;
    const move = representative(state, type, actor);
    if (move === null) {
      out.push({
        group: MOVE_GROUP[type],
        label: KIND_NAMES[type],
        code: "no-red-line",
        reason: "your delegation has drawn no red line",
      });
      continue;
    }
    const result = applyMove(state, move);
    // A representative can only be legal if `legal` is stale; then the kind is not unavailable after all.
    if (result.ok) continue;
    out.push({
      group: MOVE_GROUP[type],
      label: KIND_NAMES[type],
      code: result.error.code,
      reason: reasonOf(result.error),
    });
  }
  return out;
}
