import { fc, test } from "@fast-check/vitest";
import {
  applyMove,
  checkMove,
  type GameState,
  isOver,
  legalMoves,
  type Move,
  moveKey,
  parseScenario,
  stateHash,
  type ValidScenario,
} from "@parley/engine";
import { checkScenario, formatCheck } from "@parley/engine/testing";
import { describe, expect, it } from "vitest";
import { fork, listMoves, moveBuffer, moveOfCode } from "../packages/engine/src/core/index.js";
import { compiledOf } from "../packages/engine/src/rules/compile.js";
import { newGame } from "./support/play.js";
import { loadScenario, runs, SMALL_SCENARIOS } from "./support/scenarios.js";

/**
 * `legalMoves` agrees with `applyMove`: every listed move is accepted, every other move that names one issue
 * at most is refused with a reason and leaves the state as it was, and a composed package is accepted exactly
 * when `checkMove` says so. On the three test scenarios: items, a mediator with hidden types, packages.
 */

const scenarios = SMALL_SCENARIOS;

const start = (scenario: ValidScenario, seed: string): GameState => newGame(scenario, { seed });

function reach(scenario: ValidScenario, seed: string, choices: readonly number[]): GameState {
  let state = start(scenario, seed);
  for (const choice of choices) {
    if (isOver(state)) break;
    const options = legalMoves(state);
    const result = applyMove(state, options[choice % options.length]);
    if (!result.ok) throw new Error(result.error.message);
    state = result.value.state;
  }
  return state;
}

/** Moves that name every actor, issue, option and red line of the scenario, plus some that name nothing real. */
function everyMove(scenario: ValidScenario, state: GameState): Move[] {
  const out: Move[] = [];
  const issueIds = scenario.issues.map((i) => i.id);
  for (const { id: actor } of [...scenario.actors, { id: "atlantis" }]) {
    for (const type of ["offer-cbm", "propose-follow-up", "accept-follow-up", "walk-out", "pass"] as const)
      out.push({ type, actor });
    out.push({ type: "statement", actor, tone: "firm" }, { type: "statement", actor, tone: "conciliatory" });
    for (const issue of [...scenario.issues, { id: "nowhere", options: [{ id: "x" }] }]) {
      for (const { id: option } of issue.options) {
        const terms = { [issue.id]: option };
        out.push({ type: "propose", actor, terms }, { type: "counter", actor, terms });
      }
      out.push({ type: "accept", actor, issues: [issue.id] }, { type: "reject", actor, issues: [issue.id] });
      out.push({ type: "concede", actor, issue: issue.id });
    }
    for (const proposal of state.table) {
      const issues = proposal.options.flatMap((o, i) => (o >= 0 ? [issueIds[i] ?? ""] : []));
      out.push({ type: "accept", actor, issues }, { type: "reject", actor, issues });
    }
    for (const { id: redLine } of [...scenario.redLines, { id: "imaginary" }]) {
      out.push({ type: "reaffirm", actor, redLine }, { type: "cross", actor, redLine });
    }
  }
  return out;
}

/** Packages of two issues of the meeting's agenda, every pair of options, by the actor on the floor. */
function pairPackages(scenario: ValidScenario, state: GameState): Move[] {
  const track = scenario.tracks[state.track.index];
  const agenda = [...new Set(track?.agenda.map((item) => item.issue))];
  const actor = track?.speakingOrder?.[state.track.floor] ?? track?.participants[state.track.floor] ?? "";
  const options = (id: string) => scenario.issues.find((i) => i.id === id)?.options.map((o) => o.id) ?? [];
  const out: Move[] = [];
  for (const [k, a] of agenda.entries()) {
    for (const b of agenda.slice(k + 1)) {
      for (const x of options(a)) {
        for (const y of options(b)) {
          out.push(
            { type: "propose", actor, terms: { [a]: x, [b]: y } },
            { type: "counter", actor, terms: { [a]: x, [b]: y } },
          );
        }
      }
    }
  }
  return out;
}

const arbState = fc.tuple(fc.string({ maxLength: 8 }), fc.array(fc.nat(1000), { maxLength: 90 }));

describe.each(scenarios)("legal moves (%s)", (_name, scenario) => {
  test.prop([arbState], { numRuns: runs(60) })(
    "every move legalMoves lists is accepted",
    ([seed, choices]) => {
      const state = reach(scenario, seed, choices);
      for (const move of legalMoves(state)) expect(applyMove(state, move).ok, moveKey(move)).toBe(true);
    },
  );

  test.prop([arbState], { numRuns: runs(60) })(
    "every other move that names one issue at most is refused with a reason, and the state is untouched",
    ([seed, choices]) => {
      const state = reach(scenario, seed, choices);
      const hash = stateHash(state);
      const legal = new Set(legalMoves(state).map(moveKey));
      for (const move of everyMove(scenario, state)) {
        if (legal.has(moveKey(move))) continue;
        const result = applyMove(state, move);
        expect(result.ok, moveKey(move)).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toMatch(/^[a-z-]+$/);
          expect(result.error.message.length).toBeGreaterThan(10);
        }
      }
      expect(stateHash(state)).toBe(hash);
    },
  );

  test.prop([arbState], { numRuns: runs(40) })(
    "a composed package is accepted exactly when checkMove says it is legal, and listed ones are",
    ([seed, choices]) => {
      const state = reach(scenario, seed, choices);
      const legal = new Set(legalMoves(state).map(moveKey));
      for (const move of pairPackages(scenario, state)) {
        const checked = checkMove(state, move);
        const result = applyMove(state, move);
        expect(result.ok, moveKey(move)).toBe(checked.ok);
        if (legal.has(moveKey(move))) expect(result.ok, moveKey(move)).toBe(true);
        if (!result.ok && !checked.ok) expect(result.error.code).toBe(checked.error.code);
      }
    },
  );

  test.prop([arbState], { numRuns: runs(40) })(
    "legal moves are the candidates the rules accept, in order",
    ([seed, choices]) => {
      const state = reach(scenario, seed, choices);
      const legal = legalMoves(state).map(moveKey);
      const sim = fork(compiledOf(scenario), state, false);
      const buf = moveBuffer();
      buf.all = true;
      const count = listMoves(sim, buf);
      const candidates = Array.from({ length: count }, (_, k) => moveOfCode(sim, buf, buf.codes[k] ?? 0));
      expect(candidates.filter((m) => checkMove(state, m).ok).map(moveKey)).toEqual(legal);
      if (isOver(state)) expect(legal).toEqual([]);
      else expect(legal.length).toBeGreaterThan(0);
    },
  );
});

describe("bad input", () => {
  const scenario = loadScenario("tests/fixtures/harbour-talks.json");
  const state = start(scenario, "bad-input");
  const hash = stateHash(state);

  it.each([
    ["null", null],
    ["a number", 42],
    ["a string", "propose enlargement"],
    ["an array", [{ type: "pass", actor: "north" }]],
    ["an object with unknown fields", { type: "pass", actor: "north", veto: true }],
    ["an unknown move type", { type: "annex", actor: "north" }],
    ["a move without its actor", { type: "pass" }],
    ["a wrong tone", { type: "statement", actor: "north", tone: "furious" }],
    ["terms naming no issue", { type: "propose", actor: "north", terms: {} }],
    ["a format-1 proposal", { type: "propose", actor: "north", issue: "quota", option: "even" }],
    ["an acceptance naming no issue", { type: "accept", actor: "north", issues: [] }],
  ])("refuses %s as malformed and keeps the state", (_label, move) => {
    const result = applyMove(state, move);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("malformed");
      expect(result.error.message).toMatch(/^Not a valid move: /);
    }
    expect(stateHash(state)).toBe(hash);
  });

  it("says whose floor it is when a move is out of turn", () => {
    const result = applyMove(state, { type: "propose", actor: "south", terms: { quota: "even" } });
    expect(!result.ok && result.error.code).toBe("not-your-turn");
    expect(!result.ok && result.error.params).toEqual({ actor: "south", floor: "north" });
    expect(!result.ok && result.error.message).toMatch(/the floor is Northland's/);
  });

  it("names unknown actors, and lists the real ones", () => {
    const stranger = applyMove(state, { type: "pass", actor: "atlantis" });
    expect(!stranger.ok && stranger.error.code).toBe("unknown-actor");
    expect(!stranger.ok && stranger.error.message).toMatch(/'atlantis'.*'north', 'south', 'mediator'/);
  });

  it("refuses negotiating an issue during the opening statements", () => {
    const result = applyMove(state, { type: "propose", actor: "north", terms: { quota: "north-most" } });
    expect(!result.ok && result.error.code).toBe("wrong-phase");
  });
});

describe("an agenda that takes up an issue twice", () => {
  // Found by the any-scenario property (tests/properties-any-scenario.test.ts): an issue on a `both` agenda
  // twice is still one issue, so no package is made of it alone.
  const scenario: unknown = JSON.parse(
    '{"formatVersion": 2, "id": "generated", "title": "A generated scenario", "summary": "Made by arbScenario from @parley/engine/testing.", "sources": [{"key": "GEN", "title": "Generated by arbScenario; no real event."}], "actors": [{"id": "north", "name": "Actor north", "kind": "state", "delegation": [{"name": "Head of north", "title": "Head of delegation", "sources": ["GEN"]}], "weights": {"quota": 0}, "reservation": 0, "persona": "random", "allies": [], "partners": [], "types": [], "visibility": {"type": "private", "reservation": "private"}, "sources": ["GEN"]}, {"id": "south", "name": "Actor south", "kind": "state", "delegation": [{"name": "Head of south", "title": "Head of delegation", "sources": ["GEN"]}], "weights": {"quota": 0}, "reservation": 0, "persona": "random", "allies": [], "partners": [], "types": [], "visibility": {"type": "private", "reservation": "private"}, "sources": ["GEN"]}], "issues": [{"id": "quota", "title": "Issue quota", "kind": "substance", "options": [{"id": "o1", "label": "Option o1"}, {"id": "o2", "label": "Option o2"}], "statusQuo": "o1", "values": {"north": {"o1": 0, "o2": 0}, "south": {"o1": 0, "o2": 0}}, "sources": ["GEN"]}], "demands": [], "redLines": [], "tracks": [{"id": "track-1", "title": "Meeting 1", "venue": "Generated City", "date": "2030-01-01", "format": "bilateral", "chair": null, "participants": ["north", "south"], "negotiation": "both", "walkOut": "ends-game", "delegations": {}, "agenda": [{"issue": "quota", "minutes": 5}, {"issue": "quota", "minutes": 5}], "scheduledMinutes": 10, "maxOverrunMinutes": 0, "reportedLength": [], "sources": ["GEN"]}, {"id": "track-2", "title": "Meeting 2", "venue": "Generated City", "date": "2030-01-01", "format": "bilateral", "chair": null, "participants": ["north", "south"], "negotiation": "items", "walkOut": "ends-game", "delegations": {}, "agenda": [{"issue": "quota", "minutes": 5}], "scheduledMinutes": 10, "maxOverrunMinutes": 0, "reportedLength": [], "sources": ["GEN"]}], "injects": [{"id": "inject-1", "track": "track-1", "text": "Something happens (1).", "trigger": {"kind": "random", "probability": 0.05}, "effect": {"tension": 0, "cohesion": 0, "reservation": [{"actor": "north", "delta": 0}], "deadline": 13}, "sources": ["GEN"]}], "drafts": [], "lines": [], "epilogue": [], "world": {"tension": 11, "cohesion": 39, "defaultTrust": 0, "trust": [{"from": "south", "to": "north", "value": 0}, {"from": "north", "to": "south", "value": 0}]}, "rules": {"minutes": {}, "minTrustToAccept": 2, "hardenAt": 4, "walkOutCost": {"utility": 0.03, "trust": 12, "tension": 0}, "allyCohesion": 19}}',
  );

  it("lists every move once", () => {
    const parsed = parseScenario(scenario);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(formatCheck(checkScenario(parsed.value, { numRuns: 3, seed: -1881584770 }))).toEqual([]);
  });
});
