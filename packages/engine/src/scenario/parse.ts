import * as z from "zod";
import { deepFreeze } from "../vocabulary/freeze.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { scenarioSchema, type ValidScenario } from "./schema.js";
import { closestMatch, didYouMean } from "./suggest.js";
import { jsonPath, type PathKey, type ScenarioIssue, validateScenario } from "./validate.js";
import { markValidated } from "./validated.js";

export { jsonPath, type ScenarioIssue } from "./validate.js";

/**
 * Reading a scenario: a guard over the raw input (size, depth, keys that could reach a prototype), then the
 * structure (`schema.ts`, through zod) and the meaning (`validate.ts`), every problem reported at once.
 */

/** The bounds that keep checking a scenario quick whatever it is given. */
export const SCENARIO_LIMITS = {
  /** Longest scenario text `parseScenarioJson` reads, in characters (5 MB). */
  maxTextLength: 5 * 1024 * 1024,
  /** Deepest nesting of objects and lists. A scenario needs about 6 levels. */
  maxDepth: 64,
  /** Most values (objects, lists, texts, numbers…) in one scenario. */
  maxValues: 400_000,
  /** Most problems reported; past this, checking stops. */
  maxProblems: 200,
} as const;

/** Keys that could reach or replace an object's prototype; they are rejected anywhere in a scenario. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

const ROOT = "(root)";

/** `path: message`, one line, as the CLI and the web editor show a problem. */
export function formatScenarioIssue(issue: ScenarioIssue): string {
  return `${issue.path}: ${issue.message}`;
}

/**
 * Checks that `input` is a scenario and returns it, or returns every problem found (at most
 * `SCENARIO_LIMITS.maxProblems`), each with its JSON path and, for likely typos, a suggestion. Never throws.
 */
export function parseScenario(input: unknown): Result<ValidScenario, ScenarioIssue[]> {
  try {
    const guarded = guardInput(input);
    if (!guarded.ok) return err(guarded.error);
    const data = guarded.value;
    const max = SCENARIO_LIMITS.maxProblems;
    const problems: ScenarioIssue[] = [];
    const parsed = scenarioSchema.safeParse(data, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (problems.length > max) break;
        problems.push(...describeZodIssue(issue, data));
      }
      if (problems.length === 0) problems.push({ path: ROOT, message: "is not a scenario" });
    }
    if (problems.length <= max) problems.push(...validateScenario(data, max + 1 - problems.length));
    if (problems.length > 0 || !parsed.success) return err(capped(problems));
    return ok(markValidated(deepFreeze(parsed.data)) as ValidScenario);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return err([{ path: ROOT, message: `could not be checked (${reason})` }]);
  }
}

/**
 * Reads a scenario from JSON text and checks it like `parseScenario`. Text that is not JSON gives one
 * problem saying where (line and column) and what is wrong. Never throws.
 */
export function parseScenarioJson(text: string): Result<ValidScenario, ScenarioIssue[]> {
  if (typeof text !== "string") return err([{ path: ROOT, message: "the scenario should be given as text" }]);
  if (text.length > SCENARIO_LIMITS.maxTextLength) {
    const mb = (text.length / (1024 * 1024)).toFixed(1);
    return err([{ path: ROOT, message: `the text is ${mb} MB long; a scenario may be at most 5 MB` }]);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "")
    return err([{ path: ROOT, message: "the text is empty; a scenario is a JSON object" }]);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const found = jsonSyntaxError(body);
    if (found === undefined) return err([{ path: ROOT, message: "is not valid JSON" }]);
    const { line, column } = lineAndColumn(body, found.offset);
    return err([
      { path: ROOT, message: `not valid JSON at line ${line}, column ${column}: ${found.message}` },
    ]);
  }
  return parseScenario(data);
}

function capped(problems: ScenarioIssue[]): ScenarioIssue[] {
  const max = SCENARIO_LIMITS.maxProblems;
  if (problems.length <= max) return problems;
  return [
    ...problems.slice(0, max - 1),
    {
      path: ROOT,
      message: `more than ${max} problems; checking stopped after the first ${max - 1}. Fix these and check again`,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------
// The input guard: before anything else reads the input, walk it using own properties only, reject keys that
// could reach a prototype, bound its size and depth, and copy it into fresh plain objects and arrays.

function guardInput(input: unknown): Result<unknown, ScenarioIssue[]> {
  const problems: ScenarioIssue[] = [];
  let values = 0;
  let characters = 0;
  let stopped = false;

  const problem = (path: readonly PathKey[], message: string): void => {
    if (problems.length < SCENARIO_LIMITS.maxProblems) problems.push({ path: jsonPath(path), message });
  };
  const stop = (path: readonly PathKey[], message: string): undefined => {
    if (!stopped) problem(path, message);
    stopped = true;
    return undefined;
  };
  const tooMany = (path: readonly PathKey[]): undefined =>
    stop(
      path,
      `the scenario holds more than ${SCENARIO_LIMITS.maxValues} values; checking stopped here. A scenario is far smaller`,
    );

  const visit = (value: unknown, path: PathKey[], depth: number): unknown => {
    if (stopped) return undefined;
    if (++values > SCENARIO_LIMITS.maxValues) return tooMany(path);
    switch (typeof value) {
      case "string":
        characters += value.length;
        if (characters > SCENARIO_LIMITS.maxTextLength) {
          return stop(path, "the scenario holds more than 5 MB of text; checking stopped here");
        }
        return value;
      case "number":
      case "boolean":
      case "undefined":
        return value;
      case "bigint":
        problem(path, "is a BigInt; write it as a plain number");
        return undefined;
      case "function":
      case "symbol":
        problem(path, `is a ${typeof value}, which is not JSON data`);
        return undefined;
    }
    if (typeof value !== "object" || value === null) return null;
    if (depth > SCENARIO_LIMITS.maxDepth) {
      return stop(
        path,
        `is nested more than ${SCENARIO_LIMITS.maxDepth} levels deep; a scenario needs far fewer`,
      );
    }
    if (Array.isArray(value)) {
      const length = value.length;
      if (values + length > SCENARIO_LIMITS.maxValues) return tooMany(path);
      const out: unknown[] = [];
      for (let i = 0; i < length && !stopped; i++) {
        const slot = Object.getOwnPropertyDescriptor(value, i);
        if (slot !== undefined && slot.get !== undefined)
          problem([...path, i], "is computed by a getter, not data");
        else out.push(visit(slot?.value, [...path, i], depth + 1));
      }
      return out;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const kind = Object.prototype.toString.call(value).slice(8, -1);
      problem(path, `is ${kind === "Object" ? "an object of a class" : `a ${kind}`}, not plain JSON data`);
      return undefined;
    }
    const keys = Object.keys(value);
    if (values + keys.length > SCENARIO_LIMITS.maxValues) return tooMany(path);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        problem(
          [...path, key],
          `the key "${key}" is not allowed anywhere in a scenario (it could reach an object's prototype); rename or remove it`,
        );
      }
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (stopped) break;
      if (FORBIDDEN_KEYS.has(key)) continue;
      characters += key.length;
      const slot = Object.getOwnPropertyDescriptor(value, key);
      if (slot === undefined) continue;
      if (slot.get !== undefined) problem([...path, key], "is computed by a getter, not data");
      else out[key] = visit(slot.value, [...path, key], depth + 1);
    }
    return out;
  };

  const copy = visit(input, [], 1);
  if (problems.length > 0) return err(problems);
  if (copy === null || typeof copy !== "object" || Array.isArray(copy)) {
    return err([{ path: ROOT, message: `should be a JSON object (a scenario), not ${describeValue(copy)}` }]);
  }
  return ok(copy);
}

// ---------------------------------------------------------------------------------------------------------
// Zod's findings in words for people.

const EXPECTED: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  record: "an object",
  null: "null",
};

function expectedName(expected: string): string {
  return Object.hasOwn(EXPECTED, expected) ? (EXPECTED[expected] ?? expected) : expected;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return `the text ${quote(value)}`;
    case "number":
      return Number.isFinite(value) ? String(value) : "a number JSON cannot hold";
    case "boolean":
      return String(value);
    case "undefined":
      return "nothing";
    case "object":
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}

function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

function oneOf(values: readonly unknown[]): string {
  const shown = values.map((v) => (typeof v === "string" ? quote(v) : String(v)));
  return shown.length === 1 ? (shown[0] ?? "") : `one of ${shown.join(", ")}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function lengthOf(value: unknown): number | undefined {
  if (typeof value === "string" || Array.isArray(value)) return value.length;
  return undefined;
}

/** Describes one zod issue; an unknown-keys issue becomes one problem per key, at the key's own path. */
function describeZodIssue(issue: z.core.$ZodIssue, data: unknown): ScenarioIssue[] {
  const path = issue.path.filter((k): k is PathKey => typeof k === "string" || typeof k === "number");
  const at = (message: string, suggestion?: string, where: readonly PathKey[] = path): ScenarioIssue =>
    suggestion === undefined
      ? { path: jsonPath(where), message }
      : { path: jsonPath(where), message, suggestion };
  const input = issue.input;
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) return [at(`is missing; it should be ${expectedName(issue.expected)}`)];
      return [at(`should be ${expectedName(issue.expected)}, not ${describeValue(input)}`)];
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = Number(small ? issue.minimum : issue.maximum);
      const length = lengthOf(input);
      if (issue.origin === "string" && length !== undefined) {
        if (small && bound <= 1) return [at("should not be empty")];
        return [
          at(
            small
              ? `is too short: ${plural(length, "character")}, at least ${bound} needed`
              : `is too long: ${plural(length, "character")}, at most ${bound} allowed`,
          ),
        ];
      }
      if (issue.origin === "array" && length !== undefined) {
        if (small && bound <= 1) return [at("should not be empty; list at least one")];
        return [
          at(
            small
              ? `has ${plural(length, "item")}; at least ${bound} needed`
              : `has ${plural(length, "item")}; at most ${bound} allowed`,
          ),
        ];
      }
      if (typeof input === "number") {
        const strict = issue.inclusive === false;
        if (small)
          return [at(`is ${input}, ${strict ? "but must be above" : "below the minimum of"} ${bound}`)];
        return [at(`is ${input}, ${strict ? "but must be below" : "above the maximum of"} ${bound}`)];
      }
      return [at(issue.message)];
    }
    case "invalid_format": {
      const shown = typeof input === "string" ? quote(input) : describeValue(input);
      if (issue.format === "date") {
        return [at(`${shown} is not a date; write dates as YYYY-MM-DD, for example "2022-01-10"`)];
      }
      if (issue.format === "regex" && !issue.message.startsWith("Invalid")) {
        return [at(`${shown} is not allowed here: ${issue.message}`)];
      }
      return [at(`${shown} is not a valid ${issue.format}`)];
    }
    case "invalid_value": {
      if (input === undefined) return [at(`is missing; it should be ${oneOf(issue.values)}`)];
      const suggestion =
        typeof input === "string"
          ? closestMatch(
              input,
              issue.values.filter((v): v is string => typeof v === "string"),
            )
          : undefined;
      return [
        at(
          `should be ${oneOf(issue.values)}, not ${describeValue(input)}${didYouMean(suggestion)}`,
          suggestion,
        ),
      ];
    }
    case "invalid_union": {
      if (issue.discriminator !== undefined && "options" in issue && issue.options !== undefined) {
        const options = issue.options;
        const value = own(input, issue.discriminator);
        if (value === undefined) return [at(`is missing; it should be ${oneOf(options)}`)];
        const suggestion =
          typeof value === "string"
            ? closestMatch(
                value,
                options.filter((v): v is string => typeof v === "string"),
              )
            : undefined;
        return [
          at(`should be ${oneOf(options)}, not ${describeValue(value)}${didYouMean(suggestion)}`, suggestion),
        ];
      }
      const expected = new Set<string>();
      for (const branch of issue.errors) {
        const first = branch[0];
        if (first?.code === "invalid_type" && first.path.length === 0)
          expected.add(expectedName(first.expected));
      }
      if (expected.size > 0 && input !== undefined) {
        return [at(`should be ${[...expected].join(" or ")}, not ${describeValue(input)}`)];
      }
      if (input === undefined) return [at("is missing")];
      return [at(`${describeValue(input)} does not fit any of the forms allowed here`)];
    }
    case "unrecognized_keys": {
      const known = knownKeys(path, data);
      return issue.keys.map((key) => {
        const suggestion = closestMatch(key, known);
        const hint =
          suggestion === undefined && known.length > 0 ? `; the fields here are ${known.join(", ")}` : "";
        return at(`unknown field ${quote(key)}${didYouMean(suggestion)}${hint}`, suggestion, [...path, key]);
      });
    }
    case "not_multiple_of":
      return [at(`should be a multiple of ${issue.divisor}`)];
    default:
      return [at(issue.message)];
  }
}

function own(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** The field names the schema allows for the object at `path` in `data`. */
function knownKeys(path: readonly PathKey[], data: unknown): string[] {
  let schema: z.ZodType | undefined = scenarioSchema;
  let value: unknown = data;
  for (const key of path) {
    schema = schema === undefined ? undefined : child(resolve(schema, value), key);
    value = own(value, String(key));
  }
  const target = schema === undefined ? undefined : resolve(schema, value);
  return target instanceof z.ZodObject ? Object.keys(target.shape) : [];
}

/** Unwraps optional, nullable and default wrappers, and picks the branch of a discriminated union. */
function resolve(schema: z.ZodType, value: unknown): z.ZodType {
  let current: z.ZodType = schema;
  for (let guard = 0; guard < 16; guard++) {
    if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodDefault
    ) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodDiscriminatedUnion) {
      const key = current.def.discriminator;
      const tag = own(value, key);
      const branch = (current.options as readonly z.ZodType[]).find((option) => {
        if (!(option instanceof z.ZodObject)) return false;
        const literal: unknown = option.shape[key];
        return literal instanceof z.ZodLiteral && literal.values.has(tag as z.core.util.Literal);
      });
      if (branch === undefined) return current;
      current = branch;
    } else {
      return current;
    }
  }
  return current;
}

function child(schema: z.ZodType, key: PathKey): z.ZodType | undefined {
  if (schema instanceof z.ZodObject && typeof key === "string") {
    const shape = schema.shape as Record<string, z.ZodType>;
    return Object.hasOwn(shape, key) ? shape[key] : undefined;
  }
  if (schema instanceof z.ZodArray) return schema.element as z.ZodType;
  if (schema instanceof z.ZodRecord) return schema.valueType as z.ZodType;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Where JSON text goes wrong. Only run after JSON.parse has failed, to say where and why in plain words.

interface SyntaxProblem {
  readonly offset: number;
  readonly message: string;
}

type Expect = "value" | "first-item" | "next-item" | "first-key" | "next-key" | "colon" | "after";

const WORD = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The first syntax error in `text` and where it is, or undefined when `text` is valid JSON. */
function jsonSyntaxError(text: string): SyntaxProblem | undefined {
  const closers: string[] = [];
  let expect: Expect = "value";
  let i = 0;
  const n = text.length;
  const wordAt = (at: number): string => {
    WORD.lastIndex = at;
    return WORD.exec(text)?.[0] ?? "";
  };

  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
    if (i >= n) {
      if (expect === "after" && closers.length === 0) return undefined;
      if (expect === "after" || expect === "next-key" || expect === "first-key" || expect === "first-item") {
        const missing = [...closers].reverse().join("");
        return { offset: n, message: `the text ends too early; ${quote(missing)} is missing at the end` };
      }
      return { offset: n, message: "the text ends where a value should be" };
    }
    const ch = text[i] ?? "";
    if (ch === "/" && (text[i + 1] === "/" || text[i + 1] === "*")) {
      return { offset: i, message: "comments are not allowed in JSON" };
    }
    switch (expect) {
      case "after": {
        const closer = closers[closers.length - 1];
        if (closer === undefined)
          return { offset: i, message: "unexpected text after the end of the JSON value" };
        if (ch === closer) {
          closers.pop();
          i++;
        } else if (ch === ",") {
          expect = closer === "}" ? "next-key" : "next-item";
          i++;
        } else {
          return { offset: i, message: `expected "," or "${closer}" after a value; is a comma missing?` };
        }
        break;
      }
      case "colon":
        if (ch !== ":") return { offset: i, message: 'expected ":" after the property name' };
        expect = "value";
        i++;
        break;
      case "first-key":
      case "next-key":
        if (ch === "}") {
          if (expect === "next-key") {
            return { offset: i, message: 'a comma before "}": JSON does not allow a trailing comma' };
          }
          closers.pop();
          expect = "after";
          i++;
        } else if (ch === '"') {
          const problem = scanString(text, i);
          if (typeof problem !== "number") return problem;
          i = problem;
          expect = "colon";
        } else if (ch === "'") {
          return { offset: i, message: "property names need double quotes, not single quotes" };
        } else if (wordAt(i) !== "") {
          return { offset: i, message: `property names need double quotes: write "${wordAt(i)}"` };
        } else {
          return { offset: i, message: `expected a property name in double quotes, not ${quote(ch)}` };
        }
        break;
      case "value":
      case "first-item":
      case "next-item": {
        if (ch === "]" && expect === "first-item") {
          closers.pop();
          expect = "after";
          i++;
          break;
        }
        if (ch === "]" && expect === "next-item") {
          return { offset: i, message: 'a comma before "]": JSON does not allow a trailing comma' };
        }
        if (ch === "{") {
          closers.push("}");
          expect = "first-key";
          i++;
        } else if (ch === "[") {
          closers.push("]");
          expect = "first-item";
          i++;
        } else if (ch === '"') {
          const problem = scanString(text, i);
          if (typeof problem !== "number") return problem;
          i = problem;
          expect = "after";
        } else if (ch === "-" || (ch >= "0" && ch <= "9")) {
          NUMBER.lastIndex = i;
          const match = NUMBER.exec(text);
          if (match === null) return { offset: i, message: "a number needs a digit after the minus sign" };
          const end = i + match[0].length;
          const next = text[end] ?? "";
          if (next >= "0" && next <= "9") return { offset: i, message: "numbers cannot start with a 0" };
          if (next === ".") return { offset: end, message: "a number needs digits after the decimal point" };
          if (next === "e" || next === "E")
            return { offset: end, message: "a number needs digits in its exponent" };
          i = end;
          expect = "after";
        } else if (ch === "'") {
          return { offset: i, message: "text needs double quotes, not single quotes" };
        } else {
          const word = wordAt(i);
          if (word === "true" || word === "false" || word === "null") {
            i += word.length;
            expect = "after";
          } else if (word !== "") {
            return {
              offset: i,
              message: `${quote(word)} is not a JSON value; text needs double quotes, and true, false and null are lower case`,
            };
          } else {
            return { offset: i, message: `expected a value, not ${quote(ch)}` };
          }
        }
        break;
      }
    }
  }
}

/** Scans a string starting at the opening quote; returns the offset after it, or the problem found. */
function scanString(text: string, start: number): number | SyntaxProblem {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c === 0x5c) {
      const next = text[i + 1] ?? "";
      if (next === "u") {
        if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { offset: i, message: "\\u needs four hexadecimal digits" };
        }
        i += 6;
      } else if ('"\\/bfnrt'.includes(next) && next !== "") {
        i += 2;
      } else {
        return {
          offset: i,
          message: `${quote(`\\${next}`)} is not an escape JSON knows; write \\\\ for a backslash`,
        };
      }
    } else if (c < 0x20) {
      return {
        offset: i,
        message:
          c === 0x0a || c === 0x0d
            ? 'a line break inside text: close the text with " first, or write \\n'
            : "a control character inside text; write it as an escape such as \\t",
      };
    } else {
      i++;
    }
  }
  return { offset: start, message: 'this text is never closed: a closing " is missing' };
}

/** Line and column (both from 1) of an offset in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
