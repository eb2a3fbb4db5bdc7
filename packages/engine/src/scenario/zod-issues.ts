import type * as z from "zod";
import type { PathKey, ProblemList } from "./problems.js";
import { fieldsAt, ownValue } from "./schema-walk.js";
import { closestMatch, didYouMean } from "./suggest.js";
import { describeValue, oneOf, plural, quote } from "./words.js";

/** Zod's findings about a scenario's structure, in words for people, with "did you mean" for likely typos. */

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

function lengthOf(value: unknown): number | undefined {
  if (typeof value === "string" || Array.isArray(value)) return value.length;
  return undefined;
}

/** The whole scenario a structural problem was found in, so that field names can be suggested. */
export interface StructureRoot {
  readonly schema: z.ZodType;
  readonly data: unknown;
}

/**
 * Reports fields that `known` does not list, each at its own path, with the closest known field as a
 * suggestion. Stops as soon as the list of problems is full, however many fields there are.
 */
export function reportUnknownFields(
  keys: Iterable<string>,
  path: readonly PathKey[],
  known: readonly string[],
  problems: ProblemList,
): void {
  for (const key of keys) {
    if (problems.full) return;
    const suggestion = closestMatch(key, known, problems.meter);
    const hint =
      suggestion === undefined && known.length > 0 ? `; the fields here are ${known.join(", ")}` : "";
    problems.add([...path, key], `unknown field ${quote(key)}${didYouMean(suggestion)}${hint}`, suggestion);
  }
}

/** A problem's words, and the likely intended value when it looks like a typo. */
interface Wording {
  readonly message: string;
  readonly suggestion?: string;
}

/**
 * Adds one zod issue, found in the part of the scenario at `prefix`, to `problems`; an unknown-keys issue
 * becomes one problem per key, at the key's own path.
 */
export function reportZodIssue(
  issue: z.core.$ZodIssue,
  prefix: readonly PathKey[],
  root: StructureRoot,
  problems: ProblemList,
): void {
  const path: PathKey[] = [...prefix];
  for (const key of issue.path) if (typeof key === "string" || typeof key === "number") path.push(key);
  if (issue.code === "unrecognized_keys") {
    reportUnknownFields(issue.keys, path, fieldsAt(root.schema, root.data, path), problems);
    return;
  }
  const { message, suggestion } = wordIssue(issue, problems);
  problems.add(path, message, suggestion);
}

/** The words for a zod issue other than unknown keys. */
function wordIssue(issue: z.core.$ZodIssue, problems: ProblemList): Wording {
  const input = issue.input;
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) return { message: `is missing; it should be ${expectedName(issue.expected)}` };
      return { message: `should be ${expectedName(issue.expected)}, not ${describeValue(input)}` };
    case "too_small":
    case "too_big":
      return { message: sizeMessage(issue, input) };
    case "invalid_format": {
      const shown = typeof input === "string" ? quote(input) : describeValue(input);
      if (issue.format === "date") {
        return { message: `${shown} is not a date; write dates as YYYY-MM-DD, for example "2022-01-10"` };
      }
      if (issue.format === "regex" && !issue.message.startsWith("Invalid")) {
        return { message: `${shown} is not allowed here: ${issue.message}` };
      }
      return { message: `${shown} is not a valid ${issue.format}` };
    }
    case "invalid_value":
      return choiceWording(input, issue.values, problems);
    case "invalid_union": {
      if (issue.discriminator !== undefined && "options" in issue && issue.options !== undefined) {
        return choiceWording(ownValue(input, issue.discriminator), issue.options, problems);
      }
      const expected = new Set<string>();
      for (const branch of issue.errors) {
        const first = branch[0];
        if (first?.code === "invalid_type" && first.path.length === 0)
          expected.add(expectedName(first.expected));
      }
      if (expected.size > 0 && input !== undefined) {
        return { message: `should be ${[...expected].join(" or ")}, not ${describeValue(input)}` };
      }
      if (input === undefined) return { message: "is missing" };
      return { message: `${describeValue(input)} does not fit any of the forms allowed here` };
    }
    case "not_multiple_of":
      return { message: `should be a multiple of ${issue.divisor}` };
    default:
      return { message: issue.message };
  }
}

/** A value outside a closed list of choices (an enum, a literal, a union's tag). */
function choiceWording(input: unknown, choices: readonly unknown[], problems: ProblemList): Wording {
  if (input === undefined) return { message: `is missing; it should be ${oneOf(choices)}` };
  const suggestion =
    typeof input === "string"
      ? closestMatch(
          input,
          choices.filter((v): v is string => typeof v === "string"),
          problems.meter,
        )
      : undefined;
  const message = `should be ${oneOf(choices)}, not ${describeValue(input)}${didYouMean(suggestion)}`;
  return suggestion === undefined ? { message } : { message, suggestion };
}

/** A text, list or number too small or too big. */
function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, input: unknown): string {
  const small = issue.code === "too_small";
  const bound = Number(small ? issue.minimum : issue.maximum);
  const length = lengthOf(input);
  if (issue.origin === "string" && length !== undefined) {
    if (small && bound <= 1) return "should not be empty";
    return small
      ? `is too short: ${plural(length, "character")}, at least ${bound} needed`
      : `is too long: ${plural(length, "character")}, at most ${bound} allowed`;
  }
  if (issue.origin === "array" && length !== undefined) {
    if (small && bound <= 1) return "should not be empty; list at least one";
    return small
      ? `has ${plural(length, "item")}; at least ${bound} needed`
      : `has ${plural(length, "item")}; at most ${bound} allowed`;
  }
  if (typeof input === "number") {
    const strict = issue.inclusive === false;
    if (small) return `is ${input}, ${strict ? "but must be above" : "below the minimum of"} ${bound}`;
    return `is ${input}, ${strict ? "but must be below" : "above the maximum of"} ${bound}`;
  }
  return issue.message;
}
