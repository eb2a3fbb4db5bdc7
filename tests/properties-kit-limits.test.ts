import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MOVE_TYPES } from "@parley/engine";
import {
  arbLegalPlay,
  checkScenario,
  formatCheck,
  type Invariant,
  MAX_RUNS,
  throughout,
} from "@parley/engine/testing";
import { afterAll, describe, expect, it } from "vitest";
import { harbour, repoPath } from "./support/scenarios.js";

/**
 * The kit's limits (issue 13): options that would make `checkScenario` check nothing are an error, not a
 * pass; and the kit's memory does not grow with the length of a play (it once kept every state of a trace,
 * so a check of a valid long scenario ran out of memory).
 */

describe("checkScenario refuses options that would check nothing", () => {
  const scenario = harbour();
  let calls = 0;
  const counted: Invariant = throughout(() => {
    calls++;
    return null;
  });

  const bad: [string, unknown][] = [
    ["a negative run count", { numRuns: -1 }],
    ["a run count that is not a number", { numRuns: Number.NaN }],
    ["no runs", { numRuns: 0 }],
    ["a fraction of a run", { numRuns: 1.5 }],
    ["infinitely many runs", { numRuns: Number.POSITIVE_INFINITY }],
    ["too many runs", { numRuns: MAX_RUNS + 1 }],
    ["a run count as text", { numRuns: "20" }],
    ["no run count", {}],
    ["a misspelt option", { numRuns: 5, invariant: { counted } }],
    ["a seed that is no whole number", { numRuns: 5, seed: 0.5 }],
    ["an invariant that is no function", { numRuns: 5, invariants: { counted: "yes" } }],
    ["invariants as a list", { numRuns: 5, invariants: [counted] }],
    ["plays that are no arbitrary", { numRuns: 5, plays: [{ seed: "s", moves: [] }] }],
    ["history as text", { numRuns: 5, history: "no" }],
    ["nothing to check", { numRuns: 5, invariants: {}, history: false }],
    ["no options at all", undefined],
  ];

  it.each(bad)("%s is an error, as data, and no play is run", (_what, options) => {
    calls = 0;
    const checked = checkScenario(scenario, options as Parameters<typeof checkScenario>[1]);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.error.code).toBe("invalid-options");
    expect(!checked.ok && checked.error.message).toMatch(/^checkScenario: /);
    // A test that compares the lines with [] fails, rather than passing while checking nothing.
    expect(formatCheck(checked)).not.toEqual([]);
    expect(calls).toBe(0);
  });

  it("a scenario that parseScenario did not return is an error too", () => {
    const checked = checkScenario(JSON.parse(JSON.stringify(scenario)), { numRuns: 1 });
    expect(!checked.ok && checked.error.code).toBe("invalid-scenario");
  });

  it("good options run every play asked for", () => {
    calls = 0;
    const plays = arbLegalPlay(scenario, { maxMoves: 3 });
    const checked = checkScenario(scenario, { numRuns: 7, seed: 1, plays, invariants: { counted } });
    expect(checked).toEqual({ ok: true, value: [] });
    // Each play is watched from its first state: at least one call per run.
    expect(calls).toBeGreaterThanOrEqual(7);
  });
});

/**
 * A valid scenario whose games are long: three meetings of 72 hours at a minute a move, about 13,000 moves
 * when every delegation talks until the clock runs out.
 */
const LONG_SCENARIO = {
  formatVersion: 2,
  id: "long-talks",
  title: "Long talks",
  summary: "Three marathon meetings, a minute a move.",
  sources: [{ key: "S", title: "Made up for the testing kit's memory test." }],
  actors: ["x", "y"].map((id) => ({
    id,
    name: id,
    kind: "state",
    delegation: [],
    weights: {},
    reservation: 0.2,
    persona: "random",
    sources: ["S"],
  })),
  issues: ["i1", "i2", "i3"].map((id) => ({
    id,
    title: id,
    options: [
      { id: "a", label: "A" },
      { id: "b", label: "B" },
    ],
    statusQuo: "a",
    values: { x: { a: 1, b: 0 }, y: { a: 0, b: 1 } },
    sources: ["S"],
  })),
  tracks: [1, 2, 3].map((day) => ({
    id: `t${day}`,
    title: `Meeting ${day}`,
    venue: "Somewhere",
    date: `2030-01-0${day}`,
    format: "bilateral",
    chair: null,
    participants: ["x", "y"],
    agenda: ["i1", "i2", "i3"].map((issue) => ({ issue, minutes: 1440 })),
    scheduledMinutes: 2880,
    maxOverrunMinutes: 1440,
    sources: ["S"],
  })),
  world: { tension: 10, cohesion: 50, defaultTrust: 50 },
  rules: {
    minutes: Object.fromEntries(MOVE_TYPES.map((type) => [type, 1])),
  },
};

/**
 * The child process: checks the long scenario on one play where every move is a conciliatory statement
 * (choice 2, counting from a pass: the game runs until each meeting's clock runs out), with the invariants
 * that watch a play step by step, and prints the play's length and the result.
 */
const CHILD = `
import fc from "fast-check";
import { parseScenario } from "@parley/engine";
import { agreementsStand, checkScenario, clockMonotone, gaugesInRange, playChoices } from "@parley/engine/testing";
const parsed = parseScenario(${JSON.stringify(LONG_SCENARIO)});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
const play = playChoices(parsed.value, "long", [2], { toEnd: true });
const checked = checkScenario(parsed.value, {
  numRuns: 1,
  plays: fc.constant(play),
  invariants: { agreementsStand, clockMonotone, gaugesInRange },
  history: false,
});
console.log(JSON.stringify({ moves: play.moves.length, checked }));
`;

describe("the kit's memory does not grow with the play", () => {
  const dir = repoPath(`tests/.scratch-kit-memory-${process.pid}`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("checks a valid scenario's 13,000-move game within a 40 MB heap", () => {
    mkdirSync(dir, { recursive: true });
    const script = join(dir, "check-long-game.ts");
    writeFileSync(script, CHILD);
    // Keeping every state of this game, as the kit once did, needs about 60 MB of heap: it dies at 40 MB.
    const run = spawnSync(
      process.execPath,
      ["--max-old-space-size=40", "--conditions=@parley/source", "--import", "tsx", script],
      { cwd: repoPath("."), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    expect(run.stderr).not.toMatch(/heap out of memory/);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as {
      moves: number;
      checked: unknown;
    };
    expect(result.moves).toBeGreaterThan(12_000);
    expect(result.checked).toEqual({ ok: true, value: [] });
  });
});
