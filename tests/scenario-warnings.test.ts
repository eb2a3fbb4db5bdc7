import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatScenarioIssue, parseScenario } from "../packages/engine/src/scenario/parse.js";
import type { Scenario } from "../packages/engine/src/scenario/schema.js";
import { scenarioWarnings, WALK_OUT_MARGIN } from "../packages/engine/src/scenario/warnings.js";
import { DEFAULT_RULES } from "../packages/engine/src/vocabulary/rule-numbers.js";
import { packageUtility } from "../packages/engine/src/vocabulary/utility.js";
import { repoPath } from "./support/scenarios.js";

/**
 * Warnings: set-ups that are legal but almost certainly unintended. Each test changes one thing in a
 * fixture that has no warnings and expects exactly the warning it should give, at its path.
 */

/** The mediated-talks fixture as plain, editable data (defaults filled in). */
function mediated(): Scenario {
  const result = parseScenario(
    JSON.parse(readFileSync(repoPath("tests/fixtures/mediated-talks.json"), "utf8")),
  );
  if (!result.ok) throw new Error("mediated-talks.json does not parse");
  return structuredClone(result.value);
}

/** The warnings of an edited scenario (which must still be valid), in the one-line form. */
function warningsOf(edit: (scenario: Scenario) => void): string[] {
  const scenario = mediated();
  edit(scenario);
  const result = parseScenario(scenario);
  if (!result.ok) throw new Error(result.error.map(formatScenarioIssue).join("\n"));
  return scenarioWarnings(result.value).map(formatScenarioIssue);
}

function actor(scenario: Scenario, id: string): Scenario["actors"][number] {
  const found = scenario.actors.find((a) => a.id === id);
  if (found === undefined) throw new Error(`no actor ${id}`);
  return found;
}

describe("scenarioWarnings", () => {
  it("finds nothing in a scenario set up as intended", () => {
    expect(warningsOf(() => {})).toEqual([]);
  });

  it("warns of a reservation above the status quo by more than the walk-out margin", () => {
    const scenario = mediated();
    const statusQuo = packageUtility(scenario, "union", {});
    const justBelow = Math.round((statusQuo + WALK_OUT_MARGIN - 0.001) * 1000) / 1000;
    expect(
      warningsOf((s) => {
        actor(s, "union").reservation = justBelow;
      }),
    ).toEqual([]);
    expect(
      warningsOf((s) => {
        actor(s, "union").reservation = 0.5;
      }),
    ).toEqual([
      `actors[0].reservation: 0.5 is above actor "union"'s utility of the status quo (${Math.round(statusQuo * 1000) / 1000}) by more than 0.05: its bot would walk out at once`,
    ]);
  });

  it("judges a drawn reservation by the lowest it can be, and a type's by the type's own weights", () => {
    expect(
      warningsOf((s) => {
        actor(s, "employer").reservationRange = { min: 0.95, max: 1 };
      }),
    ).toHaveLength(1);
    expect(
      warningsOf((s) => {
        actor(s, "employer").reservationRange = { min: 0.5, max: 1 };
      }),
    ).toEqual([]);
    // "pragmatic" weights pay most; its status quo is worth 0.1 to it, against 0.15 by the union's weights.
    const pragmatic = (s: Scenario) => {
      const type = actor(s, "union").types[1];
      if (type === undefined) throw new Error("no second type");
      return type;
    };
    expect(
      warningsOf((s) => {
        pragmatic(s).reservation = 0.19;
      }),
    ).toEqual([
      'actors[0].types[1].reservation: 0.19 is above actor "union"\'s utility of the status quo (0.1) by more than 0.05: its bot would walk out at once',
    ]);
  });

  it("warns of a red line that forbids the status quo", () => {
    const lines = warningsOf((s) => {
      s.redLines[1]?.forbidden.push("current-rota");
    });
    expect(lines).toEqual([
      'redLines[1].forbidden[1]: forbids "current-rota", the status quo of issue "shift-rules", which holds whenever nothing is agreed: the red line cannot keep it out',
    ]);
  });

  it("warns of starting tension at the collapse limit, and not below it", () => {
    expect(
      warningsOf((s) => {
        s.world.tension = DEFAULT_RULES.collapseAt - 1;
      }),
    ).toEqual([]);
    expect(
      warningsOf((s) => {
        s.world.tension = DEFAULT_RULES.collapseAt;
      }),
    ).toEqual([
      "world.tension: is 100, the tension at which talks collapse: the first meeting would collapse at once",
    ]);
  });

  it("warns of an issue on no agenda", () => {
    const lines = warningsOf((s) => {
      for (const track of s.tracks)
        track.agenda = track.agenda.filter((item) => item.issue !== "arbitration");
      s.lines = s.lines.filter((line) => line.issue !== "arbitration");
    });
    expect(lines).toEqual([
      'issues[2].id: issue "arbitration" is on no track\'s agenda, so it is never negotiated and stays at its status quo',
    ]);
  });

  it("warns of an issue twice on one agenda, and not of one issue on two agendas", () => {
    const lines = warningsOf((s) => {
      s.tracks[0]?.agenda.push({ issue: "wage-increase", minutes: 10 });
    });
    expect(lines).toEqual([
      'tracks[0].agenda[3].issue: issue "wage-increase" is already on this agenda at tracks[0].agenda[0]; one item per issue is enough',
    ]);
  });
});
