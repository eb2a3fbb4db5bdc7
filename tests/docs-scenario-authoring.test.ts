import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  formatScenarioIssue,
  parseScenario,
  parseScenarioJson,
} from "../packages/engine/src/scenario/parse.js";
import { type Scenario, scenarioSchema } from "../packages/engine/src/scenario/schema.js";
import { scenarioWarnings } from "../packages/engine/src/scenario/warnings.js";
import { repoPath } from "./support/scenarios.js";

/**
 * docs/scenario-authoring.md: its complete example (mediated talks) validates with no warnings, it explains
 * every field of the format, and the validation messages and warnings it quotes are ones the validator
 * really gives for the broken fixtures and for edits of the mediated-talks fixture.
 */

const doc = readFileSync(repoPath("docs/scenario-authoring.md"), "utf8");

/** The body of the first fenced block of `language` after the heading `heading`. */
function blockAfter(heading: string, language: string): string {
  const start = doc.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`docs/scenario-authoring.md has no heading "${heading}"`);
  const fence = doc.indexOf(`\n\`\`\`${language}\n`, start);
  if (fence < 0) throw new Error(`no \`\`\`${language} block after "${heading}"`);
  const bodyStart = fence + language.length + 5;
  const end = doc.indexOf("\n```\n", bodyStart);
  return doc.slice(bodyStart, end + 1);
}

/** Every field name in a zod schema, nested objects, lists, records and unions included. */
function fieldNames(schema: z.ZodType, into = new Set<string>()): Set<string> {
  if (schema instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      into.add(key);
      fieldNames(child, into);
    }
  } else if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault
  ) {
    fieldNames(schema.unwrap() as z.ZodType, into);
  } else if (schema instanceof z.ZodArray) {
    fieldNames(schema.element as z.ZodType, into);
  } else if (schema instanceof z.ZodRecord) {
    fieldNames(schema.valueType as z.ZodType, into);
  } else if (schema instanceof z.ZodUnion) {
    for (const option of schema.options as readonly z.ZodType[]) fieldNames(option, into);
  }
  return into;
}

describe("docs/scenario-authoring.md", () => {
  const example = blockAfter("## A complete example: mediated talks", "json");

  it("has a complete format-2 example that parseScenario accepts, with no warnings", () => {
    const result = parseScenarioJson(example);
    if (!result.ok) throw new Error(result.error.map(formatScenarioIssue).join("\n"));
    expect(result.value.formatVersion).toBe(2);
    expect(scenarioWarnings(result.value).map(formatScenarioIssue)).toEqual([]);
  });

  it("has an example of talks chaired by a mediator who is not a party", () => {
    const result = parseScenarioJson(example);
    const [track] = result.ok ? result.value.tracks : [];
    expect(track?.format).toBe("bilateral");
    expect(track?.parties).toHaveLength(2);
    expect(track?.participants).toContain(track?.chair);
    expect(track?.parties).not.toContain(track?.chair);
  });

  it("starts the example with a $schema line that works from scenarios/", () => {
    const data: unknown = JSON.parse(example);
    const pointer = typeof data === "object" && data !== null && "$schema" in data ? data.$schema : undefined;
    expect(pointer).toBe("./scenario.schema.json");
    expect(existsSync(repoPath("scenarios/scenario.schema.json"))).toBe(true);
  });

  it("has an example the JSON Schema accepts too", () => {
    const schemaText = readFileSync(repoPath("scenarios/scenario.schema.json"), "utf8");
    const validator = z.fromJSONSchema(JSON.parse(schemaText) as z.core.JSONSchema.JSONSchema);
    expect(validator.safeParse(JSON.parse(example)).success).toBe(true);
  });

  it("explains every field of the format", () => {
    const names = [...fieldNames(scenarioSchema)];
    expect(names.length).toBeGreaterThan(60);
    const missing = names.filter((name) => !doc.includes(`\`${name}\``) && !doc.includes(`"${name}"`));
    expect(missing).toEqual([]);
  });

  it("quotes only messages the validator really gives", () => {
    const quoted = blockAfter("## Validation", "text")
      .split("\n")
      .filter((line) => line.trim() !== "");
    expect(quoted.length).toBeGreaterThanOrEqual(10);
    const given = new Set<string>();
    for (const file of readdirSync(repoPath("tests/fixtures/broken"))) {
      const result = parseScenarioJson(readFileSync(repoPath(`tests/fixtures/broken/${file}`), "utf8"));
      if (!result.ok) for (const problem of result.error) given.add(formatScenarioIssue(problem));
    }
    expect(quoted.filter((line) => !given.has(line))).toEqual([]);
  });

  it("quotes only warnings scenarioWarnings really gives", () => {
    const quoted = blockAfter("## Warnings", "text")
      .split("\n")
      .filter((line) => line.trim() !== "");
    expect(quoted.length).toBeGreaterThanOrEqual(2);
    const fixture = parseScenario(
      JSON.parse(readFileSync(repoPath("tests/fixtures/mediated-talks.json"), "utf8")),
    );
    if (!fixture.ok) throw new Error("mediated-talks.json does not parse");
    const edited: Scenario = structuredClone(fixture.value);
    const union = edited.actors.find((a) => a.id === "union");
    if (union !== undefined) union.reservation = 0.5;
    edited.world.tension = 100;
    const result = parseScenario(edited);
    const given = new Set(result.ok ? scenarioWarnings(result.value).map(formatScenarioIssue) : []);
    expect(quoted.filter((line) => !given.has(line))).toEqual([]);
  });
});
