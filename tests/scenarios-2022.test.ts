import { readFileSync } from "node:fs";
import { applyMove, createGame, currentActor, type Scenario, zopa } from "@parley/engine";
import { describe, expect, it } from "vitest";
import { playMoves } from "./support/play.js";
import { loadScenario, repoPath } from "./support/scenarios.js";

/**
 * The four January 2022 scenarios: one shared model of the week (same actors, issues, values, demands and red
 * lines in every file), every fact sourced from the record, and the analytics the design promises (no zone
 * of possible agreement on enlargement, one on risk reduction).
 */

const FILES = {
  geneva: "scenarios/2022-01-10-geneva-strategic-stability.json",
  nrc: "scenarios/2022-01-12-nato-russia-council.json",
  osce: "scenarios/2022-01-13-osce-permanent-council.json",
  week: "scenarios/2022-01-security-week.json",
} as const;

const ACTOR_IDS = ["united-states", "russia", "nato", "ukraine", "osce-chair"];
const ISSUE_IDS = [
  "enlargement",
  "forces-in-new-allies",
  "intermediate-missiles",
  "exercises-transparency",
  "risk-reduction",
  "withdrawal",
  "dialogue-future",
];
/** Source keys of the record (/work/shared/FACTS.md); B41 and B44a are known errors, never cited as facts. */
const RECORD_KEYS = new Set([
  "S1",
  "S2",
  ...[1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23].map((n) => `B${n}`),
  ...[25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 40, 43].map((n) => `B${n}`),
]);

const raw = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(repoPath(file), "utf8")) as Record<string, unknown>;
const all = Object.entries(FILES).map(([name, file]) => ({ name, file, scenario: loadScenario(file) }));
const byName = (name: keyof typeof FILES): Scenario => loadScenario(FILES[name]);

/** Every source key cited anywhere in a scenario: in `sources` lists and in [S1, B2]-style brackets. */
function citedKeys(node: unknown, out = new Set<string>()): Set<string> {
  if (typeof node === "string") {
    for (const bracket of node.matchAll(/\[([^\]]+)\]/g)) {
      for (const key of (bracket[1] ?? "").split(/,\s*/)) if (/^(S|B)\d+a?$/.test(key)) out.add(key);
    }
  } else if (Array.isArray(node)) {
    for (const child of node) citedKeys(child, out);
  } else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "sources" && Array.isArray(value) && value.every((v) => typeof v === "string")) {
        for (const v of value) out.add(v);
      } else citedKeys(value, out);
    }
  }
  return out;
}

describe.each(all)("$name", ({ file, scenario }) => {
  it("declares the schema and format version", () => {
    const data = raw(file);
    expect(data.$schema).toBe("./scenario.schema.json");
    expect(data.formatVersion).toBe(1);
  });

  it("uses the shared actor and issue ids", () => {
    for (const actor of scenario.actors) expect(ACTOR_IDS).toContain(actor.id);
    expect(scenario.issues.map((i) => i.id)).toEqual(ISSUE_IDS);
  });

  it("cites only keys of the record, lists each one it cites, and lists none it does not cite", () => {
    const { sources, ...rest } = scenario;
    const cited = citedKeys(rest);
    const listed = sources.map((s) => s.key);
    for (const key of cited) expect(RECORD_KEYS.has(key), key).toBe(true);
    expect(new Set(listed)).toEqual(cited);
    expect(listed).not.toContain("B41");
    expect(listed).not.toContain("B44a");
  });

  it("has no zone of possible agreement on enlargement and one on risk reduction", () => {
    const zones = new Map(zopa(scenario).map((z) => [z.issue, z]));
    expect(zones.get("enlargement")?.zone).toEqual([]);
    expect(zones.get("risk-reduction")?.zone).toContain("hotlines-incident-prevention");
  });

  it("forbids every enlargement option by some red line", () => {
    const enlargement = scenario.issues.find((i) => i.id === "enlargement");
    for (const option of enlargement?.options ?? []) {
      const lines = scenario.redLines.filter(
        (l) => l.issue === "enlargement" && l.forbidden.includes(option.id),
      );
      expect(lines.length, option.id).toBeGreaterThan(0);
    }
  });

  it("keeps the record's venues and dates (not the wrong ones of some secondary reports)", () => {
    const where: Record<string, [string, RegExp]> = {
      "geneva-strategic-stability": ["2022-01-10", /Geneva/],
      "nato-russia-council": ["2022-01-12", /Brussels/],
      "osce-permanent-council": ["2022-01-13", /Vienna/],
    };
    for (const track of scenario.tracks) {
      const [date, venue] = where[track.id] ?? ["", /$^/];
      expect(track.date, track.id).toBe(date);
      expect(track.venue, track.id).toMatch(venue);
    }
  });
});

describe("one model across the four files", () => {
  const week = byName("week");

  it("gives every actor, issue, demand and red line the same data wherever it appears", () => {
    for (const { scenario } of all) {
      const ids = new Set(scenario.actors.map((a) => a.id));
      for (const actor of scenario.actors) {
        const same = week.actors.find((a) => a.id === actor.id);
        const { delegation: _d, sources: _s, allies, ...rest } = actor;
        const { delegation: _wd, sources: _ws, allies: weekAllies, ...weekRest } = same ?? actor;
        expect(rest, actor.id).toEqual(weekRest);
        expect(allies, actor.id).toEqual(weekAllies.filter((a) => ids.has(a)));
      }
      for (const issue of scenario.issues) {
        const same = week.issues.find((i) => i.id === issue.id);
        expect({ ...issue, values: undefined }).toEqual({ ...same, values: undefined });
        for (const [actor, values] of Object.entries(issue.values)) {
          expect(values, `${issue.id} ${actor}`).toEqual(same?.values[actor]);
        }
      }
      for (const line of scenario.redLines) expect(line).toEqual(week.redLines.find((l) => l.id === line.id));
      for (const demand of scenario.demands)
        expect(demand).toEqual(week.demands.find((d) => d.id === demand.id));
      for (const track of scenario.tracks) expect(track).toEqual(week.tracks.find((t) => t.id === track.id));
    }
  });

  it("plays the three meetings of the week in date order", () => {
    expect(week.tracks.map((t) => t.id)).toEqual([
      "geneva-strategic-stability",
      "nato-russia-council",
      "osce-permanent-council",
    ]);
  });

  it("opens the week with Russia's December 2021 draft texts as its demands", () => {
    const russian = week.demands.filter((d) => d.actor === "russia").map((d) => d.option);
    expect(russian).toEqual(
      expect.arrayContaining(["non-enlargement-treaty", "rollback-1997", "no-deployment-in-range"]),
    );
    expect(week.injects[0]?.id).toBe("december-draft-texts");
    expect(week.injects[0]?.sources).toContain("B30");
  });
});

describe("who sits where", () => {
  it("Geneva: the US and Russia alone, the allies' and Ukraine's red lines binding in their absence", () => {
    const [track] = byName("geneva").tracks;
    expect(track?.format).toBe("bilateral");
    expect(track?.participants).toEqual(["united-states", "russia"]);
    expect(track?.reportedLength.map((r) => r.minutes)).toEqual([450, 480]);
  });

  it("Brussels: Stoltenberg chairs, Ukraine is absent, both reported lengths are kept", () => {
    const [track] = byName("nrc").tracks;
    expect(track?.chair).toBe("nato");
    expect(track?.chairPerson).toMatch(/Stoltenberg/);
    expect(track?.participants).not.toContain("ukraine");
    expect(track?.scheduledMinutes).toBe(180);
    expect(track?.reportedLength.map((r) => r.minutes)).toEqual([240, 300]);
    expect(track?.agenda.map((item) => item.issue)).toEqual([
      "enlargement",
      "forces-in-new-allies",
      "intermediate-missiles",
      "withdrawal",
      "exercises-transparency",
      "risk-reduction",
    ]);
  });

  it("Vienna: the OSCE chair presides and Ukraine is at the table", () => {
    const [track] = byName("osce").tracks;
    expect(track?.chair).toBe("osce-chair");
    expect(track?.chairPerson).toMatch(/Rau/);
    expect(track?.participants).toContain("ukraine");
  });

  it("nothing about Ukraine without Ukraine: at the NRC, Russia cannot table non-enlargement", () => {
    const scenario = byName("nrc");
    const moves = scenario.history?.moves ?? [];
    let tried = false;
    playMoves(createGame(scenario, { seed: scenario.history?.seed ?? 0 }), moves, (state) => {
      const item = scenario.tracks[0]?.agenda[state.track.agendaIndex]?.issue;
      if (
        !tried &&
        currentActor(state) === "russia" &&
        state.track.phase === "agenda" &&
        item === "enlargement"
      ) {
        const refused = applyMove(state, {
          type: "propose",
          actor: "russia",
          issue: "enlargement",
          option: "non-enlargement-treaty",
        });
        expect(refused.ok).toBe(false);
        if (!refused.ok) expect(refused.error.code).toBe("absent-red-line");
        tried = true;
      }
    });
    expect(tried).toBe(true);
  });
});
