import * as fc from "fast-check";
import type { ValidScenario } from "../scenario/schema.js";
import { MOVE_TYPES, type Move, type MoveType } from "../vocabulary/moves.js";

/** Ids that no scenario made by hand would use, for moves that name something that does not exist. */
const UNKNOWN_IDS = ["nobody", "no-such-id", "", "Russia", "__proto__", "constructor", "x".repeat(80)];

/** Terms over the scenario's issues: one issue (an item) or two to four (a package), any option of each. */
function arbTerms(scenario: ValidScenario): fc.Arbitrary<Record<string, string>> {
  const issues = scenario.issues;
  const pick = fc.record({ issue: fc.nat({ max: issues.length - 1 }), option: fc.nat({ max: 11 }) });
  return fc.array(pick, { minLength: 1, maxLength: Math.min(4, issues.length) }).map((picks) => {
    const terms: Record<string, string> = {};
    for (const { issue, option } of picks) {
      const found = issues[issue];
      const chosen = found?.options[option % found.options.length];
      if (found !== undefined && chosen !== undefined) terms[found.id] = chosen.id;
    }
    return terms;
  });
}

/**
 * Well-formed moves over the scenario's own ids, of every kind, by every actor, on every issue, option and
 * red line, proposals of one issue (items) or several (packages). Most are illegal at any given point (wrong
 * turn, wrong phase, wrong issue…); some are legal.
 */
export function arbWellFormedMove(scenario: ValidScenario): fc.Arbitrary<Move> {
  const actor = fc.constantFrom(...scenario.actors.map((a) => a.id));
  const issue = fc.constantFrom(...scenario.issues.map((i) => i.id));
  const issues = fc.uniqueArray(issue, { minLength: 1, maxLength: Math.min(4, scenario.issues.length) });
  const redLineIds = scenario.redLines.map((r) => r.id);
  const redLine = redLineIds.length > 0 ? fc.constantFrom(...redLineIds) : fc.constant("no-red-line");
  const terms = arbTerms(scenario);
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
        return fc.record({ type: fc.constant(type), actor, terms });
      case "accept":
      case "reject":
        return fc.record({ type: fc.constant(type), actor, issues });
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
function arbBrokenMove(scenario: ValidScenario): fc.Arbitrary<unknown> {
  const someId = fc.oneof(
    fc.constantFrom(...UNKNOWN_IDS),
    fc.constantFrom(...scenario.actors.map((a) => a.id)),
    fc.string({ maxLength: 12 }),
  );
  const good = arbWellFormedMove(scenario);
  const field = fc.constantFrom("type", "actor", "tone", "terms", "issues", "issue", "redLine");
  return fc.oneof(
    // A real move with one field replaced by an unknown id.
    fc.tuple(good, field, someId).map(([move, key, id]) => ({ ...move, [key]: id })),
    // Terms or issues that name something unknown, say nothing, or say too much.
    fc.tuple(good, someId, someId).map(([move, issue, option]) => ({ ...move, terms: { [issue]: option } })),
    fc.tuple(good, fc.array(someId, { maxLength: 3 })).map(([move, issues]) => ({ ...move, issues })),
    good.map((move) => ({
      ...move,
      terms: Object.fromEntries(Array.from({ length: 31 }, (_, k) => [`i${k}`, "o"])),
    })),
    good.map((move) => ({ ...move, issues: ["same", "same"] })),
    // A real move with an extra field.
    fc
      .tuple(good, fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }))
      .map(([move, key, value]) => (key in move ? { ...move, extra: value } : { ...move, [key]: value })),
    // A real move with a field missing.
    fc.tuple(good, field).map(([move, key]) => {
      const copy: Record<string, unknown> = { ...move };
      delete copy[key];
      return copy;
    }),
    // A kind of move that does not exist, or a field of the wrong type.
    fc.record({
      type: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("Pass", "PASS", "offer_cbm", "issue")),
      actor: someId,
    }),
    fc.record({
      type: fc.constantFrom<MoveType>(...MOVE_TYPES),
      actor: fc.oneof(fc.integer(), fc.constant(null), fc.array(someId, { maxLength: 2 })),
      terms: fc.oneof(
        fc.constant([]),
        fc.constant("a=b"),
        fc.array(fc.tuple(someId, someId), { maxLength: 2 }),
      ),
      issues: fc.oneof(fc.constant("all"), fc.constant({}), fc.array(fc.integer(), { maxLength: 2 })),
    }),
    // Keys that could reach a prototype.
    fc.constantFrom(
      JSON.parse('{"type":"pass","actor":"x","__proto__":{"polluted":true}}') as unknown,
      JSON.parse('{"__proto__":{"type":"pass"}}') as unknown,
      JSON.parse('{"type":"propose","actor":"x","terms":{"__proto__":"o"}}') as unknown,
      { type: "pass", actor: "constructor" },
      { type: "propose", actor: "x", terms: { constructor: "prototype" } },
    ),
  );
}

/** Gives a hostile value a name for fast-check's reports (which would otherwise trip on it). */
function named<T extends object>(value: T, name: string): T {
  Object.defineProperty(value, fc.toStringMethod, { value: () => name, enumerable: false });
  return value;
}

/** A Proxy whose every trap throws, except what fast-check needs to print it. */
function throwingProxy(target: object, name: string): object {
  const label = () => name;
  return new Proxy(target, {
    get: (_t, key) => {
      if (key === fc.toStringMethod) return label;
      throw new Error(`a trap of ${name}`);
    },
    has: (_t, key) => key === fc.toStringMethod,
    ownKeys: () => {
      throw new Error(`a trap of ${name}`);
    },
    getOwnPropertyDescriptor: () => {
      throw new Error(`a trap of ${name}`);
    },
    getPrototypeOf: () => {
      throw new Error(`a trap of ${name}`);
    },
  });
}

/** A Proxy of a legal-looking move that answers differently each time it is read (a move that lies). */
function fickleProxy(move: Move): object {
  let reads = 0;
  const label = () => `fickle proxy of ${JSON.stringify(move)}`;
  return new Proxy(
    { ...move },
    {
      get: (target, key) => {
        if (key === fc.toStringMethod) return label;
        reads++;
        return reads % 2 === 0 && key === "actor" ? "someone-else" : Reflect.get(target, key);
      },
      has: (target, key) => key === fc.toStringMethod || Reflect.has(target, key),
    },
  );
}

/**
 * Inputs meant to break a careless reader: getters that throw, Proxies that throw or lie, huge strings,
 * instances of classes (a Set, a Map), symbols, bigints, functions, deep nesting, sparse and huge arrays.
 */
function arbHostileMove(scenario: ValidScenario): fc.Arbitrary<unknown> {
  const good = arbWellFormedMove(scenario);
  const actor = scenario.actors[0]?.id ?? "x";
  const huge = fc.integer({ min: 10_000, max: 1_000_000 }).map((n) => "x".repeat(n));
  return fc.oneof(
    good.map((move) => {
      const copy: Record<string, unknown> = { ...move };
      Object.defineProperty(copy, "actor", {
        get() {
          throw new Error("a getter that throws");
        },
        enumerable: true,
      });
      return named(copy, `${move.type} with an actor getter that throws`);
    }),
    good.map((move) => throwingProxy({ ...move }, `a throwing proxy of ${move.type}`)),
    good.map((move) => fickleProxy(move)),
    fc
      .tuple(good, huge)
      .map(([move, text]) => named({ ...move, actor: text }, `${move.type} by a huge actor id`)),
    huge.map((text) =>
      named({ type: "propose", actor, terms: { [text]: text } }, "terms with a huge issue id"),
    ),
    huge.map((text) => named({ type: text, actor }, "a huge move type")),
    fc.constantFrom<unknown>(
      named(new Set(["pass"]), "a Set"),
      named(new Map([["type", "pass"]]), "a Map"),
      named(Object.assign(Object.create(null) as object, { type: "pass", actor }), "a null-prototype move"),
      Object.freeze(named({ type: "pass", actor, [Symbol("extra")]: 1 }, "a move with a symbol key")),
      named({ type: "pass", actor: 10n }, "a bigint actor"),
      named({ type: "pass", actor: () => actor }, "a function actor"),
      named({ type: "accept", actor, issues: new Array(1_000_000) }, "a huge sparse issue list"),
      named({ type: "propose", actor, terms: { a: { b: { c: { d: "e" } } } } }, "deeply nested terms"),
      Symbol("move"),
      10n,
      () => ({ type: "pass", actor }),
    ),
  );
}

/**
 * Any move, legal or not, and things that are not moves at all: well-formed moves (items and packages)
 * over the scenario's ids; moves naming unknown actors, issues, options or red lines, with missing, extra or
 * mistyped fields; hostile inputs (getters that throw, Proxies, huge strings); and `null`, `undefined`,
 * numbers, strings, arrays, any JSON. The engine must refuse every one that is not legal, with a reason, and
 * change nothing.
 */
export function arbMove(scenario: ValidScenario): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: arbWellFormedMove(scenario) },
    { weight: 3, arbitrary: arbBrokenMove(scenario) },
    { weight: 1, arbitrary: arbHostileMove(scenario) },
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
