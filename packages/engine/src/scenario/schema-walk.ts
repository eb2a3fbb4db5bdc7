import * as z from "zod";

/**
 * Finding one's way in a zod schema alongside the data it describes: which schema applies to a value (past
 * optional and default wrappers, into the branch of a discriminated union) and which applies to a child.
 */

/** An own property of a plain object, or undefined. */
export function ownValue(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.hasOwn(value, key)
    ? (value as Readonly<Record<string, unknown>>)[key]
    : undefined;
}

/**
 * The schema that decides about `value`: optional, nullable and default wrappers unwrapped (for a value
 * that is present), and the branch of a discriminated union that the value's tag names. Returns the union
 * itself when no branch matches.
 */
export function resolveSchema(schema: z.ZodType, value: unknown): z.ZodType {
  let current: z.ZodType = schema;
  // A schema wraps a handful of times at most; the bound only guards against a cycle.
  for (let guard = 0; guard < 16; guard++) {
    if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodDefault
    ) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodDiscriminatedUnion) {
      const key = current.def.discriminator;
      const tag = ownValue(value, key);
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

/** The schema of the child `key` of a value that `schema` (resolved) describes, if there is one. */
export function childSchema(schema: z.ZodType, key: string | number): z.ZodType | undefined {
  if (schema instanceof z.ZodObject && typeof key === "string") {
    const shape = schema.shape as Readonly<Record<string, z.ZodType>>;
    return Object.hasOwn(shape, key) ? shape[key] : undefined;
  }
  if (schema instanceof z.ZodArray) return schema.element as z.ZodType;
  if (schema instanceof z.ZodRecord) return schema.valueType as z.ZodType;
  return undefined;
}

/** The field names the schema allows for the object at `path` in `data` (none when it is not an object). */
export function fieldsAt(root: z.ZodType, data: unknown, path: readonly (string | number)[]): string[] {
  let schema: z.ZodType | undefined = root;
  let value: unknown = data;
  for (const key of path) {
    schema = schema === undefined ? undefined : childSchema(resolveSchema(schema, value), key);
    value = Array.isArray(value) && typeof key === "number" ? value[key] : ownValue(value, String(key));
  }
  const target = schema === undefined ? undefined : resolveSchema(schema, value);
  return target instanceof z.ZodObject ? Object.keys(target.shape) : [];
}
