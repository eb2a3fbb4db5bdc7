import { test } from "@fast-check/vitest";
import {
  demandMachine,
  legalMoves,
  MOVE_TYPES,
  redLineMachine,
  stanceMachine,
  trackMachine,
  type ValidScenario,
} from "@parley/engine";
import { arbGuidedPlay, arbLegalPlay, type Play, type PlayStep, watchPlay } from "@parley/engine/testing";
import { describe, expect, it } from "vitest";
import { type AnyStateMachine, transition } from "xstate";
import { getShortestPaths } from "xstate/graph";
import {
  demandTable,
  type MachineTable,
  redLineTable,
  stanceTable,
  trackTable,
} from "../packages/engine/src/machines/index.js";
import { loadScenario, runs } from "./support/scenarios.js";

/** Every event type a machine's states handle, read from the machines themselves. */
function eventsOf(machine: AnyStateMachine): { type: string }[] {
  const types = new Set<string>();
  for (const node of Object.values(machine.root.states))
    for (const type of node.transitions.keys()) types.add(type);
  return [...types].map((type) => ({ type }));
}

/** A machine's snapshot in a state (the machines are flat and have no context). */
const snapshotOf = (machine: AnyStateMachine, value: string) => machine.resolveState({ value, context: {} });

const machines: readonly (readonly [
  string,
  AnyStateMachine,
  MachineTable<string, string>,
  readonly string[],
])[] = [
  ["stance", stanceMachine, stanceTable, ["engaged", "hardened", "walkedOut"]],
  [
    "demand",
    demandMachine,
    demandTable,
    ["tabled", "underDiscussion", "accepted", "rejected", "deferred", "withdrawn"],
  ],
  ["red line", redLineMachine, redLineTable, ["intact", "challenged", "held", "crossed"]],
  [
    "track",
    trackMachine,
    trackTable,
    [
      "scheduled",
      "opening",
      "agenda",
      "overrun",
      "closing",
      "agreement",
      "partial-agreement",
      "procedural-agreement",
      "no-breakthrough",
      "collapse",
    ],
  ],
];

describe.each(machines)("the %s machine", (_name, machine, table, expected) => {
  it("has exactly the documented states", () => {
    expect(Object.keys(machine.root.states).sort()).toEqual([...expected].sort());
  });

  it("reaches every state from its initial state", () => {
    const paths = getShortestPaths(machine, { events: eventsOf(machine) });
    const reached = new Set(paths.map((path) => String(path.state.value)));
    expect([...reached].sort()).toEqual([...expected].sort());
  });

  it("can() agrees with the compiled table for every state and event", () => {
    // Every event any state handles, and every kind of move (which most machines do not handle).
    const events = new Set([...eventsOf(machine).map((e) => e.type), ...MOVE_TYPES, "NO_SUCH_EVENT"]);
    const disagreements: string[] = [];
    for (const state of expected) {
      const snapshot = snapshotOf(machine, state);
      const row = (table.next as Record<string, Partial<Record<string, string>>>)[state] ?? {};
      for (const type of events) {
        const can = snapshot.can({ type });
        const next = row[type];
        if (can !== (next !== undefined)) disagreements.push(`${state} ${type}: can ${can}, table ${next}`);
        if (can && String(transition(machine, snapshot, { type })[0].value) !== next)
          disagreements.push(`${state} ${type}: xstate goes elsewhere than the table's ${next}`);
      }
      expect(table.final[state], state).toBe(machine.root.states[state]?.type === "final");
    }
    expect(disagreements).toEqual([]);
    expect(table.initial).toBe(String(machine.getInitialSnapshot({} as never).value));
  });
});

/**
 * Every move legalMoves lists is one the machines allow (issue 9, point 3): its kind is a transition with
 * the `allow` action in the actor's stance and in the meeting's phase, as xstate's own `can()` says.
 */
describe("legal moves and the machines", () => {
  const scenarios: readonly [string, ValidScenario][] = [
    ["harbour talks", loadScenario("tests/fixtures/harbour-talks.json")],
    ["mediated talks", loadScenario("tests/fixtures/mediated-talks.json")],
    ["package summit", loadScenario("tests/fixtures/package-summit.json")],
    ["security week", loadScenario("scenarios/2022-01-security-week.json")],
  ];

  /** The kinds of the listed moves that the machines do not allow in a state, in words. */
  function disallowed(scenario: ValidScenario, play: Play): string[] {
    const out: string[] = [];
    const see = ({ after }: Pick<PlayStep, "after">) => {
      for (const move of legalMoves(after)) {
        const a = scenario.actors.findIndex((actor) => actor.id === move.actor);
        const stance = after.stances[a] ?? "?";
        if (!snapshotOf(stanceMachine, stance).can({ type: move.type }))
          out.push(`${move.type} listed for ${move.actor}, ${stance}`);
        if (!snapshotOf(trackMachine, after.track.phase).can({ type: move.type }))
          out.push(`${move.type} listed in ${after.track.phase}`);
      }
      return null;
    };
    watchPlay(scenario, play, [{ start: (state) => see({ after: state }), step: see }]);
    return out;
  }

  describe.each(scenarios)("%s", (_name, scenario) => {
    test.prop([arbLegalPlay(scenario, { toEnd: true })], { numRuns: runs(15) })(
      "on uniform plays, every listed kind of move is one can() allows in the stance and the phase",
      (play) => {
        expect(disallowed(scenario, play)).toEqual([]);
      },
    );

    test.prop([arbGuidedPlay(scenario)], { numRuns: runs(15) })(
      "on guided plays, every listed kind of move is one can() allows in the stance and the phase",
      (play) => {
        expect(disallowed(scenario, play)).toEqual([]);
      },
    );
  });
});
