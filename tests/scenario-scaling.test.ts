import { describe, expect, it } from "vitest";
import { runScenarioChecks } from "../packages/engine/src/scenario/check.js";
import { newMeter } from "../packages/engine/src/scenario/limits.js";
import { formatScenarioIssue } from "../packages/engine/src/scenario/problems.js";

/**
 * Hostile input stays cheap: the work of checking a scenario grows in step with the input. Each shape below
 * is generated at two sizes, the second twice the first; the check counts its steps (values visited,
 * entries looked up, cells of edit-distance tables) on a meter, and a test fails when doubling the input
 * more than triples the work. The shapes are the ones that once made the check cubic or quadratic (every
 * issue × every actor × every issue; red lines over long option lists; misspelt names among many) or
 * overflowed the stack (a huge list of problems), and the other long lists a file may hold.
 */

type Json = Record<string, unknown>;
const SOURCES = ["S1"];

function actor(id: string, weights: Json): Json {
  return {
    id,
    name: id,
    kind: "state",
    delegation: [],
    weights,
    reservation: 0,
    persona: "linear",
    sources: SOURCES,
  };
}

function issue(id: string, options: readonly string[], values: Json): Json {
  return {
    id,
    title: id,
    options: options.map((o) => ({ id: o, label: o })),
    statusQuo: options[0],
    values,
    sources: SOURCES,
  };
}

function valuesOf(actors: readonly string[], options: readonly string[]): Json {
  return Object.fromEntries(actors.map((a) => [a, Object.fromEntries(options.map((o, k) => [o, k % 2]))]));
}

/** A small valid format-2 scenario that the shapes grow. */
function minimal(): Json {
  return {
    formatVersion: 2,
    id: "scaling",
    title: "Scaling",
    summary: "Generated for the scaling tests.",
    sources: [{ key: "S1", title: "Generated for the scaling tests." }],
    actors: [actor("a0", { i0: 1 }), actor("a1", { i0: 1 })],
    issues: [issue("i0", ["x", "y"], valuesOf(["a0", "a1"], ["x", "y"]))],
    tracks: [
      {
        id: "t0",
        title: "Meeting",
        venue: "Somewhere",
        date: "2030-01-01",
        format: "bilateral",
        chair: null,
        participants: ["a0", "a1"],
        agenda: [{ issue: "i0", minutes: 30 }],
        scheduledMinutes: 60,
        maxOverrunMinutes: 0,
        sources: SOURCES,
      },
    ],
    world: { tension: 10, cohesion: 50, defaultTrust: 50 },
  };
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** Each shape makes an input of size about proportional to `n`. */
const SHAPES: Readonly<Record<string, { readonly n: number; readonly make: (n: number) => unknown }>> = {
  "every actor weights its own issue, one weights none (issues × actors × issues once)": {
    n: 300,
    make: (n) => {
      const ids = range(n);
      return {
        ...minimal(),
        actors: [...ids.map((i) => actor(`a${i}`, { [`i${i}`]: 1 })), actor("equal", {})],
        issues: ids.map((i) => issue(`i${i}`, ["x", "y"], valuesOf([`a${i}`, "equal"], ["x", "y"]))),
      };
    },
  },
  "red lines over a long list of options": {
    n: 2000,
    make: (n) => {
      const options = range(n).map((k) => `o${k}`);
      const s = minimal();
      const redLines = range(20).map((r) => ({
        id: `r${r}`,
        actor: "a0",
        issue: "i0",
        forbidden: options.slice(1),
        price: { utility: 0, trust: 0, cohesion: 0 },
        text: "No.",
        sources: SOURCES,
      }));
      return { ...s, issues: [issue("i0", options, valuesOf(["a0", "a1"], options))], redLines };
    },
  },
  "unknown fields": {
    n: 20_000,
    make: (n) => ({ ...minimal(), ...Object.fromEntries(range(n).map((k) => [`extra${k}`, k])) }),
  },
  "a record of wrong values": {
    n: 20_000,
    make: (n) => {
      const s = minimal();
      const weights = Object.fromEntries(range(n).map((k) => [`w${k}`, "heavy"]));
      return { ...s, actors: [actor("a0", weights), actor("a1", { i0: 1 })] };
    },
  },
  "misspelt names among many actors": {
    n: 400,
    make: (n) => {
      const ids = range(n).map((i) => `actor${i}`);
      const s = minimal();
      const track = (s.tracks as Json[])[0];
      return {
        ...s,
        actors: ids.map((id) => actor(id, { i0: 1 })),
        issues: [issue("i0", ["x", "y"], valuesOf(ids, ["x", "y"]))],
        tracks: [
          { ...track, format: "multilateral", chair: "actor0", participants: ids.map((id) => `${id}x`) },
        ],
      };
    },
  },
  "seats, parties and speaking orders": {
    n: 400,
    make: (n) => {
      const ids = range(n).map((i) => `a${i}`);
      const s = minimal();
      const track = (s.tracks as Json[])[0];
      return {
        ...s,
        actors: ids.map((id) => actor(id, { i0: 1 })),
        issues: [issue("i0", ["x", "y"], valuesOf(ids, ["x", "y"]))],
        tracks: [
          {
            ...track,
            format: "multilateral",
            chair: "a0",
            participants: ids,
            parties: ids.slice(1),
            speakingOrder: [...ids].reverse(),
            delegations: Object.fromEntries(
              ids.map((id) => [id, [{ name: id, title: "Envoy", sources: SOURCES }]]),
            ),
          },
        ],
      };
    },
  },
  "history moves, trust, drafts, lines and epilogue": {
    n: 1000,
    make: (n) => {
      const ids = range(n + 1).map((i) => `a${i}`);
      return {
        ...minimal(),
        actors: ids.map((id) => actor(id, { i0: 1 })),
        issues: [issue("i0", ["x", "y"], valuesOf(ids, ["x", "y"]))],
        world: {
          tension: 10,
          cohesion: 50,
          defaultTrust: 50,
          trust: range(n).map((k) => ({ from: `a${k}`, to: `a${k + 1}`, value: 50 })),
        },
        drafts: range(n).map((k) => ({
          id: `d${k}`,
          actor: "a0",
          title: "Draft",
          terms: { i0: "y" },
          sources: SOURCES,
        })),
        lines: range(n).map(() => ({
          actor: "a0",
          tone: "firm",
          issue: "i0",
          track: "t0",
          text: "No.",
          sources: SOURCES,
        })),
        epilogue: range(n).map(() => ({
          date: "2030-02-01",
          title: "Later",
          text: "Then.",
          sources: SOURCES,
        })),
        history: {
          seed: 1,
          moves: range(n).map((k) =>
            k % 2
              ? { type: "propose", actor: "a0", terms: { i0: "y" } }
              : { type: "accept", actor: "a1", issues: ["i0"] },
          ),
          outcome: { overall: "no-breakthrough" },
          sources: SOURCES,
        },
      };
    },
  },
};

/** The steps the whole check takes on an input. */
function work(input: unknown): number {
  const meter = newMeter();
  runScenarioChecks(input, meter);
  return meter.steps;
}

describe("the work of checking a scenario", () => {
  it("starts from a valid scenario", () => {
    const result = runScenarioChecks(minimal());
    expect(result.ok ? [] : result.error.map(formatScenarioIssue)).toEqual([]);
  });

  it.each(Object.entries(SHAPES))("at most triples when the input doubles: %s", (_name, { n, make }) => {
    const small = make(n);
    const large = make(2 * n);
    const growth = JSON.stringify(large).length / JSON.stringify(small).length;
    expect(growth).toBeGreaterThan(1.8);
    const smallWork = work(small);
    const largeWork = work(large);
    expect(largeWork).toBeGreaterThan(smallWork);
    expect(largeWork / smallWork).toBeLessThanOrEqual(3);
  });
});
