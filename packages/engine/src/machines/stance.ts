import { setup } from "xstate";
import type { MoveType } from "../vocabulary/moves.js";

/**
 * An actor's stance on the current track. The stance lists the moves the actor may make in it: a move
 * type that a state does not handle is not legal for an actor in that state.
 */
export const stanceMachine = setup({
  types: {
    events: {} as { type: "HARDEN" } | { type: "ENGAGE" } | { type: "WALK_OUT" } | { type: MoveType },
  },
}).createMachine({
  id: "stance",
  initial: "engaged",
  states: {
    engaged: {
      on: {
        HARDEN: "hardened",
        WALK_OUT: "walkedOut",
        statement: {},
        propose: {},
        counter: {},
        accept: {},
        reject: {},
        concede: {},
        reaffirm: {},
        cross: {},
        "offer-cbm": {},
        "propose-follow-up": {},
        "accept-follow-up": {},
        "walk-out": {},
        pass: {},
      },
    },
    // A hardened delegation still talks and tables its own texts, but gives nothing: no acceptance,
    // concession, confidence-building offer or red-line crossing until it re-engages.
    hardened: {
      on: {
        ENGAGE: "engaged",
        WALK_OUT: "walkedOut",
        statement: {},
        propose: {},
        counter: {},
        reject: {},
        reaffirm: {},
        "propose-follow-up": {},
        "walk-out": {},
        pass: {},
      },
    },
    walkedOut: { type: "final" },
  },
});

/** A stance: the state value of {@link stanceMachine}. */
export type StanceValue = "engaged" | "hardened" | "walkedOut";
