import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  formatScenarioIssue,
  isValidatedScenario,
  parseScenario,
  parseScenarioJson,
  SCENARIO_LIMITS,
  type ScenarioIssue,
} from "../packages/engine/src/scenario/parse.js";
import { repoPath, runs } from "./support/scenarios.js";

/**
 * The boundary: whatever `parseScenario` is given (getters that throw, Proxies whose traps throw, cycles,
 * huge texts, huge numbers of keys, any JSON text), it never throws and answers with a validated scenario
 * or with problems, each with a path and a message, at most `SCENARIO_LIMITS.maxProblems` of them.
 */

const fixtureText = readFileSync(repoPath("tests/fixtures/mediated-talks.json"), "utf8");
const fixture = (): Record<string, unknown> => JSON.parse(fixtureText) as Record<string, unknown>;

/** Checks the shape of any answer of `parseScenario`; returns the problems (none when it validated). */
function expectAnswer(result: ReturnType<typeof parseScenario>): readonly ScenarioIssue[] {
  if (result.ok) {
    expect(isValidatedScenario(result.value)).toBe(true);
    return [];
  }
  expect(result.error.length).toBeGreaterThan(0);
  expect(result.error.length).toBeLessThanOrEqual(SCENARIO_LIMITS.maxProblems);
  for (const problem of result.error) {
    expect(typeof problem.path).toBe("string");
    expect(typeof problem.message).toBe("string");
    expect(problem.message).not.toMatch(/call stack|could not be checked/);
  }
  return result.error;
}

const boom = (): never => {
  throw new Error("trap");
};

/** A thrown value that is itself hostile: every trap of it throws. */
function hostileError(): object {
  return new Proxy({}, { getPrototypeOf: boom, get: boom, has: boom, ownKeys: boom });
}

const HUGE_TEXT = "x".repeat(1_000_000);
const MANY_KEYS = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`key${i}`, i]));
const LONG_LIST = Array.from({ length: 100_000 }, (_, i) => i);

/** Makers of hostile values, each a fresh one (Proxies and cycles are not shared between runs). */
const HOSTILE: Readonly<Record<string, () => unknown>> = {
  "a getter that throws": () => Object.defineProperty({}, "id", { enumerable: true, get: boom }),
  "a getter that answers": () => Object.defineProperty({}, "id", { enumerable: true, get: () => "x" }),
  "a Proxy whose ownKeys throws": () => new Proxy({}, { ownKeys: boom }),
  "a Proxy whose getPrototypeOf throws": () => new Proxy({}, { getPrototypeOf: boom }),
  "a Proxy whose getOwnPropertyDescriptor throws": () =>
    new Proxy({ a: 1 }, { getOwnPropertyDescriptor: boom }),
  "a Proxy of a list whose get throws": () =>
    new Proxy([1, 2, 3], { get: boom, getOwnPropertyDescriptor: boom }),
  "a Proxy that throws a hostile error": () =>
    new Proxy(
      {},
      {
        ownKeys: () => {
          throw hostileError();
        },
      },
    ),
  "a Proxy that lies about its keys": () =>
    new Proxy({}, { ownKeys: () => ["a", "b"], getOwnPropertyDescriptor: () => undefined }),
  "a revoked Proxy": () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  "an object that contains itself": () => {
    const cycle: Record<string, unknown> = { id: "x" };
    cycle.self = { back: cycle };
    return cycle;
  },
  "a list that contains itself": () => {
    const list: unknown[] = [1];
    list.push(list);
    return list;
  },
  "a huge text": () => HUGE_TEXT,
  "an object with 50,000 keys": () => MANY_KEYS,
  "a list of 100,000 numbers": () => LONG_LIST,
  "a BigInt": () => 10n,
  "a symbol": () => Symbol("s"),
  "a function": () => () => 1,
  "a Date": () => new Date(0),
  "a Map": () => new Map([["a", 1]]),
  "an instance of a class": () => new (class Thing {})(),
  "an object without a prototype": () => Object.assign(Object.create(null) as object, { id: "x" }),
  "a key that reaches the prototype": () => JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  "not a number": () => Number.NaN,
};

/** Every path to an object or list inside the fixture (the root included). */
function containerPaths(value: unknown, path: (string | number)[] = [], into: (string | number)[][] = []) {
  if (typeof value !== "object" || value === null) return into;
  into.push(path);
  for (const [key, child] of Object.entries(value)) {
    containerPaths(child, [...path, Array.isArray(value) ? Number(key) : key], into);
  }
  return into;
}

/** The fixture with the child `key` of the container at `path` replaced by `replacement`. */
function replaced(path: readonly (string | number)[], key: string, replacement: unknown): unknown {
  const data = fixture();
  let node: unknown = data;
  for (const step of path) node = (node as Record<string | number, unknown>)[step];
  (node as Record<string, unknown>)[key] = replacement;
  return data;
}

/** The name of a hostile value: fast-check probes the values it makes, which hostile ones would not survive. */
const arbHostile = fc.constantFrom(...Object.keys(HOSTILE));
const make = (name: string): unknown => HOSTILE[name]?.();
const arbPlace = fc.record({
  path: fc.constantFrom(...containerPaths(fixture())),
  key: fc.constantFrom("id", "0", "1", "sources", "weights", "terms", "actors", "participants", "x"),
});

describe("parseScenario at the boundary", () => {
  test.prop([arbHostile], { numRuns: runs(100) })("never throws on a hostile value given whole", (name) => {
    expectAnswer(parseScenario(make(name)));
  });

  test.prop([arbPlace, arbHostile], { numRuns: runs(300) })(
    "never throws on a hostile value anywhere inside a scenario",
    ({ path, key }, name) => {
      expectAnswer(parseScenario(replaced(path, key, make(name))));
    },
  );

  test.prop(
    [
      fc.anything({
        maxDepth: 4,
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withNullPrototype: true,
        withObjectString: true,
        withSet: true,
        withSparseArray: true,
        withTypedArray: true,
        withUnicodeString: true,
      }),
    ],
    { numRuns: runs(300) },
  )("never throws on anything fast-check makes", (value) => {
    expectAnswer(parseScenario(value));
  });

  test.prop(
    [
      fc.oneof(
        fc.json(),
        fc.string(),
        fc.jsonValue().map((v) => JSON.stringify({ ...fixture(), v })),
      ),
    ],
    {
      numRuns: runs(300),
    },
  )("never throws on any text", (text) => {
    expectAnswer(parseScenarioJson(text));
  });

  test.prop([fc.nat(fixtureText.length - 1), fc.constantFrom("", ",", "}", "]", '"', "x", "\n", "{")], {
    numRuns: runs(300),
  })("says where a scenario's text was broken, or reads it", (at, insert) => {
    const text = fixtureText.slice(0, at) + insert + fixtureText.slice(at + 1);
    const problems = expectAnswer(parseScenarioJson(text));
    let isJson = true;
    try {
      JSON.parse(text);
    } catch {
      isJson = false;
    }
    if (!isJson) {
      expect(problems).toHaveLength(1);
      expect(problems[0]?.message).toMatch(/^not valid JSON at line \d+, column \d+: /);
    }
  });
});

describe("each hostile value is reported where it is", () => {
  const at = (value: unknown): string[] => {
    const data = fixture();
    (data.actors as unknown[])[1] = value;
    const result = parseScenario(data);
    return result.ok ? [] : result.error.map(formatScenarioIssue);
  };

  it.each([
    ["a getter that throws", "actors[1].id: is computed by a getter, not data"],
    ["a Proxy whose ownKeys throws", "actors[1]: could not be read: reading it threw an error (trap)"],
    ["a Proxy whose getPrototypeOf throws", "actors[1]: could not be read: reading it threw an error (trap)"],
    [
      "a Proxy that throws a hostile error",
      "actors[1]: could not be read: reading it threw an error (not an Error)",
    ],
    ["a revoked Proxy", "actors[1]: could not be read: reading it threw an error"],
    [
      "an object that contains itself",
      "actors[1].self.back: contains itself (a cycle), which JSON data cannot",
    ],
    ["a BigInt", "actors[1]: is a BigInt; write it as a plain number"],
    ["a Map", "actors[1]: is a Map, not plain JSON data"],
    ["an instance of a class", "actors[1]: is an object of a class, not plain JSON data"],
  ])("%s", (name, expected) => {
    const lines = at(make(name));
    expect(
      lines.some((line) => line.startsWith(expected)),
      lines.join("\n"),
    ).toBe(true);
  });
});

describe("huge input", () => {
  it("lists unknown fields one by one, each at its path, however many there are (150,000)", () => {
    const data = fixture();
    for (let i = 0; i < 150_000; i++) data[`unknown${i}`] = i;
    const problems = expectAnswer(parseScenario(data));
    expect(problems).toHaveLength(SCENARIO_LIMITS.maxProblems);
    expect(problems[0]?.path).toBe("unknown0");
    expect(problems[0]?.message).toContain('unknown field "unknown0"');
    expect(problems.at(-1)?.message).toContain("more than 200 problems");
  });

  it("lists wrong values one by one, however many one part holds (190,000)", () => {
    const data = fixture();
    const weights: Record<string, unknown> = {};
    for (let i = 0; i < 190_000; i++) weights[`w${i}`] = "heavy";
    (data.actors as Record<string, unknown>[])[0] = { ...(data.actors as object[])[0], weights };
    const problems = expectAnswer(parseScenario(data));
    expect(problems[0] && formatScenarioIssue(problems[0])).toBe(
      'actors[0].weights.w0: should be a number, not the text "heavy"',
    );
    expect(problems).toHaveLength(SCENARIO_LIMITS.maxProblems);
  });

  it("says how long a text is that is too long, and stops at 5 MB of text", () => {
    const long = parseScenario({ ...fixture(), title: HUGE_TEXT });
    expect(long.ok ? [] : long.error.map(formatScenarioIssue)).toEqual([
      "title: is too long: 1000000 characters, at most 2000 allowed",
    ]);
    const tooMuch = parseScenario({ ...fixture(), title: "x".repeat(SCENARIO_LIMITS.maxTextLength + 1) });
    expect(tooMuch.ok ? "" : tooMuch.error[0]?.message).toContain("more than 5 MB of text");
  });
});
