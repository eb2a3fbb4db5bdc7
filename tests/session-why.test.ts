import { test as fcTest } from "@fast-check/vitest";
import {
  analyze,
  type DebriefFrontier,
  debriefFrontier,
  debriefZones,
  defaultParetoActors,
  dominates,
  type GameState,
  outcome,
  replay,
  roundUtility,
  scoredPackages,
  type ValidScenario,
  zopaFor,
} from "@parley/engine";
import { guidedPlay } from "@parley/engine/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { geneva, must, nrc, osce, week } from "./support/bots.js";
import { newGame, playChoices } from "./support/play.js";
import { harbour, runs } from "./support/scenarios.js";

/** A game of `scenario` played by picking legal moves by index. */
function gameOf(scenario: ValidScenario, seed: number, choices: readonly number[]): GameState {
  return playChoices(newGame(scenario, { seed }), choices).state;
}

/** A game of `scenario` guided towards agreements by the testing kit. */
function guidedGame(scenario: ValidScenario): GameState {
  const play = guidedPlay(scenario, "1", []);
  const played = replay(scenario, { seed: play.seed, moves: play.moves });
  if (!played.ok) throw new Error(`move ${played.error.index}: ${played.error.error.message}`);
  return played.value;
}

function partiesOf(scenario: ValidScenario, track: string): [string, string] {
  const t = scenario.tracks.find((x) => x.id === track);
  const [a, b] = t?.parties ?? t?.participants ?? [];
  if (a === undefined || b === undefined) throw new Error(`${track} has fewer than two parties`);
  return [a, b];
}

function vector(view: DebriefFrontier, utilities: Readonly<Record<string, number>>): number[] {
  return view.actors.map((a) => utilities[a] ?? Number.NaN);
}

describe("the debrief's zones of possible agreement", () => {
  it.each([geneva, nrc, osce, week])("are zopaFor's for each meeting, with the types drawn ($id)", (s) => {
    const state = gameOf(
      s,
      7,
      Array.from({ length: 30 }, (_, k) => k * 5),
    );
    const meetings = must(debriefZones(state));
    const played = outcome(state);
    expect(meetings.map((m) => m.track)).toEqual(s.tracks.map((t) => t.id));
    for (const m of meetings) {
      expect(m.types).toEqual(played.types);
      const expected = must(zopaFor(s, { track: m.track, types: played.types, settled: m.settled }));
      expect(m.zones).toEqual(expected);
      for (const zone of m.zones)
        for (const option of zone.options) expect(option.inZone).toBe(option.excludedBy.length === 0);
    }
  });

  it("leave out of a later meeting what an earlier one of this game agreed", () => {
    const state = guidedGame(week);
    const played = outcome(state);
    const meetings = must(debriefZones(state));
    // The guided game agrees at Geneva, so the later meetings have something settled.
    expect(Object.keys(meetings.at(-1)?.settled ?? {}).length).toBeGreaterThan(0);
    for (const [k, m] of meetings.entries()) {
      const before = played.tracks.filter((t) => meetings.slice(0, k).some((x) => x.track === t.track));
      for (const t of before)
        for (const issue of Object.keys(t.agreed)) {
          expect(m.settled[issue], `${m.track} ${issue}`).toBe(t.agreed[issue]);
          expect(m.zones.map((z) => z.issue)).not.toContain(issue);
        }
    }
  });
});

describe("the debrief's Pareto view of a meeting", () => {
  it.each([geneva, nrc, osce, week])("is analyze's, with this game's outcome placed in it ($id)", (s) => {
    const state = guidedGame(s);
    const played = outcome(state);
    for (const track of s.tracks) {
      const actors = partiesOf(s, track.id);
      const view = must(debriefFrontier(state, { track: track.id, actors }));
      const analysis = must(
        analyze(s, { track: track.id, actors, types: played.types, settled: view.settled, redLines: "mark" }),
      );
      expect(view.frontier).toEqual(analysis.frontier);
      expect(view.nash).toEqual(analysis.nash);
      expect(view.kalaiSmorodinsky).toEqual(analysis.kalaiSmorodinsky);
      expect(view.disagreement).toEqual(analysis.disagreement);
      expect(view.record).toEqual(analysis.record);
      expect(vector(view, view.game.utilities)).toEqual(
        actors.map((a) => roundUtility(played.utilities[a] ?? 0)),
      );
    }
  });

  fcTest.prop(
    [fc.constantFrom(harbour(), osce, geneva), fc.integer(), fc.array(fc.nat(), { maxLength: 80 })],
    {
      numRuns: runs(12),
    },
  )(
    "frontier points are undominated, points beyond red lines cross one, the game's point is the outcome's",
    (s, seed, choices) => {
      const state = gameOf(s, seed, choices);
      const track = s.tracks[Math.abs(seed) % s.tracks.length]?.id ?? "";
      const actors = partiesOf(s, track);
      const view = must(debriefFrontier(state, { track, actors }));
      const within = must(
        scoredPackages(s, { track, actors, types: view.types, settled: view.settled, redLines: "mark" }),
      ).filter((p) => (p.crosses ?? []).length === 0);
      for (const p of view.frontier) {
        const point = vector(view, p.utilities);
        expect(within.some((q) => dominates(vector(view, q.utilities), point))).toBe(false);
      }
      const forbidden = new Map((s.redLines ?? []).map((l) => [l.id, l]));
      for (const p of view.beyondRedLines) {
        expect(p.crosses?.length).toBeGreaterThan(0);
        for (const id of p.crosses ?? []) {
          const line = forbidden.get(id);
          expect(line?.forbidden).toContain(p.package[line?.issue ?? ""]);
        }
      }
      const played = outcome(state);
      expect(vector(view, view.game.utilities)).toEqual(
        actors.map((a) => roundUtility(played.utilities[a] ?? 0)),
      );
    },
  );

  it("covers the largest 2022 meeting: twelve issues on its agenda", () => {
    const state = gameOf(week, 1, []);
    const view = must(debriefFrontier(state, { track: "nato-russia-council", actors: ["nato", "russia"] }));
    expect(view.issues.length).toBe(12);
  });

  it("refuses, as data, actors that are not a list of two ids, as a JavaScript caller may pass", () => {
    const state = gameOf(osce, 1, []);
    type Options = Parameters<typeof debriefFrontier>[1];
    for (const actors of ["russia", 42, { 0: "russia", 1: "ukraine", length: 2 }, ["russia", 7]]) {
      const options = { track: "osce-permanent-council", actors } as unknown as Options;
      const result = debriefFrontier(state, options);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe("bad-actors");
    }
  });

  it("takes the meeting's first two parties when no actors are given", () => {
    const state = gameOf(week, 1, []);
    for (const track of week.tracks) {
      const pair = defaultParetoActors(week, track.id);
      expect(pair).toEqual((track.parties ?? track.participants).slice(0, 2));
      const view = must(debriefFrontier(state, { track: track.id }));
      expect(view.actors).toEqual(pair);
      expect(view).toEqual(must(debriefFrontier(state, { track: track.id, actors: pair })));
    }
  });

  it("refuses, as data, a forged state, other than two actors, an unknown meeting or actor", () => {
    const state = gameOf(osce, 1, []);
    const forged = { ...state, tension: state.tension + 3 };
    const cases = [
      [
        debriefFrontier(forged, { track: "osce-permanent-council", actors: ["russia", "ukraine"] }),
        "invalid-state",
      ],
      [debriefZones(forged), "invalid-state"],
      [debriefFrontier(state, { track: "osce-permanent-council", actors: ["russia"] }), "bad-actors"],
      [debriefFrontier(state, { track: "nowhere", actors: ["russia", "ukraine"] }), "unknown-track"],
      [
        debriefFrontier(state, { track: "osce-permanent-council", actors: ["russia", "mars"] }),
        "unknown-actor",
      ],
      [
        debriefFrontier(state, { track: "osce-permanent-council", actors: ["russia", "russia"] }),
        "duplicate-actor",
      ],
    ] as const;
    for (const [result, code] of cases) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message.length).toBeGreaterThan(0);
      }
    }
  });
});
