import { setup } from "xstate";
import type { MoveType } from "../vocabulary/moves.js";
import { allowAction, allowing } from "./allow.js";

/** Moves an engaged delegation may make. */
const ENGAGED_MOVES = [
  "statement",
  "propose",
  "counter",
  "accept",
  "reject",
  "concede",
  "reaffirm",
  "cross",
  "offer-cbm",
  "propose-follow-up",
  "accept-follow-up",
  "walk-out",
  "pass",
] as const satisfies readonly MoveType[];

/**
 * A hardened delegation still talks and tables its own texts, but gives nothing: no acceptance, concession,
 * confidence-building offer or red-line crossing until it re-engages.
 */
const HARDENED_MOVES = [
  "statement",
  "propose",
  "counter",
  "reject",
  "reaffirm",
  "propose-follow-up",
  "walk-out",
  "pass",
] as const satisfies readonly MoveType[];

/**
 * An actor's stance. Each state lists the moves the actor may make in it (transitions with the action
 * `allow`); a move a state does not handle is not legal for an actor in that state. A delegation that walked
 * out makes no move until the next meeting opens (`RETURN`).
 */
export const stanceMachine = setup({
  types: {
    events: {} as
      | { type: "HARDEN" }
      | { type: "ENGAGE" }
      | { type: "WALK_OUT" }
      | { type: "RETURN" }
      | { type: MoveType },
  },
  actions: allowAction,
}).createMachine({
  id: "stance",
  initial: "engaged",
  states: {
    engaged: { on: { HARDEN: "hardened", WALK_OUT: "walkedOut", ...allowing(ENGAGED_MOVES) } },
    hardened: { on: { ENGAGE: "engaged", WALK_OUT: "walkedOut", ...allowing(HARDENED_MOVES) } },
    walkedOut: { on: { RETURN: "engaged" } },
  },
});
