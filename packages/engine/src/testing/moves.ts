import * as fc from "fast-check";
import type { Scenario } from "../scenario/schema.js";
import { MOVE_TYPES, type Move, type MoveType } from "../vocabulary/moves.js";

/** Ids that no scenario made by hand would use, for moves that name something that does not exist. */
const UNKNOWN_IDS = ["nobody", "no-such-id", "", "Russia", "__proto__", "constructor", "x".repeat(80)];

/**
 * Well-formed moves over the scenario's own ids, of every kind, by every actor, on every issue, option and red line.
 * Most are illegal at any given point (wrong turn, wrong phase, wrong issue…); some are legal.
 */
export function arbWellFormedMove(scenario: Scenario): fc.Arbitrary<Move> {
  const actors = scenario.actors.map((a) => a.id);
  const actor = fc.constantFrom(...actors);
  const issueOption = fc.constantFrom(
    ...scenario.issues.flatMap((issue) => issue.options.map((o) => ({ issue: issue.id, option: o.id }))),
  );
  const issue = fc.constantFrom(...scenario.issues.map((i) => i.id));
  const redLineIds = scenario.redLines.map((r) => r.id);
  const redLine = redLineIds.length > 0 ? fc.constantFrom(...redLineIds) : fc.constant("no-red-line");
  return fc.constantFrom<MoveType>(...MOVE_TYPES).chain((type): fc.Arbitrary<Move> => {
    switch (type) {
      case "statement":
        return fc.record({
          type: fc.constant(type),
          actor,
          tone: fc.constantFrom("firm" as const, "conciliatory" as const),
        });
      case "propose":
      case "counter":
        return fc.tuple(actor, issueOption).map(([a, io]) => ({ type, actor: a, ...io }));
      case "accept":
      case "reject":
      case "concede":
        return fc.record({ type: fc.constant(type), actor, issue });
      case "reaffirm":
      case "cross":
        return fc.record({ type: fc.constant(type), actor, redLine });
      default:
        return actor.map((a) => ({ type, actor: a }));
    }
  });
}

/** Objects shaped like moves but wrong: unknown ids, unknown kinds, wrong types, missing or extra fields. */
function arbBrokenMove(scenario: Scenario): fc.Arbitrary<unknown> {
  const someId = fc.oneof(
    fc.constantFrom(...UNKNOWN_IDS),
    fc.constantFrom(...scenario.actors.map((a) => a.id)),
    fc.string({ maxLength: 12 }),
  );
  const good = arbWellFormedMove(scenario);
  return fc.oneof(
    // A real move with one id replaced by an unknown one.
    fc
      .tuple(good, fc.constantFrom("actor", "issue", "option", "redLine", "tone"), someId)
      .map(([move, key, id]) => ({ ...move, [key]: id })),
    // A real move with an extra field.
    fc
      .tuple(good, fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }))
      .map(([move, key, value]) => (key in move ? { ...move, extra: value } : { ...move, [key]: value })),
    // A real move with a field missing.
    fc
      .tuple(good, fc.constantFrom("type", "actor", "issue", "option", "redLine", "tone"))
      .map(([move, key]) => {
        const copy: Record<string, unknown> = { ...move };
        delete copy[key];
        return copy;
      }),
    // A kind of move that does not exist, or a field of the wrong type.
    fc.record({
      type: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("Pass", "PASS", "offer_cbm")),
      actor: someId,
    }),
    fc.record({
      type: fc.constantFrom<MoveType>(...MOVE_TYPES),
      actor: fc.oneof(fc.integer(), fc.constant(null), fc.array(someId, { maxLength: 2 })),
    }),
    // Keys that could reach a prototype.
    fc.constantFrom(
      JSON.parse('{"type":"pass","actor":"x","__proto__":{"polluted":true}}') as unknown,
      JSON.parse('{"__proto__":{"type":"pass"}}') as unknown,
      { type: "pass", actor: "constructor" },
    ),
  );
}

/**
 * Any move, legal or not, and things that are not moves at all: `null`, `undefined`, numbers, strings,
 * arrays, objects with unknown or missing fields, moves naming unknown actors, issues, options or red lines.
 * The engine must refuse every one it does not list in `legalMoves`, with a reason, and change nothing.
 */
export function arbMove(scenario: Scenario): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: arbWellFormedMove(scenario) },
    { weight: 3, arbitrary: arbBrokenMove(scenario) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constantFrom(null, undefined, 0, -1, Number.NaN, true, "", "pass", [], {}),
        fc.jsonValue({ maxDepth: 2 }),
        fc.anything({ maxDepth: 2 }),
      ),
    },
  );
}
