import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { scenarioJsonSchema, scenarioJsonSchemaText } from "../packages/engine/src/scenario/json-schema.js";
import { repoPath } from "./support/scenarios.js";

/**
 * scenarios/scenario.schema.json is generated from the zod schema (scripts/write-json-schema.ts). These
 * tests keep the committed file in step with the schema and check that it accepts a real scenario and
 * rejects broken ones, using an independent reading of the JSON Schema (zod's `fromJSONSchema`).
 */

const schemaFile = "scenarios/scenario.schema.json";
const committed = (): string => readFileSync(repoPath(schemaFile), "utf8");
const readJson = (relative: string): unknown => JSON.parse(readFileSync(repoPath(relative), "utf8"));

/** A validator built from the committed JSON Schema file alone. */
function jsonSchemaValidator(): z.ZodType {
  return z.fromJSONSchema(JSON.parse(committed()) as z.core.JSONSchema.JSONSchema);
}

describe("scenario.schema.json", () => {
  it("is the file the generator writes (run scripts/write-json-schema.ts after changing schema.ts)", () => {
    expect(committed()).toBe(scenarioJsonSchemaText());
  });

  it("is a draft-07 schema with a title and descriptions for editors", () => {
    const schema = scenarioJsonSchema();
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.title).toBe("Parley scenario");
    const properties = schema.properties ?? {};
    for (const key of ["actors", "issues", "tracks", "world", "sources"]) {
      const property = properties[key];
      expect(typeof property === "object" && property.description, key).toBeTruthy();
    }
    // Fields with a default may be left out of a file.
    expect(schema.required).not.toContain("demands");
    expect(schema.required).toContain("actors");
  });

  it("accepts tests/fixtures/harbour-talks.json", () => {
    const result = jsonSchemaValidator().safeParse(readJson("tests/fixtures/harbour-talks.json"));
    expect(result.success, result.success ? "" : JSON.stringify(result.error.issues, null, 2)).toBe(true);
  });

  it("rejects structural mistakes", () => {
    const validator = jsonSchemaValidator();
    for (const file of [
      "unknown-field.json",
      "wrong-type.json",
      "enum-typo.json",
      "value-out-of-range.json",
    ]) {
      expect(validator.safeParse(readJson(`tests/fixtures/broken/${file}`)).success, file).toBe(false);
    }
  });

  it("is where the harbour fixture's $schema line points", () => {
    const fixture = "tests/fixtures/harbour-talks.json";
    const data = readJson(fixture);
    const pointer = typeof data === "object" && data !== null && "$schema" in data ? data.$schema : undefined;
    expect(typeof pointer).toBe("string");
    const target = join(dirname(repoPath(fixture)), String(pointer));
    expect(existsSync(target)).toBe(true);
    expect(target).toBe(repoPath(schemaFile));
  });
});
