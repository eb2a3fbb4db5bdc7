import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  formatScenarioIssue,
  parseScenario,
  parseScenarioJson,
  SCENARIO_LIMITS,
  type ScenarioIssue,
} from "../packages/engine/src/scenario/parse.js";
import { closestMatch, editDistance } from "../packages/engine/src/scenario/suggest.js";
import { harbour, repoPath } from "./support/scenarios.js";

/**
 * The validated scenario format: every broken fixture in tests/fixtures/broken/ gives exactly the problems
 * listed for it (path, a fragment of the message, and the suggestion when there is one), and nothing else.
 * The first fixtures are format-1 files (read with the format-1 schema, at their own paths, then checked as
 * format 2); those after `FORMAT_2` are format-2 files, one for each kind of mistake in format 2's fields.
 */

interface Expected {
  readonly path: string;
  readonly message: string;
  readonly suggestion?: string;
}

const FORMAT_1: Readonly<Record<string, readonly Expected[]>> = {
  "not-json-missing-comma.json": [
    { path: "(root)", message: 'not valid JSON at line 4, column 3: expected "," or "}" after a value' },
  ],
  "not-json-trailing-comma.json": [
    {
      path: "(root)",
      message: 'not valid JSON at line 6, column 3: a comma before "]": JSON does not allow a trailing comma',
    },
  ],
  "not-an-object.json": [{ path: "(root)", message: "should be a JSON object (a scenario), not a list" }],
  "wrong-type.json": [{ path: "actors[0].reservation", message: 'should be a number, not the text "high"' }],
  "enum-typo.json": [
    {
      path: "actors[0].kind",
      message:
        'should be one of "state", "alliance", "organisation", not the text "stat"; did you mean "state"?',
      suggestion: "state",
    },
  ],
  "unknown-field.json": [
    { path: "actors[1].nmae", message: 'unknown field "nmae"; did you mean "name"?', suggestion: "name" },
  ],
  "missing-field.json": [{ path: "actors[2].persona", message: 'is missing; it should be one of "random"' }],
  "agenda-issue-typo.json": [
    {
      path: "tracks[1].agenda[0].issue",
      message: 'no issue "harbor"; did you mean "harbour"?',
      suggestion: "harbour",
    },
  ],
  "red-line-missing-option.json": [
    { path: "redLines[0].forbidden[0]", message: 'issue "harbour" has no option "south-only"' },
  ],
  "red-line-forbids-every-option.json": [
    { path: "redLines[0].forbidden", message: 'forbids every option of issue "harbour"' },
  ],
  "participant-not-actor.json": [
    { path: "tracks[0].participants[1]", message: 'no actor "southland"' },
    { path: "injects[0].track", message: 'track "first-round" can never be held' },
  ],
  "duplicate-actor-id.json": [
    { path: "actors[3].id", message: 'duplicate actor id "south": actors[1] already uses it' },
  ],
  "duplicate-option-id.json": [
    { path: "issues[0].options[3].id", message: 'duplicate option id "even" in issue "quota"' },
  ],
  "duplicate-source-key.json": [{ path: "sources[1].key", message: 'duplicate source key "T1"' }],
  "value-out-of-range.json": [
    { path: "issues[0].values.north.even", message: "is 1.5, above the maximum of 1" },
  ],
  "tension-out-of-range.json": [{ path: "world.tension", message: "is 140, above the maximum of 100" }],
  "tracks-out-of-date-order.json": [
    { path: "tracks[1].date", message: "2030-04-28 is before 2030-05-01, the date of tracks[0]" },
  ],
  "impossible-date.json": [
    { path: "tracks[0].date", message: '"2030-02-30" is not a date; write dates as YYYY-MM-DD' },
  ],
  "unreachable-inject.json": [
    {
      path: "injects[0].trigger.atMinute",
      message: 'minute 400 is never reached: track "first-round" ends by minute 150',
    },
  ],
  "inject-never-fires.json": [
    { path: "injects[1].trigger.probability", message: "a probability of 0 means this inject never fires" },
  ],
  "inject-unknown-track.json": [
    { path: "injects[1].track", message: 'no track "fourm"; did you mean "forum"?', suggestion: "forum" },
  ],
  "proto-key.json": [{ path: "actors[0].__proto__", message: 'the key "__proto__" is not allowed' }],
  "constructor-key.json": [
    { path: "issues[0].values.constructor", message: 'the key "constructor" is not allowed' },
  ],
  "bilateral-with-chair.json": [{ path: "tracks[0].chair", message: "a bilateral track has no chair" }],
  "bilateral-three-participants.json": [
    { path: "tracks[0].participants", message: "a bilateral track has exactly 2 participants, not 3" },
  ],
  "chair-not-participant.json": [
    { path: "tracks[1].chair", message: 'the chair "mediator" is not a participant of this track' },
  ],
  "speaking-order-not-permutation.json": [
    { path: "tracks[1].speakingOrder[2]", message: 'speaker "north" is listed twice' },
    {
      path: "tracks[1].speakingOrder",
      message: 'must list every participant exactly once; it leaves out "mediator"',
    },
  ],
  "agenda-too-long.json": [
    { path: "tracks[0].agenda", message: "the agenda items take 190 minutes, more than the track's 150" },
  ],
  "missing-option-value.json": [
    {
      path: "issues[1].values.south",
      message: 'no value for option "joint", but actor "south" weights this issue',
    },
  ],
  "unknown-source.json": [
    {
      path: "actors[1].sources[0]",
      message: `no source "T2" in the scenario's sources; did you mean "T1"?`,
      suggestion: "T1",
    },
  ],
  "weight-on-unknown-issue.json": [
    {
      path: "actors[0].weights.quotas",
      message: 'no issue "quotas"; did you mean "quota"?',
      suggestion: "quota",
    },
  ],
  "unknown-status-quo.json": [
    {
      path: "issues[0].statusQuo",
      message: 'issue "quota" has no option "evn"; did you mean "even"?',
      suggestion: "even",
    },
  ],
  "demand-forbidden-by-own-red-line.json": [
    {
      path: "demands[2].option",
      message:
        'actor "north" demands option "south-run", which its own red line "north-no-south-harbour" forbids',
    },
  ],
  "demand-addressed-to-itself.json": [
    { path: "demands[0].addressees[1]", message: "a demand cannot be addressed to its own actor" },
  ],
  "trust-unknown-actor.json": [
    { path: "world.trust[0].to", message: 'no actor "sotuh"; did you mean "south"?', suggestion: "south" },
  ],
  "unknown-move-in-rules.json": [
    {
      path: "rules.minutes.proposal",
      message: 'no kind of move "proposal"; did you mean "propose"?',
      suggestion: "propose",
    },
  ],
  "history-unknown-names.json": [
    {
      path: "history.moves[0].actor",
      message: 'no actor "nort"; did you mean "north"?',
      suggestion: "north",
    },
    {
      path: "history.moves[1].issue",
      message: 'no issue "quotas"; did you mean "quota"?',
      suggestion: "quota",
    },
  ],
  "too-deep.json": [{ path: `summary${"[0]".repeat(63)}`, message: "is nested more than 64 levels deep" }],
  "several-mistakes.json": [
    { path: "actors[0].reservation", message: 'should be a number, not the text "high"' },
    { path: "issues[1].values.north.closed", message: "is -0.4, below the minimum of 0" },
    { path: "demands[1].id", message: 'duplicate demand id "north-quota"' },
    { path: "tracks[0].participants[1]", message: 'no actor "southland"' },
    { path: "tracks[1].date", message: "2030-04-28 is before 2030-05-01" },
    { path: "tracks[1].agenda[0].issue", message: 'no issue "harbor"; did you mean "harbour"?' },
    { path: "injects[0].track", message: 'track "first-round" can never be held' },
  ],
};

const FORMAT_2: Readonly<Record<string, readonly Expected[]>> = {
  "format-version-unknown.json": [
    { path: "formatVersion", message: "is 3, a format newer than this engine reads" },
  ],
  "format-version-text.json": [
    { path: "formatVersion", message: 'should be the number 2, not the text "2"', suggestion: "2" },
  ],
  "partner-unknown.json": [
    {
      path: "actors[2].partners[0]",
      message: 'no actor "unoin"; did you mean "union"?',
      suggestion: "union",
    },
  ],
  "partner-also-ally.json": [
    { path: "actors[0].partners[0]", message: '"belcour" is already among its allies' },
  ],
  "type-duplicate-id.json": [
    {
      path: "actors[0].types[1].id",
      message: 'duplicate type id "militant" in actor "union": actors[0].types[0] already uses it',
    },
  ],
  "type-probabilities.json": [
    { path: "actors[0].types", message: "the probabilities of the types sum to 0.9; they must sum to 1" },
  ],
  "type-weight-unknown-issue.json": [
    {
      path: "actors[0].types[1].weights.shift-rule",
      message: 'no issue "shift-rule"; did you mean "shift-rules"?',
      suggestion: "shift-rules",
    },
  ],
  "type-weights-need-values.json": [
    {
      path: "issues[3].values.dravia",
      message: 'no values for actor "dravia", but actor "dravia" weights this issue when of type "joiner"',
    },
  ],
  "range-upside-down.json": [
    {
      path: "actors[1].reservationRange",
      message: 'runs from 0.45 down to 0.35; "min" must be at most "max"',
    },
  ],
  "party-not-participant.json": [
    {
      path: "tracks[0].parties[1]",
      message: '"employeer" is not a participant of this track; did you mean "employer"?',
      suggestion: "employer",
    },
  ],
  "bilateral-three-parties.json": [
    { path: "tracks[0].parties", message: "a bilateral track has exactly 2 parties, not 3" },
  ],
  "bilateral-chair-is-party.json": [
    {
      path: "tracks[1].chair",
      message: 'a bilateral track has no chair among its parties, and "union" is one',
    },
  ],
  "bilateral-extra-participant.json": [
    {
      path: "tracks[0].participants[2]",
      message: '"conciliator" is neither one of the 2 parties nor the chair',
    },
  ],
  "delegation-not-participant.json": [
    {
      path: "tracks[1].delegations.conciliatr",
      message: 'actor "conciliatr" does not take part in this track; did you mean "conciliator"?',
      suggestion: "conciliator",
    },
  ],
  "end-before-start.json": [
    { path: "tracks[1].endDate", message: "2031-03-09 is before 2031-03-10, the day the meeting starts" },
  ],
  "track-overlaps.json": [
    { path: "tracks[1].date", message: "2032-05-16 is before 2032-05-17, the day tracks[0] ends" },
  ],
  "packages-one-issue.json": [
    {
      path: "tracks[1].negotiation",
      message:
        '"packages" needs at least 2 different issues on the agenda to make a package of, and this agenda has 1',
    },
  ],
  "walk-out-typo.json": [
    {
      path: "tracks[0].walkOut",
      message:
        'should be one of "ends-game", "ends-track", not the text "end-track"; did you mean "ends-track"?',
      suggestion: "ends-track",
    },
  ],
  "negotiation-typo.json": [
    { path: "tracks[0].negotiation", message: 'did you mean "packages"?', suggestion: "packages" },
  ],
  "draft-unknown-names.json": [
    {
      path: "drafts[0].terms.wage-increase",
      message: 'issue "wage-increase" has no option "four-percnt"; did you mean "four-percent"?',
      suggestion: "four-percent",
    },
    {
      path: "drafts[0].terms.shift-rule",
      message: 'no issue "shift-rule"; did you mean "shift-rules"?',
      suggestion: "shift-rules",
    },
    {
      path: "drafts[1].actor",
      message: 'no actor "employr"; did you mean "employer"?',
      suggestion: "employer",
    },
  ],
  "draft-no-terms.json": [{ path: "drafts[1].terms", message: "names no issue" }],
  "draft-against-own-red-line.json": [
    {
      path: "drafts[1].terms.wage-increase",
      message:
        'actor "employer" drafts option "six-percent", which its own red line "employer-no-six" forbids',
    },
  ],
  "line-unknown-names.json": [
    { path: "lines[1].actor", message: 'no actor "employr"', suggestion: "employer" },
    { path: "lines[1].issue", message: 'no issue "arbitraton"', suggestion: "arbitration" },
    { path: "lines[1].track", message: 'no track "second-sesion"', suggestion: "second-session" },
  ],
  "line-never-quoted.json": [
    {
      path: "lines[0].actor",
      message: 'actor "dravia" does not take part in track "signing-group", so this line is never quoted',
    },
    {
      path: "lines[1].issue",
      message:
        'issue "cleanup-fund" is not on the agenda of track "signing-group", so this line is never quoted',
    },
  ],
  "epilogue-out-of-order.json": [
    { path: "epilogue[1].date", message: "2031-03-15 is before 2031-03-20, the date of epilogue[0]" },
    { path: "epilogue[2].date", message: "2031-03-05 is before 2031-03-11, the last day of the talks" },
  ],
  "inject-reservation-unknown-actor.json": [
    {
      path: "injects[0].effect.reservation[0].actor",
      message: 'no actor "unoin"; did you mean "union"?',
      suggestion: "union",
    },
  ],
  "history-terms-unknown-names.json": [
    { path: "history.moves[0].actor", message: 'no actor "unoin"', suggestion: "union" },
    {
      path: "history.moves[1].terms.wage-increse",
      message: 'no issue "wage-increse"; did you mean "wage-increase"?',
      suggestion: "wage-increase",
    },
    {
      path: "history.moves[2].terms.wage-increase",
      message: 'issue "wage-increase" has no option "four-percnt"',
      suggestion: "four-percent",
    },
    { path: "history.moves[3].issues[0]", message: 'no issue "arbitraton"', suggestion: "arbitration" },
  ],
  "new-fields-unknown-sources.json": [
    { path: "actors[0].types[0].sources[0]", message: 'no source "M5"' },
    { path: "tracks[1].delegations.union[0].sources[0]", message: 'no source "M6"' },
    { path: "drafts[0].sources[0]", message: 'no source "M7"' },
    { path: "lines[0].sources[0]", message: 'no source "M8"' },
    { path: "epilogue[0].sources[0]", message: 'no source "M0"' },
  ],
};

const BROKEN: Readonly<Record<string, readonly Expected[]>> = { ...FORMAT_1, ...FORMAT_2 };

const brokenDir = "tests/fixtures/broken";

function problemsOf(file: string): ScenarioIssue[] {
  const result = parseScenarioJson(readFileSync(repoPath(`${brokenDir}/${file}`), "utf8"));
  if (result.ok) throw new Error(`${file} validated, but it is broken on purpose`);
  return result.error;
}

function expectProblem(problems: readonly ScenarioIssue[], expected: Expected): void {
  const found = problems.find((p) => p.path === expected.path && p.message.includes(expected.message));
  expect(
    found,
    `expected ${expected.path}: …${expected.message}… among\n${problems.map(formatScenarioIssue).join("\n")}`,
  ).toBeDefined();
  if (expected.suggestion !== undefined) expect(found?.suggestion).toBe(expected.suggestion);
}

describe("broken scenario fixtures", () => {
  const files = readdirSync(repoPath(brokenDir)).sort();

  it("has a table entry for every fixture, and a fixture for every entry (at least 20)", () => {
    expect(files).toEqual(Object.keys(BROKEN).sort());
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it("lists each fixture under the format it is written in", () => {
    const versionOf = (file: string): unknown => {
      try {
        const data: unknown = JSON.parse(readFileSync(repoPath(`${brokenDir}/${file}`), "utf8"));
        return typeof data === "object" && data !== null && "formatVersion" in data
          ? data.formatVersion
          : undefined;
      } catch {
        return undefined;
      }
    };
    for (const file of Object.keys(FORMAT_1)) expect([1, undefined], file).toContain(versionOf(file));
    for (const file of Object.keys(FORMAT_2)) expect(versionOf(file), file).not.toBe(1);
    expect(Object.keys(FORMAT_2).length).toBeGreaterThanOrEqual(25);
  });

  it.each(Object.entries(BROKEN))("%s gives exactly its own problems", (file, expected) => {
    const problems = problemsOf(file);
    for (const e of expected) expectProblem(problems, e);
    expect(problems.map(formatScenarioIssue)).toHaveLength(expected.length);
  });

  it("formats a typo the way the docs show it", () => {
    const [problem] = problemsOf("agenda-issue-typo.json");
    expect(problem && formatScenarioIssue(problem)).toBe(
      'tracks[1].agenda[0].issue: no issue "harbor"; did you mean "harbour"?',
    );
  });

  it("reports every mistake of a file at once, structural and semantic together", () => {
    const problems = problemsOf("several-mistakes.json");
    expect(problems).toHaveLength(7);
    const paths = problems.map((p) => p.path);
    expect(paths).toContain("actors[0].reservation"); // structure (zod)
    expect(paths).toContain("tracks[1].agenda[0].issue"); // meaning (validate.ts)
  });

  it("still checks references when the structure is badly broken", () => {
    const scenario = structuredClone(harbour());
    const item = scenario.tracks[0]?.agenda[0];
    if (item !== undefined) item.issue = "qouta";
    const { world: _world, formatVersion: _version, ...rest } = scenario;
    const broken = { ...rest, title: 42, actors: [...scenario.actors, "not an actor"] };
    const result = parseScenario(broken);
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.error.map(formatScenarioIssue);
    expect(lines).toContain("formatVersion: is missing; it should be 2");
    expect(lines).toContain("world: is missing; it should be an object");
    expect(lines).toContain("title: should be text, not 42");
    expect(lines).toContain('actors[3]: should be an object, not the text "not an actor"');
    // An actor without a readable id makes "no actor x" unsafe to say, but issues are still checked.
    expect(lines).toContain('tracks[0].agenda[0].issue: no issue "qouta"; did you mean "quota"?');
  });
});

describe("keys that could reach a prototype", () => {
  it("are rejected wherever they are, each with its path, before anything else is checked", () => {
    const text = `{"formatVersion": 2, "__proto__": {"polluted": true},
      "actors": [{"constructor": {"prototype": {"polluted": true}}}], "world": {"prototype": 1}}`;
    const result = parseScenarioJson(text);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.error.map((p) => p.path);
    expect(paths).toEqual(["__proto__", "actors[0].constructor", "world.prototype"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reads own properties only: inherited fields do not count and odd objects are refused", () => {
    const plain: unknown = JSON.parse(readFileSync(repoPath("tests/fixtures/harbour-talks.json"), "utf8"));
    const inherited = parseScenario(Object.create(plain as object));
    expect(inherited.ok).toBe(false);
    const withNullPrototype = Object.assign(Object.create(null) as object, plain);
    expect(parseScenario(withNullPrototype).ok).toBe(true);
  });

  it("never throws, whatever it is given", () => {
    const cyclic: Record<string, unknown> = { id: "x" };
    cyclic.self = cyclic;
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("trap");
        },
      },
    );
    const getter = Object.defineProperty({}, "id", { enumerable: true, get: () => "x" });
    const inputs: unknown[] = [undefined, null, 0, "text", [], cyclic, trap, getter, () => 1, new Map(), 10n];
    for (const input of inputs) {
      const result = parseScenario(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
    }
  });
});

describe("bounded work on huge or junk input", () => {
  it("refuses text over 5 MB without parsing it", () => {
    const result = parseScenarioJson(" ".repeat(SCENARIO_LIMITS.maxTextLength + 1));
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error[0]?.message).toContain("at most 5 MB");
  });

  it("returns an error for megabytes of junk JSON", () => {
    const junk = JSON.stringify({
      tracks: Array.from({ length: 90_000 }, (_, i) => ({ id: `t${i}`, junk: "x".repeat(20) })),
      actors: Array.from({ length: 20_000 }, (_, i) => ({ id: i, allies: [`a${i}`] })),
    });
    expect(junk.length).toBeGreaterThan(4_000_000);
    const result = parseScenarioJson(junk);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeLessThanOrEqual(SCENARIO_LIMITS.maxProblems);
  });

  it("stops at too many values and at deep nesting", () => {
    const many = parseScenario({ actors: new Array(2_000_000).fill({}) });
    expect(many.ok ? "" : many.error[0]?.message).toContain("more than 400000 values");
    const deep = parseScenarioJson(`${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}`);
    expect(deep.ok ? "" : deep.error[0]?.message).toContain("nested more than 64 levels deep");
  });

  it("lists at most 200 problems and says that it stopped", () => {
    const actors = Array.from({ length: 60 }, (_, i) => ({
      id: `A${i}`,
      name: 1,
      kind: "x",
      reservation: 5,
    }));
    const result = parseScenario({ actors });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toHaveLength(SCENARIO_LIMITS.maxProblems);
    expect(result.error.at(-1)?.message).toContain("more than 200 problems");
  });
});

describe("JSON text", () => {
  it("accepts a byte-order mark and reads the valid fixture", () => {
    const text = readFileSync(repoPath("tests/fixtures/harbour-talks.json"), "utf8");
    expect(parseScenarioJson(text).ok).toBe(true);
    expect(parseScenarioJson(`\uFEFF${text}`).ok).toBe(true);
  });

  it.each([
    ["", "the text is empty"],
    ['{"a": 1,}', 'line 1, column 9: a comma before "}"'],
    ["{\n  'a': 1\n}", "line 2, column 3: property names need double quotes, not single quotes"],
    ['{"a": [1, 2', 'line 1, column 12: the text ends too early; "]}" is missing at the end'],
    ['{"a": True}', 'line 1, column 7: "True" is not a JSON value'],
    ['{"a": 1} // note', "line 1, column 10: comments are not allowed in JSON"],
    ['{"a": "open', "line 1, column 7: this text is never closed"],
    ['{"a": 007}', "line 1, column 7: numbers cannot start with a 0"],
  ])("says where %j goes wrong", (text, message) => {
    const result = parseScenarioJson(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error[0]?.message).toContain(message);
  });
});

describe("suggestions", () => {
  it("finds the likely intended name", () => {
    expect(closestMatch("enlargment", ["sanctions", "enlargement", "missiles"])).toBe("enlargement");
    expect(closestMatch("Quota", ["harbour", "quota"])).toBe("quota");
    expect(closestMatch("sotuh", ["north", "south"])).toBe("south");
  });

  it("suggests nothing when nothing is close", () => {
    expect(closestMatch("southland", ["north", "south"])).toBeUndefined();
    expect(closestMatch("x", [])).toBeUndefined();
  });

  it("counts a swap of two neighbouring letters as one edit", () => {
    expect(editDistance("sotuh", "south")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("abc", "abc")).toBe(0);
  });
});
