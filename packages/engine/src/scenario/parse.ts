import type * as z from "zod";
import { err, ok, type Result } from "../result.js";
import { type Scenario, scenarioSchema } from "./schema.js";

/** One problem found in a scenario, located by its JSON path (`tracks[1].agenda[0].issue`). */
export interface ScenarioIssue {
  readonly path: string;
  readonly message: string;
}

/** Formats a zod issue path as a JSON path such as `tracks[1].agenda[0]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(root)" : out;
}

function fromZod(error: z.ZodError): ScenarioIssue[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

/**
 * Checks that `input` is a scenario and returns it, or returns every problem found, each with its JSON path.
 * Never throws.
 */
export function parseScenario(input: unknown): Result<Scenario, ScenarioIssue[]> {
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) return err(fromZod(parsed.error));
  return ok(parsed.data);
}
