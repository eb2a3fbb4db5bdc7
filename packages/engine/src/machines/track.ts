import { setup } from "xstate";
import type { MoveType } from "../vocabulary/moves.js";
import { ALLOW, allowing } from "./allow.js";

const OPENING_MOVES = ["statement", "offer-cbm", "walk-out", "pass"] as const satisfies readonly MoveType[];

const AGENDA_MOVES = [
  "statement",
  "propose",
  "counter",
  "accept",
  "reject",
  "concede",
  "reaffirm",
  "cross",
  "offer-cbm",
  "walk-out",
  "pass",
] as const satisfies readonly MoveType[];

const CLOSING_MOVES = [
  "statement",
  "propose-follow-up",
  "accept-follow-up",
  "walk-out",
  "pass",
] as const satisfies readonly MoveType[];

/**
 * One meeting, from the opening statements through the agenda (and its overrun) to closing and a result.
 * Each phase lists the moves that can be made in it (transitions with the action `allow`); the agenda, the
 * clock and the end are events the rules send when the guards in `track-guards.ts` say so. The final states
 * are the result kinds, spelled as everywhere else (`RESULT_KINDS`).
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
      | { type: "CONCLUDE_PROCEDURAL" }
      | { type: "CONCLUDE_NONE" }
      | { type: "COLLAPSE" }
      | { type: MoveType },
  },
  actions: {
    [ALLOW]: () => undefined,
    /** The agenda moves on to its next open item; the phase stays. */
    nextItem: () => undefined,
  },
}).createMachine({
  id: "track",
  initial: "scheduled",
  states: {
    scheduled: { on: { OPEN: "opening" } },
    opening: { on: { BEGIN: "agenda", COLLAPSE: "collapse", ...allowing(OPENING_MOVES) } },
    agenda: {
      on: {
        NEXT_ITEM: { actions: "nextItem" },
        OVERRUN: "overrun",
        CLOSE: "closing",
        COLLAPSE: "collapse",
        ...allowing(AGENDA_MOVES),
      },
    },
    overrun: {
      on: {
        NEXT_ITEM: { actions: "nextItem" },
        CLOSE: "closing",
        COLLAPSE: "collapse",
        ...allowing(AGENDA_MOVES),
      },
    },
    closing: {
      on: {
        CONCLUDE_AGREEMENT: "agreement",
        CONCLUDE_PARTIAL: "partial-agreement",
        CONCLUDE_PROCEDURAL: "procedural-agreement",
        CONCLUDE_NONE: "no-breakthrough",
        COLLAPSE: "collapse",
        ...allowing(CLOSING_MOVES),
      },
    },
    agreement: { type: "final" },
    "partial-agreement": { type: "final" },
    "procedural-agreement": { type: "final" },
    "no-breakthrough": { type: "final" },
    collapse: { type: "final" },
  },
});
