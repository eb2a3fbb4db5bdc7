import { setup } from "xstate";

/** The life of a demand: tabled, discussed, then accepted, rejected, deferred or withdrawn. */
export const demandMachine = setup({
  types: {
    events: {} as
      | { type: "DISCUSS" }
      | { type: "ACCEPT" }
      | { type: "REJECT" }
      | { type: "DEFER" }
      | { type: "WITHDRAW" },
  },
}).createMachine({
  id: "demand",
  initial: "tabled",
  states: {
    tabled: {
      on: { DISCUSS: "underDiscussion", ACCEPT: "accepted", REJECT: "rejected", WITHDRAW: "withdrawn" },
    },
    underDiscussion: {
      on: { ACCEPT: "accepted", REJECT: "rejected", DEFER: "deferred", WITHDRAW: "withdrawn" },
    },
    // A rejected or deferred demand can be raised again at a later meeting.
    rejected: { on: { DISCUSS: "underDiscussion", ACCEPT: "accepted", WITHDRAW: "withdrawn" } },
    deferred: {
      on: { DISCUSS: "underDiscussion", ACCEPT: "accepted", REJECT: "rejected", WITHDRAW: "withdrawn" },
    },
    accepted: { type: "final" },
    withdrawn: { type: "final" },
  },
});
