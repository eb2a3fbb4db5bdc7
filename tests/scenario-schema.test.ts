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

  it.each(["tests/fixtures/mediated-talks.json", "tests/fixtures/package-summit.json"])(
    "accepts %s",
    (file) => {
      const result = jsonSchemaValidator().safeParse(readJson(file));
      expect(result.success, result.success ? "" : JSON.stringify(result.error.issues, null, 2)).toBe(true);
    },
  );

  it("rejects structural mistakes in format-2 files", () => {
    const validator = jsonSchemaValidator();
    for (const file of ["walk-out-typo.json", "negotiation-typo.json", "format-version-text.json"]) {
      expect(validator.safeParse(readJson(`tests/fixtures/broken/${file}`)).success, file).toBe(false);
    }
    // The same files with the mistake put right are accepted: the rejection is the mistake's.
    const fixed = readJson("tests/fixtures/broken/walk-out-typo.json") as { tracks: { walkOut: string }[] };
    const [first] = fixed.tracks;
    if (first !== undefined) first.walkOut = "ends-track";
    expect(validator.safeParse(fixed).success).toBe(true);
  });

  it("describes format 2: a format-1 file is for parseScenario to migrate, not for the editor", () => {
    const validator = jsonSchemaValidator();
    expect(validator.safeParse(readJson("tests/fixtures/harbour-talks.json")).success).toBe(false);
    const schema = scenarioJsonSchema();
    const version = schema.properties?.formatVersion;
    expect(typeof version === "object" && version.const).toBe(2);
  });

  it("is where the fixtures' $schema lines point", () => {
    const fixture = "tests/fixtures/mediated-talks.json";
    const data = readJson(fixture);
    const pointer = typeof data === "object" && data !== null && "$schema" in data ? data.$schema : undefined;
    expect(typeof pointer).toBe("string");
    const target = join(dirname(repoPath(fixture)), String(pointer));
    expect(existsSync(target)).toBe(true);
    expect(target).toBe(repoPath(schemaFile));
  });
});
