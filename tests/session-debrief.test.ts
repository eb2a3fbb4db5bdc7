import { test as fcTest } from "@fast-check/vitest";
import {
  debrief,
  type GameState,
  gameMoves,
  outcome,
  packageUtility,
  replay,
  type ValidScenario,
} from "@parley/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { geneva, must, nrc, week } from "./support/bots.js";
import { newGame, playChoices } from "./support/play.js";
import { harbour } from "./support/scenarios.js";

function recordGame(scenario: ValidScenario): GameState {
  const h = scenario.history;
  if (h === undefined) throw new Error(`${scenario.id} has no record`);
  const played = replay(scenario, { seed: h.seed, moves: h.moves });
  if (!played.ok) throw new Error(`move ${played.error.index}: ${played.error.error.message}`);
  return played.value;
}

describe("the debrief of a game", () => {
  it.each([nrc, geneva, week])(
    "of the record itself ($id) matches the record, meeting by meeting",
    (scenario) => {
      const state = recordGame(scenario);
      const d = must(debrief(state));
      const played = outcome(state);
      expect(d.overall).toEqual({ game: played.overall, record: scenario.history?.outcome.overall });
      for (const meeting of d.meetings) {
        const result = played.tracks.find((t) => t.track === meeting.track);
        expect(meeting.game?.result, meeting.track).toBe(result?.result);
        expect(meeting.game?.tension, meeting.track).toBe(meeting.record?.tension);
        if (meeting.record?.followUp !== undefined) expect(meeting.asRecorded, meeting.track).toBe(true);
      }
      for (const actor of d.actors) expect(actor.utility, actor.actor).toBe(actor.record);
    },
  );

  it("names every source it cites by its title, and carries the scenario's epilogue", () => {
    const d = must(debrief(recordGame(week)));
    const titles = new Map(week.sources.map((s) => [s.key, s.title]));
    const cited = [...d.meetings.flatMap((m) => m.reportedLengths), ...d.epilogue].flatMap((x) => x.sources);
    expect(cited.length).toBeGreaterThan(0);
    for (const source of cited) expect(source.title).toBe(titles.get(source.key));
    expect(d.epilogue.map((e) => e.date)).toEqual(week.epilogue.map((e) => e.date));
  });

  it("refuses a state that is not a game's, with a message", () => {
    const state = newGame(harbour(), { seed: 1 });
    const forged = { ...state, tension: state.tension + 7 };
    const d = debrief(forged);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.error.code).toBe("invalid-state");
  });

  fcTest.prop([fc.constantFrom(harbour(), nrc), fc.integer(), fc.array(fc.nat(), { maxLength: 120 })], {
    numRuns: 25,
  })(
    "follows the game move by move: one point per move, each as the game stood",
    (scenario, seed, choices) => {
      const { state } = playChoices(newGame(scenario, { seed }), choices);
      const d = must(debrief(state));
      const moves = gameMoves(state);
      expect(d.course.map((p) => p.move)).toEqual([-1, ...moves.map((_, k) => k)]);
      const last = d.course.at(-1);
      expect(last?.tension).toBe(state.tension);
      expect(last?.cohesion).toBe(state.cohesion);
      expect(last?.trust).toEqual(state.trust);
      const played = outcome(state);
      for (const actor of scenario.actors) {
        expect(last?.agreed[actor.id]).toBeCloseTo(packageUtility(scenario, actor.id, played.agreed), 12);
        expect(last?.table[actor.id]).toBeGreaterThanOrEqual(last?.agreed[actor.id] ?? 0);
      }
      // Every event that fired is news somewhere on the course, once.
      const injects = d.course.flatMap((p) => p.marks).filter((m) => m.kind === "inject");
      expect(injects.length).toBe(state.injects.filter((status) => status === "fired").length);
      const ended = d.course.flatMap((p) => p.marks).filter((m) => m.kind === "meeting-ended");
      expect(ended.map((m) => m.track)).toEqual(played.tracks.map((t) => t.track));
      expect(d.meetings.filter((m) => m.game !== null).map((m) => m.game?.result)).toEqual(
        played.tracks.map((t) => t.result),
      );
    },
  );
});
