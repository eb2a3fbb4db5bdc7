import { setup } from "xstate";
import type { MoveType } from "../vocabulary/moves.js";

const agendaMoves = {
  statement: {},
  propose: {},
  counter: {},
  accept: {},
  reject: {},
  concede: {},
  reaffirm: {},
  cross: {},
  "offer-cbm": {},
  "walk-out": {},
  pass: {},
} as const;

/**
 * One meeting, from the opening statements through the agenda (and its overrun) to closing and a result.
 * Each phase lists the moves that can be made in it; agenda progression and the clock are events that
 * the rules send.
 */
export const trackMachine = setup({
  types: {
    events: {} as
      | { type: "OPEN" }
      | { type: "BEGIN" }
      | { type: "NEXT_ITEM" }
      | { type: "OVERRUN" }
      | { type: "CLOSE" }
      | { type: "CONCLUDE_AGREEMENT" }
      | { type: "CONCLUDE_PARTIAL" }
      | { type: "CONCLUDE_NONE" }
      | { type: "COLLAPSE" }
      | { type: MoveType },
  },
}).createMachine({
  id: "track",
  initial: "scheduled",
  states: {
    scheduled: { on: { OPEN: "opening" } },
    opening: {
      on: {
        BEGIN: "agenda",
        COLLAPSE: "collapsed",
        statement: {},
        "offer-cbm": {},
        "walk-out": {},
        pass: {},
      },
    },
    agenda: {
      on: { NEXT_ITEM: {}, OVERRUN: "overrun", CLOSE: "closing", COLLAPSE: "collapsed", ...agendaMoves },
    },
    overrun: { on: { NEXT_ITEM: {}, CLOSE: "closing", COLLAPSE: "collapsed", ...agendaMoves } },
    closing: {
      on: {
        CONCLUDE_AGREEMENT: "agreement",
        CONCLUDE_PARTIAL: "partialAgreement",
        CONCLUDE_NONE: "noBreakthrough",
        COLLAPSE: "collapsed",
        statement: {},
        "propose-follow-up": {},
        "accept-follow-up": {},
        "walk-out": {},
        pass: {},
      },
    },
    agreement: { type: "final" },
    partialAgreement: { type: "final" },
    noBreakthrough: { type: "final" },
    collapsed: { type: "final" },
  },
});

/** A track's phase: the state value of {@link trackMachine}. */
export type TrackPhase =
  | "scheduled"
  | "opening"
  | "agenda"
  | "overrun"
  | "closing"
  | "agreement"
  | "partialAgreement"
  | "noBreakthrough"
  | "collapsed";
