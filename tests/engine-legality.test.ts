import { fc, test } from "@fast-check/vitest";
import {
  applyMove,
  createGame,
  type GameState,
  isOver,
  legalMoves,
  type Move,
  moveKey,
  stateHash,
} from "@parley/engine";
import { describe, expect, it } from "vitest";
import { candidateMoves } from "../packages/engine/src/rules/check.js";
import { playChoices } from "./support/play.js";
import { harbour, runs } from "./support/scenarios.js";

const scenario = harbour();

function reach(seed: string, choices: readonly number[]): GameState {
  return playChoices(createGame(scenario, { seed }), choices).state;
}

/** Moves that name every actor, issue, option and red line of the scenario, plus a few that name nothing real. */
function everyMove(): Move[] {
  const out: Move[] = [];
  for (const { id: actor } of [...scenario.actors, { id: "atlantis" }]) {
    out.push(
      { type: "statement", actor, tone: "firm" },
      { type: "pass", actor },
      { type: "walk-out", actor },
    );
    out.push(
      { type: "offer-cbm", actor },
      { type: "propose-follow-up", actor },
      { type: "accept-follow-up", actor },
    );
    for (const issue of [...scenario.issues, { id: "nowhere", options: [{ id: "x" }] }]) {
      for (const { id: option } of issue.options) {
        out.push(
          { type: "propose", actor, issue: issue.id, option },
          { type: "counter", actor, issue: issue.id, option },
        );
      }
      out.push({ type: "accept", actor, issue: issue.id }, { type: "reject", actor, issue: issue.id });
      out.push({ type: "concede", actor, issue: issue.id });
    }
    for (const { id: redLine } of [...scenario.redLines, { id: "imaginary" }]) {
      out.push({ type: "reaffirm", actor, redLine }, { type: "cross", actor, redLine });
    }
  }
  return out;
}

const all = everyMove();
const arbState = fc.tuple(fc.string({ maxLength: 8 }), fc.array(fc.nat(1000), { maxLength: 90 }));

describe("legal moves", () => {
  test.prop([arbState], { numRuns: runs(150) })(
    "every move legalMoves lists is accepted",
    ([seed, choices]) => {
      const state = reach(seed, choices);
      for (const move of legalMoves(state)) expect(applyMove(state, move).ok).toBe(true);
    },
  );

  test.prop([arbState], { numRuns: runs(150) })(
    "every other move is refused with a reason, and the state is untouched",
    ([seed, choices]) => {
      const state = reach(seed, choices);
      const hash = stateHash(state);
      const legal = new Set(legalMoves(state).map(moveKey));
      for (const move of all) {
        if (legal.has(moveKey(move))) continue;
        const result = applyMove(state, move);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toMatch(/^[a-z-]+$/);
          expect(result.error.message.length).toBeGreaterThan(10);
        }
      }
      expect(stateHash(state)).toBe(hash);
    },
  );

  test.prop([arbState], { numRuns: runs(100) })(
    "legal moves are the candidates the rules accept, in order",
    ([seed, choices]) => {
      const state = reach(seed, choices);
      const legal = legalMoves(state).map(moveKey);
      expect(
        candidateMoves(state)
          .map(moveKey)
          .filter((k) => legal.includes(k)),
      ).toEqual(legal);
      if (isOver(state)) expect(legal).toEqual([]);
      else expect(legal.length).toBeGreaterThan(0);
    },
  );
});

describe("bad input", () => {
  const state = createGame(scenario, { seed: "bad-input" });
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
    const result = applyMove(state, { type: "propose", actor: "south", issue: "quota", option: "even" });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "not-your-turn",
        message: "Southland cannot propose 'even' on 'quota': the floor is Northland's.",
      },
    });
  });

  it("names unknown actors, issues and options, and lists the real ones", () => {
    const stranger = applyMove(state, { type: "pass", actor: "atlantis" });
    expect(!stranger.ok && stranger.error.message).toBe(
      "No actor 'atlantis' in this scenario; the actors are 'north', 'south', 'mediator'.",
    );
  });

  it("refuses negotiating an issue during the opening statements", () => {
    const result = applyMove(state, {
      type: "propose",
      actor: "north",
      issue: "quota",
      option: "north-most",
    });
    expect(!result.ok && result.error.code).toBe("wrong-phase");
  });
});
