import type { Applied, GameState, Move, MoveError, Outcome, Result, ValidScenario } from "@parley/engine";
import {
  checkScenario,
  type InvariantName,
  invariants,
  parseScenarioOrThrow,
  type ScenarioFailure,
} from "@parley/engine/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isVouched } from "../packages/engine/src/core/index.js";
import { loadScenario } from "./support/scenarios.js";

/**
 * The kit's invariants must bite: each test below breaks the engine in one way (a "mutant", switched on for
 * that test only) and checks that `checkScenario` reports the invariant that should catch it, with a short
 * replay. The engine's own modules are replaced for this file only; with no mutant on they behave as usual.
 * Mutants of the rules are made below the public API (in `rules/`), so that every path through the engine
 * (`applyMove`, the simulation core, rebuilding a state) plays the same broken rules.
 */

type Mutant =
  | "events-not-repeatable"
  | "stuck-in-closing"
  | "reaffirm-crosses"
  | "utility-above-one"
  | "tension-unclamped"
  | "pass-costs-a-minute-more"
  | "save-drops-last-move"
  | "copies-refused"
  | "lists-an-illegal-move"
  | "agrees-without-every-party"
  | "no-collapse-at-limit";

const mutant = vi.hoisted(() => ({ current: null as string | null, events: 0 }));

vi.mock("../packages/engine/src/game/game.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../packages/engine/src/game/game.js")>();
  return {
    ...real,
    legalMoves(state: GameState): Move[] {
      const moves = real.legalMoves(state);
      const actor = real.currentActor(state);
      if (mutant.current === "lists-an-illegal-move" && actor !== null && state.track.phase === "opening")
        return [...moves, { type: "accept-follow-up", actor }];
      if (mutant.current === "stuck-in-closing" && state.track.phase === "closing" && state.track.index > 0)
        return [];
      return moves;
    },
    applyMove(state: GameState, move: unknown): Result<Applied, MoveError> {
      const result = real.applyMove(state, move);
      if (!result.ok || mutant.current !== "events-not-repeatable") return result;
      const noise = { type: "inject" as const, inject: `noise-${mutant.events++}`, text: "" };
      return { ok: true, value: { ...result.value, events: [...result.value.events, noise] } };
    },
    admitState(value: unknown) {
      if (mutant.current === "copies-refused" && !isVouched(value as object)) return real.admitState(null);
      return real.admitState(value);
    },
    outcome(state: GameState): Outcome {
      const out = real.outcome(state);
      if (mutant.current !== "utility-above-one" || state.moveCount < 3) return out;
      const [first] = Object.keys(out.utilities);
      return first === undefined ? out : { ...out, utilities: { ...out.utilities, [first]: 1.25 } };
    },
  };
});

vi.mock("../packages/engine/src/rules/flow.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../packages/engine/src/rules/flow.js")>();
  return {
    ...real,
    redLineEvent(...args: Parameters<typeof real.redLineEvent>): void {
      const [ctx, s, r, event] = args;
      real.redLineEvent(
        ctx,
        s,
        r,
        mutant.current === "reaffirm-crosses" && event === "REAFFIRM" ? "CROSS" : event,
      );
    },
    clamp(x: number, lo = 0, hi = 100): number {
      return mutant.current === "tension-unclamped" ? x : real.clamp(x, lo, hi);
    },
  };
});

vi.mock("../packages/engine/src/rules/apply.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../packages/engine/src/rules/apply.js")>();
  return {
    ...real,
    applyRules(...args: Parameters<typeof real.applyRules>): void {
      real.applyRules(...args);
      const [, s, m] = args;
      if (mutant.current === "pass-costs-a-minute-more" && m.type === "pass" && !s.over) s.track.clock += 1;
    },
  };
});

vi.mock("../packages/engine/src/rules/query.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../packages/engine/src/rules/query.js")>();
  return {
    ...real,
    currentTrack(...args: Parameters<typeof real.currentTrack>) {
      const track = real.currentTrack(...args);
      return mutant.current === "agrees-without-every-party" && track.partyCount > 2
        ? { ...track, partyCount: track.partyCount - 1 }
        : track;
    },
  };
});

vi.mock("../packages/engine/src/rules/compile.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../packages/engine/src/rules/compile.js")>();
  // The rules with a limit tension never reaches (it is kept within [0, 100]): the talks never collapse.
  const lenient = new WeakMap<object, ReturnType<typeof real.compiledOf>>();
  return {
    ...real,
    compiledOf(scenario: ValidScenario) {
      const compiled = real.compiledOf(scenario);
      if (mutant.current !== "no-collapse-at-limit") return compiled;
      const made = lenient.get(compiled) ?? { ...compiled, collapseAt: 101 };
      lenient.set(compiled, made);
      return made;
    },
  };
});

vi.mock("../packages/engine/src/session/saves.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../packages/engine/src/session/saves.js")>();
  return {
    ...real,
    serializeState(...args: Parameters<typeof real.serializeState>): string {
      const text = real.serializeState(...args);
      if (mutant.current !== "save-drops-last-move") return text;
      const save = JSON.parse(text) as { moves: string };
      return JSON.stringify({ ...save, moves: save.moves.split("_").slice(0, -1).join("_") });
    },
  };
});

afterEach(() => {
  mutant.current = null;
});

const harbour = loadScenario("tests/fixtures/harbour-talks.json");
const summit = loadScenario("tests/fixtures/package-summit.json");
/** The harbour talks close to the tension limit, which its plays then reach. */
const tenseHarbour = parseScenarioOrThrow(
  JSON.parse(JSON.stringify({ ...harbour, world: { ...harbour.world, tension: 90 } })),
  "the harbour talks at tension 90",
);

/** The failure of one invariant with the mutant on, if it is caught. */
function caught(
  which: Mutant,
  invariant: InvariantName,
  scenario: ValidScenario,
): ScenarioFailure | undefined {
  mutant.current = which;
  const only = { [invariant]: invariants[invariant] };
  const checked = checkScenario(scenario, { numRuns: 40, seed: 11, invariants: only, history: false });
  mutant.current = null;
  return checked.ok ? checked.value[0] : undefined;
}

describe("the kit catches a broken engine", () => {
  it("with no mutant, every invariant holds", () => {
    expect(checkScenario(harbour, { numRuns: 10, seed: 11 })).toEqual({ ok: true, value: [] });
  });

  const cases: [Mutant, InvariantName, ValidScenario, number][] = [
    ["events-not-repeatable", "determinism", harbour, 1],
    ["stuck-in-closing", "terminates", harbour, 20],
    ["reaffirm-crosses", "redLinesNeverSilentlyCrossed", harbour, 5],
    ["utility-above-one", "utilitiesInRange", harbour, 3],
    ["tension-unclamped", "gaugesInRange", harbour, 20],
    ["pass-costs-a-minute-more", "clockMonotone", harbour, 1],
    ["save-drops-last-move", "saveLoadTransparent", harbour, 1],
    ["copies-refused", "statesPortable", harbour, 0],
    ["lists-an-illegal-move", "legalMovesAccepted", harbour, 0],
    ["agrees-without-every-party", "agreementsStand", summit, 30],
    ["no-collapse-at-limit", "collapsesAtTensionLimit", tenseHarbour, 20],
  ];

  it.each(cases)("%s is caught by %s, with a short replay", (which, invariant, scenario, most) => {
    const failure = caught(which, invariant, scenario);
    expect(failure?.invariant).toBe(invariant);
    expect(failure?.message).not.toMatch(/the engine refused/);
    expect(failure?.replay.moves.length).toBeLessThanOrEqual(most);
  });

  it("each mutant breaks only what it should: the other invariants are not all failing", () => {
    mutant.current = "pass-costs-a-minute-more";
    const checked = checkScenario(harbour, { numRuns: 10, seed: 11, history: false });
    mutant.current = null;
    const failed = checked.ok ? checked.value.map((f) => f.invariant) : [];
    expect(failed).toContain("clockMonotone");
    expect(failed).not.toContain("legalMovesAccepted");
  });
});
