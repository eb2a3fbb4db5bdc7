import { SCENARIO_LIMITS } from "./limits.js";
import type { PathKey, ProblemList } from "./problems.js";
import { describeValue } from "./words.js";

/**
 * The input guard: before anything else reads a scenario, walk it once through own data properties only,
 * refuse what JSON cannot hold (getters, class instances, cycles), keys that could reach a prototype, and
 * input too big or too deep to check quickly, and copy what is left into fresh plain objects and lists. Every
 * later check reads the copy, so nothing the caller passed in runs again (no getter, no Proxy trap).
 */

/** Keys that could reach or replace an object's prototype; they are refused anywhere in a scenario. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Longest part of a thrown error's message quoted in a problem. */
const MAX_REASON = 120;

/** The guarded copy of an input. */
export interface GuardedInput {
  /** A fresh copy of the input: plain objects and lists of JSON values. */
  readonly data: Readonly<Record<string, unknown>>;
  /** How many values (objects, lists, texts, numbers…) a part of `data` holds, itself included. */
  readonly sizeOf: (value: unknown) => number;
}

/**
 * Walks and copies `input`. Returns the copy, or undefined after adding to `problems` why the input cannot
 * be checked (it stops at the first problem of size or depth). Never throws.
 */
export function guardInput(input: unknown, problems: ProblemList): GuardedInput | undefined {
  const meter = problems.meter;
  const path: PathKey[] = [];
  const open = new Set<object>();
  const sizes = new WeakMap<object, number>();
  const before = problems.items.length;
  let values = 0;
  let characters = 0;
  let stopped = false;

  const problem = (message: string, key?: PathKey): undefined => {
    problems.add(key === undefined ? path : [...path, key], message);
    return undefined;
  };
  const stop = (message: string): undefined => {
    if (!stopped) problem(message);
    stopped = true;
    return undefined;
  };
  const tooMany = (): undefined =>
    stop(
      `the scenario holds more than ${SCENARIO_LIMITS.maxValues} values; checking stopped here. A scenario is far smaller`,
    );
  const text = (value: string): string | undefined => {
    characters += value.length;
    return characters > SCENARIO_LIMITS.maxTextLength
      ? stop("the scenario holds more than 5 MB of text; checking stopped here")
      : value;
  };

  /** Reads one own property without running a getter; `undefined` if it is not a data property. */
  const slot = (container: object, key: PathKey): { value: unknown } | undefined => {
    const descriptor = Object.getOwnPropertyDescriptor(container, key);
    if (descriptor === undefined) return undefined;
    if (descriptor.get !== undefined || descriptor.set !== undefined) {
      return problem("is computed by a getter, not data", key);
    }
    return { value: descriptor.value };
  };

  const child = (container: object, key: PathKey, depth: number): unknown => {
    const read = slot(container, key);
    if (read === undefined) return undefined;
    path.push(key);
    try {
      return visit(read.value, depth + 1);
    } finally {
      path.pop();
    }
  };

  const copyList = (list: object, depth: number): unknown[] | undefined => {
    const length = slot(list, "length")?.value;
    if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0) {
      return problem("is a list without a proper length, not plain JSON data");
    }
    if (values + length > SCENARIO_LIMITS.maxValues) return tooMany();
    const out: unknown[] = [];
    for (let i = 0; i < length && !stopped; i++) out.push(child(list, i, depth));
    return out;
  };

  const copyObject = (object: object, depth: number): Record<string, unknown> | undefined => {
    const proto: unknown = Object.getPrototypeOf(object);
    if (proto !== Object.prototype && proto !== null) {
      const kind = Object.prototype.toString.call(object).slice(8, -1);
      return problem(`is ${kind === "Object" ? "an object of a class" : `a ${kind}`}, not plain JSON data`);
    }
    const keys = Object.keys(object);
    if (values + keys.length > SCENARIO_LIMITS.maxValues) return tooMany();
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        problem(
          `the key "${key}" is not allowed anywhere in a scenario (it could reach an object's prototype); rename or remove it`,
          key,
        );
      }
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (stopped) break;
      meter.steps++;
      if (FORBIDDEN_KEYS.has(key) || text(key) === undefined) continue;
      out[key] = child(object, key, depth);
    }
    return out;
  };

  const visit = (value: unknown, depth: number): unknown => {
    meter.steps++;
    if (stopped) return undefined;
    if (++values > SCENARIO_LIMITS.maxValues) return tooMany();
    switch (typeof value) {
      case "string":
        return text(value);
      case "number":
      case "boolean":
      case "undefined":
        return value;
      case "bigint":
        return problem("is a BigInt; write it as a plain number");
      case "function":
      case "symbol":
        return problem(`is a ${typeof value}, which is not JSON data`);
    }
    if (typeof value !== "object" || value === null) return null;
    if (depth > SCENARIO_LIMITS.maxDepth) {
      return stop(`is nested more than ${SCENARIO_LIMITS.maxDepth} levels deep; a scenario needs far fewer`);
    }
    if (open.has(value)) return problem("contains itself (a cycle), which JSON data cannot");
    open.add(value);
    const start = values;
    try {
      const copy = Array.isArray(value) ? copyList(value, depth) : copyObject(value, depth);
      if (copy !== undefined) sizes.set(copy, values - start + 1);
      return copy;
    } catch (error) {
      return problem(`could not be read: reading it threw an error (${reasonOf(error)})`);
    } finally {
      open.delete(value);
    }
  };

  const copy = visit(input, 1);
  if (problems.items.length > before || stopped) return undefined;
  if (copy === null || typeof copy !== "object" || Array.isArray(copy)) {
    problems.add([], `should be a JSON object (a scenario), not ${describeValue(copy)}`);
    return undefined;
  }
  const sizeOf = (value: unknown): number =>
    typeof value === "object" && value !== null ? (sizes.get(value) ?? 1) : 1;
  return { data: copy as Readonly<Record<string, unknown>>, sizeOf };
}

/** The message of a thrown error, read without trusting it (it may itself be a hostile object). */
function reasonOf(error: unknown): string {
  try {
    if (error instanceof Error && typeof error.message === "string") {
      return error.message.length > MAX_REASON
        ? `${error.message.slice(0, MAX_REASON - 3)}...`
        : error.message;
    }
  } catch {
    // An error whose prototype or message is itself a trap: say nothing of it.
  }
  return "not an Error";
}
