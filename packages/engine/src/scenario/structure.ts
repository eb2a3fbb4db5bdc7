import * as z from "zod";
import type { GuardedInput } from "./guard.js";
import type { PathKey, ProblemList } from "./problems.js";
import { childSchema, resolveSchema } from "./schema-walk.js";
import { reportUnknownFields, reportZodIssue, type StructureRoot } from "./zod-issues.js";

/**
 * The structure of a scenario, checked with zod in pieces. Zod gathers a part's problems by spreading its
 * children's lists into its own (`push(...list)`), which overflows the stack once a part holds some hundred
 * thousand problems, and it builds every problem before any is read. So a part larger than `PIECE` values
 * is not given to zod whole: its own fields (or items, or entries) are checked one by one, and checking
 * stops once the list of problems is full. The problems are the ones zod would give for the whole.
 */

/**
 * Most values zod checks in one call. A value gives a dozen problems at most (an empty object missing
 * every field), so a piece yields a few tens of thousands: far below what the stack holds.
 */
const PIECE = 2_000;

const anything = z.unknown();

/**
 * Checks `input.data` against `schema`, adding every problem to `problems` (until it is full). Returns zod's
 * output (defaults filled in) when the data was checked whole and is valid; otherwise undefined, and the
 * caller parses a valid large scenario once more to get it.
 */
export function checkStructure(
  schema: z.ZodType,
  input: GuardedInput,
  problems: ProblemList,
): { readonly output: unknown } | undefined {
  const root: StructureRoot = { schema, data: input.data };
  let output: { readonly output: unknown } | undefined;

  const check = (part: z.ZodType, value: unknown, path: PathKey[]): void => {
    if (problems.full) return;
    const size = input.sizeOf(value);
    const target = size > PIECE ? resolveSchema(part, value) : part;
    if (size <= PIECE || !splits(target, value)) {
      problems.meter.steps += size;
      const result = part.safeParse(value, { reportInput: true });
      if (result.success) {
        if (path.length === 0) output = { output: result.data };
        return;
      }
      for (const issue of result.error.issues) {
        if (problems.full) return;
        reportZodIssue(issue, path, root, problems);
      }
      return;
    }
    checkParts(target, value as object, path);
  };

  const checkParts = (target: z.ZodType, value: object, path: PathKey[]): void => {
    if (target instanceof z.ZodArray) {
      const list = value as readonly unknown[];
      // The list's own rules (its length) with every item accepted; then the items one by one.
      report(target.clone({ ...target.def, element: anything }), list, path);
      list.forEach((item, i) => {
        check(target.element as z.ZodType, item, [...path, i]);
      });
      return;
    }
    const entries = Object.entries(value);
    problems.meter.steps += entries.length;
    if (target instanceof z.ZodRecord) {
      report(target.clone({ ...target.def, valueType: anything }), value, path);
      for (const [key, entry] of entries) check(target.valueType as z.ZodType, entry, [...path, key]);
      return;
    }
    if (target instanceof z.ZodObject) {
      const shape = target.shape as Readonly<Record<string, z.ZodType>>;
      for (const [key, field] of Object.entries(shape)) {
        check(field, Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined, [
          ...path,
          key,
        ]);
      }
      if (target.def.catchall instanceof z.ZodNever) {
        const unknown = (function* () {
          for (const [key] of entries) if (childSchema(target, key) === undefined) yield key;
        })();
        reportUnknownFields(unknown, path, Object.keys(shape), problems);
      }
    }
  };

  /** Reports the problems of a check whose own output is small (a list's length, a record's rules). */
  const report = (part: z.ZodType, value: unknown, path: PathKey[]): void => {
    const result = part.safeParse(value, { reportInput: true });
    if (!result.success) for (const issue of result.error.issues) reportZodIssue(issue, path, root, problems);
  };

  check(schema, input.data, []);
  return output;
}

/** Whether a large value can be checked part by part against `target` (a list, record or object of them). */
function splits(target: z.ZodType, value: unknown): boolean {
  if (target instanceof z.ZodArray) return Array.isArray(value);
  const plain = typeof value === "object" && value !== null && !Array.isArray(value);
  return plain && (target instanceof z.ZodRecord || target instanceof z.ZodObject);
}
