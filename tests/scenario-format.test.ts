import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scenarioSchemaV1 } from "../packages/engine/src/scenario/format1.js";
import {
  formatScenarioIssue,
  isValidatedScenario,
  migrateScenario,
  migrateScenarioJson,
  parseScenario,
  parseScenarioJson,
  type ScenarioFileV1,
} from "../packages/engine/src/scenario/parse.js";
import type { ValidScenario } from "../packages/engine/src/scenario/schema.js";
import { scenarioWarnings } from "../packages/engine/src/scenario/warnings.js";
import { repoPath } from "./support/scenarios.js";

/**
 * Scenario formats: the format-2 fixtures written from the docs parse with no warnings; format-1 files are
 * read at their own paths and migrated (docs/rules.md, "Format 1"); unknown versions get one problem;
 * `migrateScenarioJson` writes what `parley migrate` writes; and what `parseScenario` returns is a fresh,
 * frozen, certified copy.
 */

const text = (relative: string): string => readFileSync(repoPath(relative), "utf8");
const json = (relative: string): unknown => JSON.parse(text(relative));

function parsed(relative: string): ValidScenario {
  const result = parseScenarioJson(text(relative));
  if (!result.ok) throw new Error(result.error.map(formatScenarioIssue).join("\n"));
  return result.value;
}

function problemLines(input: unknown): string[] {
  const result = parseScenario(input);
  return result.ok ? [] : result.error.map(formatScenarioIssue);
}

/** Every format-1 scenario file of the repository (Parley 1's January 2022 files are kept as fixtures). */
const FORMAT_1_FILES = [
  ...readdirSync(repoPath("scenarios"))
    .filter((f) => f.endsWith(".json") && f !== "scenario.schema.json")
    .map((f) => `scenarios/${f}`),
  ...readdirSync(repoPath("tests/fixtures/format1"))
    .filter((f) => f.endsWith(".json") && !f.startsWith("games-"))
    .map((f) => `tests/fixtures/format1/${f}`),
  "tests/fixtures/harbour-talks.json",
].filter((file) => (json(file) as { formatVersion?: unknown }).formatVersion === 1);

describe("format-2 fixtures written from the docs", () => {
  it.each(["tests/fixtures/mediated-talks.json", "tests/fixtures/package-summit.json"])(
    "%s parses, with no warnings",
    (file) => {
      const scenario = parsed(file);
      expect(scenario.formatVersion).toBe(2);
      expect(scenarioWarnings(scenario).map(formatScenarioIssue)).toEqual([]);
    },
  );

  it("mediated talks: a bilateral meeting chaired by a mediator who is not a party", () => {
    const scenario = parsed("tests/fixtures/mediated-talks.json");
    for (const track of scenario.tracks) {
      expect(track.format).toBe("bilateral");
      expect(track.negotiation).toBe("items");
      expect(track.walkOut).toBe("ends-track");
      expect(track.parties).toHaveLength(2);
      expect(track.chair).not.toBeNull();
      expect(track.participants).toContain(track.chair);
      expect(track.parties).not.toContain(track.chair);
    }
    const union = scenario.actors.find((a) => a.id === "union");
    expect(union?.types.length).toBeGreaterThanOrEqual(2);
    expect(scenario.issues.some((issue) => issue.kind === "process")).toBe(true);
  });

  it("package summit: four parties, packages, a signing group without one of them, drafts", () => {
    const scenario = parsed("tests/fixtures/package-summit.json");
    const [summit, signing] = scenario.tracks;
    expect(summit?.participants).toHaveLength(4);
    expect(scenario.tracks.every((track) => track.negotiation === "packages")).toBe(true);
    expect(signing?.participants).not.toEqual(summit?.participants);
    expect(scenario.drafts.length).toBeGreaterThanOrEqual(2);
    // An actor absent from the signing group holds a red line on one of its issues.
    const absent = summit?.participants.filter((id) => !signing?.participants.includes(id)) ?? [];
    const agenda = new Set(signing?.agenda.map((item) => item.issue));
    expect(scenario.redLines.some((line) => absent.includes(line.actor) && agenda.has(line.issue))).toBe(
      true,
    );
  });
});

describe("format 1", () => {
  it("has files to read", () => {
    expect(FORMAT_1_FILES.length).toBeGreaterThanOrEqual(2);
  });

  it.each(FORMAT_1_FILES)("%s is read and migrated to format 2", (file) => {
    const original = json(file) as ScenarioFileV1;
    const scenario = parsed(file);
    expect(scenario.formatVersion).toBe(2);
    expect(scenario.issues.map((issue) => issue.kind)).toEqual(original.issues.map(() => "substance"));
    for (const track of scenario.tracks) {
      expect(track.negotiation).toBe("items");
      expect(track.walkOut).toBe("ends-game");
    }
    expect(scenario.rules?.walkOutCost).toEqual({ utility: 0, trust: 0, tension: 25 });
    expect(scenario.rules?.allyCohesion).toBe(0);
    expect(scenario.rules?.minutes).toEqual(original.rules?.minutes);
  });

  it("rewrites the history's moves: proposals carry terms, acceptances and rejections name issues", () => {
    const file = "tests/fixtures/format1/security-week.json";
    const before = (json(file) as ScenarioFileV1).history?.moves ?? [];
    const after = parsed(file).history?.moves ?? [];
    expect(after).toHaveLength(before.length);
    const kinds = new Set(before.map((m) => m.type));
    for (const kind of ["propose", "counter", "accept", "reject", "concede"]) expect(kinds).toContain(kind);
    before.forEach((move, i) => {
      const migrated = after[i];
      switch (move.type) {
        case "propose":
        case "counter":
          expect(migrated).toEqual({
            type: move.type,
            actor: move.actor,
            terms: { [move.issue]: move.option },
          });
          break;
        case "accept":
        case "reject":
          expect(migrated).toEqual({ type: move.type, actor: move.actor, issues: [move.issue] });
          break;
        default:
          expect(migrated).toEqual(move);
      }
    });
  });

  it("migrateScenario is pure: it neither changes nor keeps its input", () => {
    const input = scenarioSchemaV1.parse(json("tests/fixtures/format1/security-week.json"));
    const snapshot = JSON.stringify(input);
    const first = migrateScenario(input);
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(migrateScenario(input)).toEqual(first);
    expect(first.tracks[0]).not.toBe(input.tracks[0]);
    expect(first.issues[0]).not.toBe(input.issues[0]);
  });

  it("keeps the fields of the file in their order and places new ones where the format lists them", () => {
    const migrated = migrateScenario(json("tests/fixtures/harbour-talks.json") as ScenarioFileV1);
    expect(Object.keys(migrated).slice(0, 3)).toEqual(["$schema", "formatVersion", "id"]);
    const issueKeys = Object.keys(migrated.issues[0] ?? {});
    expect(issueKeys.indexOf("kind")).toBe(issueKeys.indexOf("title") + 1);
    const trackKeys = Object.keys(migrated.tracks[0] ?? {});
    expect(trackKeys.slice(trackKeys.indexOf("participants") + 1).slice(0, 2)).toEqual([
      "negotiation",
      "walkOut",
    ]);
  });

  it("reports problems at the format-1 file's own paths, format-2 fields included", () => {
    const data = json("tests/fixtures/harbour-talks.json") as ScenarioFileV1;
    const broken = {
      ...data,
      actors: data.actors.map((a, i) => (i === 0 ? { ...a, partners: ["south"] } : a)),
      history: {
        seed: 1,
        moves: [{ type: "propose", actor: "north", terms: { quota: "even" } }],
        outcome: { overall: "no-breakthrough" },
        sources: ["T1"],
      },
    };
    const lines = problemLines(broken);
    expect(lines).toContain(
      'actors[0].partners: unknown field "partners"; the fields here are id, name, kind, delegation, weights, reservation, persona, allies, sources',
    );
    expect(lines).toContain("history.moves[0].issue: is missing; it should be text");
    expect(lines).toContain("history.moves[0].option: is missing; it should be text");
    expect(lines).toContain(
      'history.moves[0].terms: unknown field "terms"; the fields here are type, actor, issue, option',
    );
  });
});

describe("format versions", () => {
  const base = (): Record<string, unknown> => ({ ...(json("tests/fixtures/mediated-talks.json") as object) });

  it.each([
    [3, "formatVersion: is 3, a format newer than this engine reads (formats 1 and 2)"],
    ["1", 'formatVersion: should be the number 1, not the text "1"'],
    [
      0,
      "formatVersion: should be 2 (or 1, for a file in the first format, which is migrated when read), not 0",
    ],
    [1.5, "formatVersion: should be 2 (or 1"],
    [null, "formatVersion: should be 2 (or 1"],
    [[2], "formatVersion: should be 2 (or 1"],
  ])("%j gets one clear problem and nothing else", (version, message) => {
    const lines = problemLines({ ...base(), formatVersion: version });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
  });

  it("a missing version is reported, and the rest is checked as format 2", () => {
    const { formatVersion: _gone, ...rest } = base();
    expect(problemLines(rest)).toEqual(["formatVersion: is missing; it should be 2"]);
    expect(problemLines({ ...rest, title: 7 })).toEqual([
      "formatVersion: is missing; it should be 2",
      "title: should be text, not 7",
    ]);
  });
});

describe("migrateScenarioJson (parley migrate)", () => {
  it.each(FORMAT_1_FILES)("migrates %s to format-2 text that reads as the same scenario", (file) => {
    const result = migrateScenarioJson(text(file));
    if (!result.ok) throw new Error(result.error.map(formatScenarioIssue).join("\n"));
    expect(result.value.endsWith("}\n")).toBe(true);
    expect(result.value).toContain('\n  "formatVersion": 2,\n');
    const again = parseScenarioJson(result.value);
    expect(again.ok && again.value).toEqual(parsed(file));
  });

  it("adds no field the file left out but those format 2 needs", () => {
    const result = migrateScenarioJson(text("tests/fixtures/harbour-talks.json"));
    const out = result.ok ? result.value : "";
    for (const absent of ['"partners"', '"types"', '"visibility"', '"drafts"', '"lines"', '"epilogue"']) {
      expect(out).not.toContain(absent);
    }
    for (const added of ['"kind": "substance"', '"negotiation": "items"', '"walkOut": "ends-game"']) {
      expect(out).toContain(added);
    }
  });

  it("returns a format-2 file as it is but for its layout, and is idempotent", () => {
    const original = text("tests/fixtures/mediated-talks.json");
    const once = migrateScenarioJson(original);
    expect(once.ok && JSON.parse(once.value)).toEqual(JSON.parse(original));
    const fromV1 = migrateScenarioJson(text("tests/fixtures/harbour-talks.json"));
    const twice = fromV1.ok ? migrateScenarioJson(fromV1.value) : fromV1;
    expect(twice).toEqual(fromV1);
  });

  it("migrates nothing that has problems, and says what they are", () => {
    const broken = migrateScenarioJson(text("tests/fixtures/broken/agenda-issue-typo.json"));
    expect(broken.ok ? [] : broken.error.map(formatScenarioIssue)).toEqual([
      'tracks[1].agenda[0].issue: no issue "harbor"; did you mean "harbour"?',
    ]);
    const junk = migrateScenarioJson('{"a": 1,}');
    expect(junk.ok ? "" : junk.error[0]?.message).toContain("not valid JSON at line 1, column 9");
  });
});

describe("the validated scenario", () => {
  /** Every object and list inside a value, the value included. */
  function containers(value: unknown, into: object[] = []): object[] {
    if (typeof value !== "object" || value === null) return into;
    into.push(value);
    for (const child of Object.values(value)) containers(child, into);
    return into;
  }

  it("is a fresh, deep-frozen copy of plain objects and lists, and is recognised as validated", () => {
    const input = json("tests/fixtures/package-summit.json") as Record<string, unknown>;
    const result = parseScenario(input);
    if (!result.ok) throw new Error("package-summit.json does not parse");
    const scenario = result.value;
    expect(isValidatedScenario(scenario)).toBe(true);
    const inputParts = new Set(containers(input));
    for (const part of containers(scenario)) {
      expect(Object.isFrozen(part)).toBe(true);
      expect(inputParts.has(part)).toBe(false);
      expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(part));
    }
    (input.actors as { name: string }[])[0] = { name: "changed afterwards" };
    expect(scenario.actors[0]?.name).toBe("Aramont");
  });

  it("is not recognised once copied, nor is anything else", () => {
    const scenario = parsed("tests/fixtures/mediated-talks.json");
    expect(isValidatedScenario(structuredClone(scenario))).toBe(false);
    expect(isValidatedScenario({ ...scenario })).toBe(false);
    expect(isValidatedScenario(json("tests/fixtures/mediated-talks.json"))).toBe(false);
    for (const other of [undefined, null, 0, "scenario", [], {}])
      expect(isValidatedScenario(other)).toBe(false);
  });

  it("comes out of every parse as a new object", () => {
    const source = text("tests/fixtures/mediated-talks.json");
    const a = parseScenarioJson(source);
    const b = parseScenarioJson(source);
    expect(
      a.ok && b.ok && a.value !== b.value && isValidatedScenario(a.value) && isValidatedScenario(b.value),
    ).toBe(true);
  });
});
