import { setup } from "xstate";

/**
 * A red line: intact, challenged by a proposal, held by reaffirming it, or crossed (never silently). A red
 * line stands until it is crossed: the final state is the only one in which it no longer binds.
 */
export const redLineMachine = setup({
  types: {
    events: {} as { type: "CHALLENGE" } | { type: "REAFFIRM" } | { type: "CROSS" },
  },
}).createMachine({
  id: "redLine",
  initial: "intact",
  states: {
    intact: { on: { CHALLENGE: "challenged", REAFFIRM: "held", CROSS: "crossed" } },
    challenged: { on: { REAFFIRM: "held", CROSS: "crossed" } },
    held: { on: { CHALLENGE: "challenged", CROSS: "crossed" } },
    crossed: { type: "final" },
  },
});
