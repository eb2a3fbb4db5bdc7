import * as z from "zod";
import { scenarioSchema } from "./schema.js";

/** A JSON Schema document, as plain JSON data. */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * The JSON Schema (draft-07, which editors such as VS Code understand) of a scenario file, generated from
 * the zod schema in `schema.ts`. It describes what a file may contain as it is written, so fields with a
 * default (`demands`, `redLines`, `injects`, `allies`, …) are optional. It covers structure only: references
 * between ids, date order and the other checks of `validate.ts` need `parseScenario`.
 * The generated file lives at `scenarios/scenario.schema.json` (`scripts/write-json-schema.ts`).
 */
export function scenarioJsonSchema(): JsonSchema {
  return z.toJSONSchema(scenarioSchema, { target: "draft-07", io: "input", unrepresentable: "throw" });
}

/** `scenarioJsonSchema()` as the text of `scenarios/scenario.schema.json`: two-space indents, final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
