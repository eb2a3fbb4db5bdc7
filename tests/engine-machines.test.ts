import { demandMachine, redLineMachine, stanceMachine, trackMachine } from "@parley/engine";
import { describe, expect, it } from "vitest";
import type { AnyStateMachine } from "xstate";
import { getShortestPaths } from "xstate/graph";

/** Every event type a machine's states handle, read from the machines themselves. */
function eventsOf(machine: AnyStateMachine): { type: string }[] {
  const types = new Set<string>();
  for (const node of Object.values(machine.root.states))
    for (const type of node.transitions.keys()) types.add(type);
  return [...types].map((type) => ({ type }));
}

describe.each([
  ["stance", stanceMachine, ["engaged", "hardened", "walkedOut"]],
  ["demand", demandMachine, ["tabled", "underDiscussion", "accepted", "rejected", "deferred", "withdrawn"]],
  ["red line", redLineMachine, ["intact", "challenged", "held", "crossed"]],
  [
    "track",
    trackMachine,
    [
      "scheduled",
      "opening",
      "agenda",
      "overrun",
      "closing",
      "agreement",
      "partialAgreement",
      "noBreakthrough",
      "collapsed",
    ],
  ],
] as const)("the %s machine", (_name, machine, expected) => {
  it("has exactly the documented states", () => {
    expect(Object.keys(machine.root.states).sort()).toEqual([...expected].sort());
  });

  it("reaches every state from its initial state", () => {
    const paths = getShortestPaths(machine as AnyStateMachine, {
      events: eventsOf(machine as AnyStateMachine),
    });
    const reached = new Set(paths.map((path) => String(path.state.value)));
    expect([...reached].sort()).toEqual([...expected].sort());
  });
});
