import { readFileSync } from "node:fs";
import {
  type AnalysisOptions,
  type AnalysisScenario,
  analyze,
  type Package,
  packageCount,
  packageUtility,
  paretoFrontier,
  type RedLineMode,
  roundUtility,
  type ScoredPackage,
  scoredPackages,
  zopaFor,
} from "@parley/engine";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../packages/engine/src/scenario/parse.js";
import type { Scenario } from "../packages/engine/src/scenario/schema.js";
import { full, repoPath } from "./support/scenarios.js";

/**
 * The analytics of model 2: per meeting, red lines respected (the default), ignored or marked, some
 * actors, hidden types, options already settled, process issues; on the January 2022 scenarios and small
 * format-2 fixtures. What the debrief needs is checked last.
 */

function value<T, E>(r: { ok: true; value: T } | { ok: false; error: E }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

function load(file: string): Scenario {
  return value(parseScenario(JSON.parse(readFileSync(repoPath(file), "utf8"))));
}

const nrc = load("scenarios/2022-01-12-nato-russia-council.json");
const week = load("scenarios/2022-01-security-week.json");

/** The red lines a package crosses, written out here: a forbidden option other than the status quo. */
function crossings(s: AnalysisScenario, pkg: Package): string[] {
  return (s.redLines ?? [])
    .filter((line) => {
      const option = pkg[line.issue];
      const issue = s.issues.find((i) => i.id === line.issue);
      return option !== undefined && option !== issue?.statusQuo && line.forbidden.includes(option);
    })
    .map((line) => line.id);
}

/** Every pair of the scenario's actors. */
function pairs(s: AnalysisScenario): string[][] {
  const ids = s.actors.map((a) => a.id);
  return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b]));
}

describe("one meeting at a time", () => {
  const track = nrc.tracks[0];
  if (track === undefined) throw new Error("the NRC has a track");
  const agenda = nrc.issues.map((i) => i.id).filter((id) => track.agenda.some((item) => item.issue === id));

  it("varies the issues of the meeting's agenda, among its parties; the others stay at their status quo", () => {
    // In the week, so that some issues are on another meeting's agenda (the NRC's file has only its own).
    const a = value(analyze(week, { track: track.id }));
    expect(a.track).toBe(track.id);
    expect(a.actors).toEqual(track.parties ?? track.participants);
    expect(a.issues).toEqual(agenda);
    const others = week.issues.filter((i) => !agenda.includes(i.id));
    expect(others.length).toBeGreaterThan(0);
    expect(a.fixed).toEqual(Object.fromEntries(others.map((i) => [i.id, i.statusQuo])));
    for (const p of a.frontier) expect(Object.keys(p.package)).toEqual(agenda);
    // Packages: per agenda issue, the options behind no red line, and the status quo.
    const expected = agenda.reduce((n, id) => {
      const issue = week.issues.find((i) => i.id === id);
      const open = (issue?.options ?? []).filter(
        (o) => o.id === issue?.statusQuo || crossings(week, { [id]: o.id }).length === 0,
      );
      return n * open.length;
    }, 1);
    expect(a.packages).toBe(expected);
    expect(value(packageCount(week, { track: track.id, redLines: "ignore" }))).toBe(
      agenda.reduce((n, id) => n * (week.issues.find((i) => i.id === id)?.options.length ?? 0), 1),
    );
  });

  it("without a track, every issue on some agenda varies", () => {
    const onSomeAgenda = week.issues
      .map((i) => i.id)
      .filter((id) => week.tracks.some((t) => t.agenda.some((item) => item.issue === id)));
    expect(value(analyze(week)).issues).toEqual(onSomeAgenda);
    const geneva = week.tracks[0];
    expect(value(zopaFor(week, { track: geneva?.id ?? "" })).map((z) => z.issue)).toEqual(
      week.issues.map((i) => i.id).filter((id) => geneva?.agenda.some((item) => item.issue === id)),
    );
  });

  it("options already settled stay where they are and are no longer analysed", () => {
    const osce = week.tracks.find((t) => t.id === "osce-permanent-council");
    if (osce === undefined) throw new Error("the week has the OSCE meeting");
    const settled = { "de-escalation": "partial-pull-back" };
    const a = value(analyze(week, { track: osce.id, settled }));
    expect(a.issues).not.toContain("de-escalation");
    expect(a.fixed).toMatchObject(settled);
    for (const p of value(scoredPackages(week, { track: osce.id, settled }))) {
      for (const actor of a.actors) {
        expect(p.utilities[actor]).toBe(
          roundUtility(packageUtility(week, actor, { ...settled, ...p.package })),
        );
      }
    }
    expect(analyze(week, { settled: { withdrawal: "nowhere" } })).toMatchObject({
      ok: false,
      error: { code: "unknown-option", issue: "withdrawal", option: "nowhere" },
    });
    expect(analyze(week, { settled: { moon: "landing" } })).toMatchObject({
      ok: false,
      error: { code: "unknown-issue", issue: "moon" },
    });
  });
});

describe("red lines: no Nash or Kalai–Smorodinsky point behind one unless asked", () => {
  const cases = [nrc, week].flatMap((s) =>
    [undefined, ...s.tracks.map((t) => t.id)].flatMap((track) =>
      [undefined, ...pairs(s)].map((actors) => ({ s, track, actors })),
    ),
  );
  /**
   * Marking red lines over the whole week for a pair enumerates every package of the week twice (half a
   * million, about a quarter of a second each): by default one pair stands for the ten, every pair under
   * PARLEY_FULL=1. Every meeting is checked with every pair either way.
   */
  const wholeWeekPairs = (redLines: RedLineMode) =>
    cases.filter(
      ({ s, track, actors }, k, all) =>
        !(redLines === "mark" && s === week && track === undefined && actors !== undefined) ||
        full() ||
        all.findIndex((c) => c.s === week && c.track === undefined && c.actors !== undefined) === k,
    );

  it.each(["respect", "mark"] as const)("%s: never, for any meeting and any pair of actors", (redLines) => {
    let solutions = 0;
    const checked = wholeWeekPairs(redLines);
    for (const { s, track, actors } of checked) {
      const options: AnalysisOptions = {
        redLines,
        ...(track === undefined ? {} : { track }),
        ...(actors === undefined ? {} : { actors }),
      };
      if (redLines === "mark" && s === week && track === undefined && actors === undefined) {
        // Every package of the whole week for all five actors is more work than the analysis takes on.
        expect(analyze(s, options)).toMatchObject({ ok: false, error: { code: "too-much-work" } });
        continue;
      }
      const a = value(analyze(s, options));
      for (const point of [a.nash, a.kalaiSmorodinsky]) {
        if (!point.ok) continue;
        solutions++;
        expect(crossings(s, point.value.package), JSON.stringify(options)).toEqual([]);
      }
      expect(a.frontier.filter((p) => crossings(s, p.package).length > 0)).toEqual([]);
    }
    expect(solutions).toBeGreaterThan(checked.length);
  });

  it("ignore: the NRC parties' Nash point is behind red lines, which mark names", () => {
    const ignoring = value(analyze(nrc, { track: "nato-russia-council", redLines: "ignore" }));
    const nash = value(ignoring.nash);
    const crossed = crossings(nrc, nash.package);
    expect(crossed.length).toBeGreaterThan(0);
    const marked = value(analyze(nrc, { track: "nato-russia-council", redLines: "mark" }));
    expect(marked.ignoringRedLines?.nash).toEqual({ ok: true, value: { ...nash, crosses: crossed } });
    for (const p of marked.ignoringRedLines?.frontier ?? [])
      expect(p.crosses).toEqual(crossings(nrc, p.package));
  });

  it("the status quo is behind no red line: it holds without an agreement", () => {
    // Every other enlargement option is behind a red line (the allies', the US's and Ukraine's; Russia's on the
    // moratorium): every respecting package keeps the open door, the status quo.
    const enlargement = nrc.issues.find((i) => i.id === "enlargement");
    expect(enlargement?.statusQuo).toBe("open-door");
    const packages = value(scoredPackages(nrc, { track: "nato-russia-council" }));
    expect(new Set(packages.map((p) => p.package.enlargement))).toEqual(new Set(["open-door"]));
    // As an agreement it is excluded all the same: Russia's reservation value.
    const zone = value(zopaFor(nrc)).find((z) => z.issue === "enlargement");
    expect(zone?.options[0]?.excludedBy).toContainEqual(
      expect.objectContaining({ kind: "reservation", actor: "russia" }),
    );
    expect(zone?.options[1]?.excludedBy).toContainEqual({
      kind: "red-line",
      actor: "russia",
      redLine: "russia-legally-binding",
    });
  });
});

// A small format-2 scenario: a process issue (more talks) beside a substance issue, and a hidden type.
//   South weights quota 1, harbour 3 publicly; as a "port-first" type it weights only the harbour and wants
//   0.3. North weights quota 3, harbour 1, talks 1 … see the values below.
const typed = value(
  parseScenario({
    formatVersion: 2,
    id: "typed",
    title: "Typed",
    summary: "Two neighbours, a harbour and more talks.",
    sources: [{ key: "T", title: "Test" }],
    actors: [
      {
        id: "north",
        name: "North",
        kind: "state",
        delegation: [],
        weights: { quota: 3, harbour: 1, talks: 1 },
        reservation: 0.2,
        persona: "linear",
        sources: ["T"],
      },
      {
        id: "south",
        name: "South",
        kind: "state",
        delegation: [],
        weights: { quota: 1, harbour: 3, talks: 1 },
        reservation: 0.2,
        persona: "linear",
        types: [
          {
            id: "port-first",
            title: "Port first",
            probability: 0.5,
            weights: { harbour: 1 },
            reservation: 0.3,
            sources: ["T"],
          },
          { id: "plain", title: "Plain", probability: 0.5, sources: ["T"] },
        ],
        sources: ["T"],
      },
    ],
    issues: [
      {
        id: "quota",
        title: "Quota",
        options: [
          { id: "north-most", label: "North most" },
          { id: "even", label: "Even" },
          { id: "south-most", label: "South most" },
        ],
        statusQuo: "even",
        values: {
          north: { "north-most": 1, even: 0.5, "south-most": 0 },
          south: { "north-most": 0, even: 0.5, "south-most": 1 },
        },
        sources: ["T"],
      },
      {
        id: "harbour",
        title: "Harbour",
        options: [
          { id: "closed", label: "Closed" },
          { id: "joint", label: "Joint" },
          { id: "south-run", label: "South-run" },
        ],
        statusQuo: "closed",
        values: {
          north: { closed: 0.4, joint: 0.8, "south-run": 0 },
          south: { closed: 0.1, joint: 0.6, "south-run": 1 },
        },
        sources: ["T"],
      },
      {
        id: "talks",
        title: "More talks",
        kind: "process",
        options: [
          { id: "none", label: "None" },
          { id: "expert-group", label: "An expert group" },
        ],
        statusQuo: "none",
        values: { north: { none: 0, "expert-group": 1 }, south: { none: 0.2, "expert-group": 0.8 } },
        sources: ["T"],
      },
    ],
    tracks: [
      {
        id: "round",
        title: "Round",
        venue: "Here",
        date: "2030-01-01",
        format: "bilateral",
        chair: null,
        participants: ["north", "south"],
        agenda: [
          { issue: "harbour", minutes: 30 },
          { issue: "talks", minutes: 30 },
        ],
        scheduledMinutes: 60,
        maxOverrunMinutes: 0,
        sources: ["T"],
      },
    ],
    world: { tension: 0, cohesion: 50, defaultTrust: 50 },
  }),
);

describe("process issues and hidden types", () => {
  it("a process issue varies like any other", () => {
    const a = value(analyze(typed));
    expect(a.issues).toEqual(["harbour", "talks"]);
    expect(a.fixed).toEqual({ quota: "even" });
    expect(a.packages).toBe(6);
    // More talks are worth more to both: every frontier package has them.
    expect(a.frontier.every((p) => p.package.talks === "expert-group")).toBe(true);
  });

  it("analyses use the public weights by default, and a chosen type's when asked", () => {
    const open = value(analyze(typed));
    expect(open.types).toEqual({});
    expect(open.disagreement).toEqual({ north: 0.2, south: 0.2 });
    const revealed = value(analyze(typed, { types: { south: "port-first" } }));
    expect(revealed.types).toEqual({ south: "port-first" });
    expect(revealed.disagreement).toEqual({ north: 0.2, south: 0.3 });
    // As port-first, south's utility is its value of the harbour option alone.
    for (const p of revealed.frontier) {
      const harbour = typed.issues.find((i) => i.id === "harbour");
      expect(p.utilities.south).toBe(harbour?.values.south?.[p.package.harbour ?? ""]);
    }
    // A type without weights or reservation keeps the public ones.
    expect(value(analyze(typed, { types: { south: "plain" } })).frontier).toEqual(open.frontier);
    expect(value(zopaFor(typed, { types: { south: "port-first" } }))[0]?.options[0]?.utilities.south).toBe(
      0.1,
    );
  });
});

describe("what the debrief needs, for two chosen actors", () => {
  const options = {
    track: "nato-russia-council",
    actors: ["russia", "united-states"],
    redLines: "mark",
  } as const;

  it("every package, told apart when behind a red line; the frontiers; Nash and KS; the outcome's place", () => {
    const all = value(scoredPackages(nrc, options));
    const a = value(analyze(nrc, options));
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(all).toHaveLength(a.packages);
    expect(all.filter((p) => (p.crosses ?? []).length > 0).length).toBeGreaterThan(0);
    // One comparison for the ninety thousand packages: an `expect` each costs more than the analysis.
    const wrong = all.filter((p) => JSON.stringify(p.crosses) !== JSON.stringify(crossings(nrc, p.package)));
    expect(wrong).toEqual([]);
    const byIndex = new Map(all.map((p) => [p.index, p]));
    const frontiers = [...a.frontier, ...(a.ignoringRedLines?.frontier ?? [])];
    expect(frontiers.map((p) => byIndex.get(p.index))).toEqual(frontiers);
    const solutions: ScoredPackage[] = [value(a.nash), value(a.kalaiSmorodinsky)];
    for (const p of solutions) {
      expect(p.crosses).toEqual([]);
      expect(byIndex.get(p.index)?.utilities).toEqual(p.utilities);
    }
    // The record's outcome (nothing agreed) placed among them.
    const record = a.record;
    expect(record?.agreed).toEqual(Object.fromEntries(nrc.issues.map((i) => [i.id, i.statusQuo])));
    expect(record?.crosses).toEqual([]);
    expect(record?.distanceToNash).toBeGreaterThan(0);
    expect(typeof record?.distanceToKalaiSmorodinsky).toBe("number");
    expect(value(paretoFrontier(nrc, options))).toEqual(a.frontier);
  });

  it("per issue, the ZOPA with what excludes each option: whose red line, or whose reservation value", () => {
    const zones = value(zopaFor(nrc, options));
    expect(zones.map((z) => z.issue)).toEqual(value(analyze(nrc, options)).issues);
    const enlargement = zones.find((z) => z.issue === "enlargement");
    expect(enlargement?.zone).toEqual([]);
    expect(enlargement?.why).toContain("russia's red line russia-legally-binding");
    for (const zone of zones) {
      for (const o of zone.options) {
        for (const x of o.excludedBy) {
          if (x.kind === "red-line") {
            expect(nrc.redLines.find((r) => r.id === x.redLine)?.actor).toBe(x.actor);
          } else {
            expect(options.actors).toContain(x.actor);
            expect(x.utility).toBeLessThan(x.reservation);
          }
        }
      }
    }
  });
});
