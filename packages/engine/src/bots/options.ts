import * as z from "zod";
import { quote } from "../scenario/words.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import type { BotError, BotName, BotOptions } from "./types.js";

/** Most search iterations per move, whatever the options say: a search always ends. */
export const MAX_ITERATIONS = 10_000;
/** Longest time budget per move, in milliseconds. */
export const MAX_BUDGET_MS = 600_000;
/** Longest seed text. */
const MAX_SEED_LENGTH = 1000;

/** A field's schema with the words that say what it must be, for messages. */
interface Field {
  readonly schema: z.ZodType;
  readonly expected: string;
}

const field = (schema: z.ZodType, expected: string): Field => ({ schema, expected });

const SEED = field(
  z.union([z.string().max(MAX_SEED_LENGTH), z.number()]),
  `text of at most ${MAX_SEED_LENGTH} characters or a finite number`,
);
const TEMPERATURE = field(z.number().min(0).max(10), "a number from 0 to 10");
const PERSONA_FIELDS: Readonly<Record<string, Field>> = {
  seed: SEED,
  temperature: TEMPERATURE,
  exponent: field(z.number().gt(0).max(100), "a number greater than 0, at most 100"),
  walkOutMargin: field(z.number().min(0).max(1), "a number from 0 to 1"),
  followType: field(z.boolean(), "true or false"),
  bargain: field(z.enum(["nash", "kalai-smorodinsky"]), `${quote("nash")} or ${quote("kalai-smorodinsky")}`),
};
const BUDGET_FIELDS: Readonly<Record<string, Field>> = {
  ms: field(
    z.number().gt(0).max(MAX_BUDGET_MS),
    `a number of milliseconds above 0, at most ${MAX_BUDGET_MS}`,
  ),
  now: field(
    z.custom<() => number>((v) => typeof v === "function"),
    "a function returning the time in milliseconds",
  ),
};
const MCTS_FIELDS: Readonly<Record<string, Field>> = {
  seed: SEED,
  temperature: TEMPERATURE,
  iterations: field(z.int().min(1).max(MAX_ITERATIONS), `a whole number from 1 to ${MAX_ITERATIONS}`),
  budget: field(z.looseObject({}), "an object { ms, now }"),
  exploration: field(z.number().min(0).max(100), "a number from 0 to 100"),
  playoutLimit: field(z.int().min(1).max(100_000), "a whole number from 1 to 100000"),
};

/** The fields each bot takes. */
function fieldsOf(name: BotName): Readonly<Record<string, Field>> {
  if (name === "mcts") return MCTS_FIELDS;
  if (name === "random") return { seed: SEED };
  return PERSONA_FIELDS;
}

/** A value as a message shows it: numbers as written (NaN, Infinity), anything else by its kind. */
function shown(value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return quote(value);
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  return Array.isArray(value) ? "a list" : `a ${typeof value}`;
}

function badOptions(name: BotName, what: string): Result<never, BotError> {
  return err({ code: "bad-options", message: `Bad options for the bot '${name}': ${what}.` });
}

/** Checks an object's fields against `fields`: every key known, every value of its kind. */
function checkFields(
  name: BotName,
  value: unknown,
  fields: Readonly<Record<string, Field>>,
  path: string,
): Result<null, BotError> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return badOptions(name, `${path === "" ? "the options" : path} must be an object; got ${shown(value)}`);
  const known = Object.keys(fields);
  for (const key of Object.keys(value)) {
    const at = `${path}${key}`;
    const spec = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (spec === undefined)
      return badOptions(name, `there is no option ${quote(at)}; the options are ${known.join(", ")}`);
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) return badOptions(name, `${at} is undefined; leave it out for the default`);
    if (!spec.schema.safeParse(v).success)
      return badOptions(name, `${at} must be ${spec.expected}; got ${shown(v)}`);
  }
  return ok(null);
}

/**
 * Reads a bot's options, or says which one is wrong: an unknown option, a value of the wrong kind or out of
 * range (NaN, Infinity, a negative count), an option given as `undefined`, a budget without a clock.
 */
export function readOptions(name: BotName, options: unknown): Result<BotOptions, BotError> {
  if (options === undefined) return ok({});
  const fields = fieldsOf(name);
  const checked = checkFields(name, options, fields, "");
  if (!checked.ok) return checked;
  const budget = (options as { budget?: unknown }).budget;
  if (budget !== undefined) {
    const inner = checkFields(name, budget, BUDGET_FIELDS, "budget.");
    if (!inner.ok) return inner;
    for (const key of Object.keys(BUDGET_FIELDS))
      if (!Object.hasOwn(budget as object, key)) return badOptions(name, `budget.${key} is missing`);
  }
  return ok(options as BotOptions);
}

/** The seed as text: numbers and text with the same digits are the same seed. */
export function seedText(options: BotOptions): string {
  return String(options.seed ?? 0);
}
