import { readFileSync } from "node:fs";
import {
  applyMove,
  checkMove,
  createGame,
  type GameState,
  legalMoves,
  type Move,
  outcome,
  replay,
  scenarioWarnings,
  transcript,
  type ValidScenario,
  zopa,
} from "@parley/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  citedKeys,
  deriveMeeting,
  MEETING_FILES,
  type ScenarioFile,
  WEEK_FILE,
} from "../scripts/2022/derive.js";
import { loadScenario, repoPath, runs } from "./support/scenarios.js";

/**
 * The four January 2022 scenarios (docs/scenarios-2022.md): one model of the week, from which the three
 * single-meeting files are derived; every fact sourced from the record (/work/shared/FACTS.md and
 * docs/facts-2022-supplement.md) and no source key in a text a player reads; who spoke at each meeting;
 * Russia's drafts on the table and refused; recorded events scheduled, not random; the epilogue.
 */

const FILES = {
  geneva: "scenarios/2022-01-10-geneva-strategic-stability.json",
  nrc: "scenarios/2022-01-12-nato-russia-council.json",
  osce: "scenarios/2022-01-13-osce-permanent-council.json",
  week: WEEK_FILE,
} as const;
type Name = keyof typeof FILES;

const raw = (file: string): ScenarioFile => JSON.parse(readFileSync(repoPath(file), "utf8")) as ScenarioFile;
const all = (Object.entries(FILES) as [Name, string][]).map(([name, file]) => ({
  name,
  file,
  scenario: loadScenario(file),
}));
const byName = (name: Name): ValidScenario => loadScenario(FILES[name]);

/** The record's keys (/work/shared/FACTS.md); B41 and B44a are known errors, never cited as facts. */
const RECORD_KEYS = new Set([
  "S1",
  "S2",
  ...[1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23].map((n) => `B${n}`),
  ...[25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 40, 43].map((n) => `B${n}`),
]);
/** The supplement's keys, from its table of sources. */
const SUPPLEMENT_KEYS = new Set(
  [...readFileSync(repoPath("docs/facts-2022-supplement.md"), "utf8").matchAll(/^\| (R\d+) \|/gm)].map(
    (m) => m[1] ?? "",
  ),
);

/** Every text in a scenario that a player may read: everything but source lists and the sources' own entries. */
function playerTexts(node: unknown, path = "", out: [string, string][] = []): [string, string][] {
  if (typeof node === "string") out.push([path, node]);
  else if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) playerTexts(child, `${path}[${i}]`, out);
  } else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "sources" || key === "$schema") continue;
      playerTexts(value, path === "" ? key : `${path}.${key}`, out);
    }
  }
  return out;
}

function replayed(scenario: ValidScenario): GameState {
  const history = scenario.history;
  if (history === undefined) throw new Error(`${scenario.id} has no history`);
  const result = replay(scenario, { seed: history.seed, moves: history.moves });
  if (!result.ok)
    throw new Error(`${scenario.id}: move ${result.error.index}: ${result.error.error.message}`);
  return result.value;
}

function start(scenario: ValidScenario, seed: string | number): GameState {
  const game = createGame(scenario, { seed });
  if (!game.ok) throw new Error(game.error.message);
  return game.value;
}

describe.each(all)("$name", ({ file, scenario }) => {
  it("is written in format 2, with the schema, and validates without warnings", () => {
    const data = raw(file);
    expect(data.$schema).toBe("./scenario.schema.json");
    expect(data.formatVersion).toBe(2);
    expect(scenarioWarnings(scenario)).toEqual([]);
  });

  it("cites only keys of the record and of the supplement, and lists exactly the keys it cites", () => {
    const { sources, ...rest } = scenario;
    const cited = citedKeys(rest);
    for (const key of cited) expect(RECORD_KEYS.has(key) || SUPPLEMENT_KEYS.has(key), key).toBe(true);
    expect(new Set(sources.map((s) => s.key))).toEqual(cited);
    expect(sources.map((s) => s.key)).not.toContain("B41");
    expect(sources.map((s) => s.key)).not.toContain("B44a");
  });

  it("keeps source keys out of every text a player reads", () => {
    const key = /\[[SBR]\d|\b(?:S[12]|B\d{1,2}a?|R\d{1,3})\b/;
    for (const [path, text] of playerTexts(raw(file))) expect(text, path).not.toMatch(key);
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

  it("has no zone of possible agreement on enlargement, and forbids every change of the open door", () => {
    const zones = new Map(zopa(scenario).map((z) => [z.issue, z]));
    if (zones.has("enlargement")) expect(zones.get("enlargement")?.zone).toEqual([]);
    const enlargement = scenario.issues.find((i) => i.id === "enlargement");
    for (const option of enlargement?.options ?? []) {
      if (option.id === enlargement?.statusQuo) continue;
      const lines = scenario.redLines.filter(
        (l) => l.issue === "enlargement" && l.forbidden.includes(option.id),
      );
      expect(lines.length, option.id).toBeGreaterThan(0);
    }
  });

  it("makes every recorded event a scheduled one that happens in every game, and no event random", () => {
    for (const inject of scenario.injects) {
      expect(inject.trigger.kind, inject.id).toBe("scheduled");
      if (inject.trigger.kind === "scheduled") expect(inject.trigger.probability, inject.id).toBe(1);
    }
  });

  it("gives every delegation at every meeting something to say in both tones", () => {
    for (const track of scenario.tracks) {
      for (const actor of track.participants) {
        for (const tone of ["firm", "conciliatory"] as const) {
          const lines = scenario.lines.filter(
            (l) => l.actor === actor && l.tone === tone && (l.track === undefined || l.track === track.id),
          );
          expect(lines.length, `${track.id} ${actor} ${tone}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it("tells what came after, from the written answers to the invasion", () => {
    const dates = scenario.epilogue.map((e) => e.date);
    expect(dates).toEqual(expect.arrayContaining(["2022-01-17", "2022-01-26", "2022-02-17", "2022-02-24"]));
    const statement = scenario.epilogue.find((e) => e.date === "2022-01-17");
    expect(statement?.sources).toContain("B23");
    // Said on 17 January, so not an event of any meeting.
    expect(scenario.injects.flatMap((i) => i.sources)).not.toContain("B23");
  });

  it("replays its history to a meeting without a breakthrough and no follow-up, within the reported lengths", () => {
    const got = outcome(replayed(scenario));
    expect(got.overall).toBe("no-breakthrough");
    for (const track of got.tracks) expect(track.followUp, track.track).toBe(false);
  });
});

describe("one model, four files", () => {
  const week = raw(WEEK_FILE);

  it.each(Object.entries(MEETING_FILES))(
    "derives %s's file from the week (scripts/derive-2022.ts)",
    (track, file) => {
      const derived = deriveMeeting(week, raw(file), track);
      if (typeof derived === "string") throw new Error(derived);
      expect(raw(file)).toEqual(JSON.parse(JSON.stringify(derived)));
    },
  );

  it("plays the three meetings of the week in date order", () => {
    expect(byName("week").tracks.map((t) => t.id)).toEqual(Object.keys(MEETING_FILES));
  });

  it("names the relation truthfully: the US and the allies are allies, Ukraine their partner without Article 5", () => {
    const actors = new Map(byName("week").actors.map((a) => [a.id, a]));
    expect(actors.get("nato")?.allies).toEqual(["united-states"]);
    expect(actors.get("united-states")?.allies).toEqual(["nato"]);
    expect(actors.get("nato")?.partners).toEqual(["ukraine"]);
    expect(actors.get("united-states")?.partners).toEqual(["ukraine"]);
    expect(actors.get("ukraine")?.allies).toEqual([]);
  });

  it("splits the build-up near Ukraine from withdrawal from Georgia, Ukraine and Moldova", () => {
    const issues = new Map(byName("week").issues.map((i) => [i.id, i]));
    expect(issues.get("de-escalation")?.kind).toBe("substance");
    expect(issues.get("withdrawal")?.options.map((o) => o.id)).toEqual(["forces-stay", "full-withdrawal"]);
  });

  it("makes the allies' offers offers to open talks: process issues", () => {
    const issues = new Map(byName("week").issues.map((i) => [i.id, i]));
    for (const id of [
      "arms-control-talks",
      "exercises-transparency",
      "risk-reduction",
      "missions",
      "written-answers",
    ])
      expect(issues.get(id)?.kind, id).toBe("process");
    expect(issues.get("enlargement")?.options.map((o) => o.id)).toContain("bucharest-withdrawn");
  });
});

describe("who sits where, and who speaks", () => {
  /** The names under which each actor's moves appear in a history's transcript, by meeting. */
  function speakers(scenario: ValidScenario): Map<string, Set<string>> {
    const seen = new Map<string, Set<string>>();
    for (const line of transcript(replayed(scenario))) {
      if (line.kind !== "move" || line.actor === null) continue;
      const key = `${line.track} ${line.actor}`;
      const who = /^[^(]*\(([^)]*)\)/.exec(line.text)?.[1] ?? "";
      seen.set(key, (seen.get(key) ?? new Set()).add(who));
    }
    return seen;
  }

  it("names each delegation's head at each meeting of the week", () => {
    const seen = speakers(byName("week"));
    const expected: Record<string, string> = {
      "geneva-strategic-stability united-states": "Wendy Sherman",
      "geneva-strategic-stability russia": "Sergei Ryabkov",
      "nato-russia-council nato": "Jens Stoltenberg",
      "nato-russia-council united-states": "Wendy Sherman",
      "nato-russia-council russia": "Alexander Grushko",
      "osce-permanent-council osce-chair": "Zbigniew Rau",
      "osce-permanent-council united-states": "Michael Carpenter",
      "osce-permanent-council russia": "Alexander Lukashevich",
      "osce-permanent-council ukraine": "Yevhenii Tsymbaliuk",
    };
    for (const [key, name] of Object.entries(expected))
      expect([...(seen.get(key) ?? [])], key).toEqual([name]);
    // Stoltenberg was in Brest, not Vienna, on 13 January.
    expect([...(seen.get("osce-permanent-council nato") ?? [])].join()).not.toMatch(/Stoltenberg/);
  });

  it("gives Ukraine's ambassador in Vienna a source", () => {
    const ukraine = byName("osce").actors.find((a) => a.id === "ukraine");
    expect(ukraine?.delegation[0]).toMatchObject({ name: "Yevhenii Tsymbaliuk", sources: ["R37"] });
  });

  it("Geneva: the US and Russia alone, every reported length kept", () => {
    const [track] = byName("geneva").tracks;
    expect(track?.format).toBe("bilateral");
    expect(track?.participants).toEqual(["united-states", "russia"]);
    expect(track?.reportedLength.map((r) => r.minutes)).toEqual([420, 450, 480]);
  });

  it("Brussels: Stoltenberg chairs the announced agenda, Ukraine is absent, both reported lengths are kept", () => {
    const [track] = byName("nrc").tracks;
    expect(track?.chair).toBe("nato");
    expect(track?.participants).not.toContain("ukraine");
    expect(track?.scheduledMinutes).toBe(180);
    expect(track?.reportedLength.map((r) => r.minutes)).toEqual([240, 300]);
  });

  it("Vienna: the chair presents his priorities and proposes a dialogue, as a mediator; Ukraine at the table", () => {
    const [track] = byName("osce").tracks;
    expect(track?.chair).toBe("osce-chair");
    expect(track?.parties).not.toContain("osce-chair");
    expect(track?.participants).toContain("ukraine");
    expect(track?.agenda.map((item) => item.issue)).toEqual([
      "de-escalation",
      "indivisible-security",
      "osce-dialogue",
    ]);
  });
});

describe("Russia tables its drafts, and the allies cannot agree to them", () => {
  /** Replays the history up to Russia's first package proposal; returns the state after it and its terms. */
  function tabled(scenario: ValidScenario): { state: GameState; move: Move } {
    const history = scenario.history;
    if (history === undefined) throw new Error("no history");
    let state = start(scenario, history.seed);
    for (const move of history.moves) {
      const next = applyMove(state, move);
      if (!next.ok) throw new Error(next.error.message);
      state = next.value.state;
      if (move.type === "propose" && move.actor === "russia" && Object.keys(move.terms).length > 1)
        return { state, move };
    }
    throw new Error(`${scenario.id}: Russia tables no package`);
  }

  it.each([
    ["geneva", "draft-treaty-us", "united-states"],
    ["nrc", "draft-agreement-nato", "nato"],
  ] as const)("%s: Russia tables its %s, and %s may not accept it", (name, draft, answerer) => {
    const scenario = byName(name);
    const { state, move } = tabled(scenario);
    const terms = scenario.drafts.find((d) => d.id === draft)?.terms ?? {};
    const agenda = new Set(scenario.tracks[0]?.agenda.map((item) => item.issue));
    expect(move.type === "propose" ? move.terms : {}).toEqual(
      Object.fromEntries(Object.entries(terms).filter(([issue]) => agenda.has(issue))),
    );
    const accept = checkMove(state, {
      type: "accept",
      actor: answerer,
      issues: Object.keys(move.type === "propose" ? move.terms : {}),
    });
    expect(accept.ok).toBe(false);
    if (!accept.ok) expect(["red-line", "outside-red-line"]).toContain(accept.error.code);
  });
});

describe("events are shown where they happen", () => {
  it("shows the first meeting's opening events before the first move", () => {
    const lines = transcript(start(byName("week"), 1));
    const texts = lines.filter((l) => l.kind === "event").map((l) => l.text);
    expect(texts.some((t) => /working dinner/.test(t))).toBe(true);
    expect(texts.some((t) => /100,000/.test(t))).toBe(true);
  });

  it("places each event in its own meeting", () => {
    const lines = transcript(replayed(byName("week")));
    const at = (pattern: RegExp) => lines.find((l) => l.kind === "event" && pattern.test(l.text));
    expect(at(/counter-containment/)?.track).toBe("osce-permanent-council");
    expect(at(/counter-containment/)?.minute).toBe(0);
    expect(at(/no plan and no intention/)?.track).toBe("geneva-strategic-stability");
    expect(at(/risk of war/)?.track).toBe("osce-permanent-council");
  });
});

describe("no agreement on enlargement unless a red line is crossed", () => {
  /** A game of random legal moves (composed packages aside): what any mix of players might do. */
  function randomGame(scenario: ValidScenario, seed: number, picks: readonly number[]): GameState {
    let state = start(scenario, seed);
    for (let k = 0; !outcome(state).finished; k++) {
      const moves = legalMoves(state);
      const move = moves[(picks[k % picks.length] ?? 0) % moves.length];
      if (move === undefined) break;
      const next = applyMove(state, move);
      if (!next.ok) throw new Error(next.error.message);
      state = next.value.state;
    }
    return state;
  }

  it.each(["nrc", "week"] as const)(
    "%s: random play agrees on enlargement only across a crossed red line",
    (name) => {
      const scenario = byName(name);
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 1e6 }),
          fc.array(fc.nat(), { minLength: 50, maxLength: 50 }),
          (seed, picks) => {
            const got = outcome(randomGame(scenario, seed, picks));
            if (got.agreed.enlargement !== undefined) expect(got.redLinesCrossed.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: runs(8) },
      );
    },
  );
});
