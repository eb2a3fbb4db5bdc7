import {
  applyMove,
  currentActor,
  isOver,
  legalMoves,
  type Move,
  outcome,
  parseScenario,
  type Scenario,
  transcript,
  type ValidScenario,
} from "@parley/engine";
import { describe, expect, it } from "vitest";
import { newGame, play } from "./support/play.js";
import { harbour } from "./support/scenarios.js";

const scenario = harbour();
const createGame = newGame;

const pass = (actor: string): Move => ({ type: "pass", actor });
/** The harbour game after both opening statements: the agenda is at the fishing quota, Northland speaks. */
const atQuota = (s: ValidScenario = scenario) =>
  play(createGame(s, { seed: "rules" }), pass("north"), pass("south")).state;

describe("turns and phases", () => {
  it("opens with one opening move per participant, then takes the agenda in order", () => {
    const start = createGame(scenario, { seed: 1 });
    expect(currentActor(start)).toBe("north");
    expect(start.track.phase).toBe("opening");
    expect(legalMoves(start).map((m) => m.type)).toEqual([
      "statement",
      "statement",
      "offer-cbm",
      "walk-out",
      "pass",
    ]);
    const { state, events } = play(start, pass("north"), pass("south"));
    expect(state.track.phase).toBe("agenda");
    expect(events).toContainEqual({ type: "agenda-item", track: "first-round", issue: "quota" });
    expect(currentActor(state)).toBe("north");
  });

  it("moves to the next item when everyone passes in a row, and to closing after the last", () => {
    const { state, events } = play(atQuota(), pass("north"), pass("south"), pass("north"), pass("south"));
    expect(
      events.filter((e) => e.type === "agenda-item").map((e) => e.type === "agenda-item" && e.issue),
    ).toEqual(["harbour"]);
    expect(state.track.phase).toBe("closing");
  });

  it("goes into overrun at the scheduled length and closes at the overrun limit", () => {
    let state = atQuota();
    const phases: string[] = [];
    while (state.track.index === 0 && !isOver(state)) {
      const actor = currentActor(state) ?? "";
      state = play(state, { type: "statement", actor, tone: "conciliatory" }).state;
      phases.push(state.track.phase);
    }
    expect(phases).toContain("overrun");
    expect(state.results[0]?.minutes).toBeGreaterThanOrEqual(scenario.tracks[0]?.scheduledMinutes ?? 0);
  });
});

describe("proposals and agreement", () => {
  it("agrees an issue when every participant accepts an option acceptable to all", () => {
    const before = atQuota();
    const refused = applyMove(before, { type: "propose", actor: "north", terms: { quota: "even" } });
    expect(!refused.ok && refused.error.code).toBe("unacceptable");
    const { state, events } = play(
      before,
      { type: "concede", actor: "north", issue: "quota" },
      { type: "concede", actor: "south", issue: "quota" },
      { type: "propose", actor: "north", terms: { quota: "even" } },
      { type: "accept", actor: "south", issues: ["quota"] },
    );
    expect(events).toContainEqual({ type: "agreed", terms: { quota: "even" } });
    expect(outcome(state).agreed).toEqual({ quota: "even" });
    expect(outcome(state).demands["north-quota"]).toBe("withdrawn");
    expect(events).toContainEqual({ type: "agenda-item", track: "first-round", issue: "harbour" });
  });

  it("a rejection withdraws the proposal and rejects the demand behind it", () => {
    const { state } = play(
      atQuota(),
      { type: "propose", actor: "north", terms: { quota: "north-most" } },
      { type: "reject", actor: "south", issues: ["quota"] },
    );
    expect(state.table).toEqual([]);
    expect(outcome(state).demands["north-quota"]).toBe("rejected");
  });

  it("records open proposals as tabled when the meeting ends", () => {
    let state = play(atQuota(), { type: "propose", actor: "north", terms: { quota: "north-most" } }).state;
    while (state.track.index === 0) state = play(state, pass(currentActor(state) ?? "")).state;
    expect(state.results[0]?.tabled).toEqual([{ issue: "quota", option: "north-most", by: "north" }]);
    expect(state.results[0]?.result).toBe("no-breakthrough");
  });
});

describe("red lines", () => {
  /** The harbour item: south proposes running it alone, which Northland's red line forbids. */
  const harbourChallenged = () =>
    play(atQuota(), pass("north"), pass("south"), pass("north"), {
      type: "propose",
      actor: "south",
      terms: { harbour: "south-run" },
    });

  it("a proposal of a forbidden option challenges the red line, which blocks acceptance", () => {
    const { state, events } = harbourChallenged();
    expect(events).toContainEqual({
      type: "red-line",
      redLine: "north-no-south-harbour",
      status: "challenged",
    });
    const accept = applyMove(state, { type: "accept", actor: "north", issues: ["harbour"] });
    expect(!accept.ok && accept.error).toEqual({
      code: "red-line",
      params: { actor: "north", redLine: "north-no-south-harbour", issue: "harbour", option: "south-run" },
      message:
        "Northland cannot accept the proposal on Shared harbour: ‘Southland runs it alone’ on Shared harbour is behind its red line 'north-no-south-harbour'; crossing it is a move of its own.",
    });
  });

  it("conceding into a red line is refused: crossing is a move of its own, with its price", () => {
    let { state } = harbourChallenged();
    state = play(state, { type: "concede", actor: "north", issue: "harbour" }, pass("south")).state;
    const blocked = applyMove(state, { type: "concede", actor: "north", issue: "harbour" });
    expect(!blocked.ok && blocked.error.code).toBe("red-line");
    const crossed = play(
      state,
      { type: "cross", actor: "north", redLine: "north-no-south-harbour" },
      pass("south"),
    );
    expect(crossed.events).toContainEqual({
      type: "red-line",
      redLine: "north-no-south-harbour",
      status: "crossed",
    });
    expect(outcome(crossed.state).redLinesCrossed).toEqual(["north-no-south-harbour"]);
    expect(crossed.state.cohesion).toBe(scenario.world.cohesion - 5);
    const before = outcome(state).utilities.north ?? 0;
    expect(outcome(crossed.state).utilities.north).toBeCloseTo(before - 0.1, 10);
  });

  it("an option behind the red line of an actor absent from the table can be tabled but never agreed", () => {
    const raw = structuredClone(scenario) as Scenario & { redLines: Scenario["redLines"][number][] };
    raw.redLines.push({
      id: "mediator-no-grab",
      actor: "mediator",
      issue: "quota",
      forbidden: ["north-most"],
      price: { utility: 0.1, trust: 5, cohesion: 0 },
      text: "The forum will not see one side take most of the catch.",
      sources: ["T1"],
    });
    const parsed = parseScenario(raw);
    if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join("; "));
    const { state } = play(atQuota(parsed.value), {
      type: "propose",
      actor: "north",
      terms: { quota: "north-most" },
    });
    for (let k = 0; k < 3; k++) {
      // Southland concedes down to Northland's option, so that only the absent forum's red line stands in the way.
      const conceded = applyMove(state, { type: "concede", actor: "south", issue: "quota" });
      if (!conceded.ok) break;
    }
    const result = applyMove(state, { type: "accept", actor: "south", issues: ["quota"] });
    expect(!result.ok && result.error.code).toMatch(/^(outside-red-line|unacceptable)$/);
    const positioned = play(state, { type: "concede", actor: "south", issue: "quota" }, pass("north"));
    const again = applyMove(positioned.state, { type: "concede", actor: "south", issue: "quota" });
    const ready = again.ok ? play(again.value.state, pass("north")).state : positioned.state;
    const blocked = applyMove(ready, { type: "accept", actor: "south", issues: ["quota"] });
    expect(!blocked.ok && blocked.error).toMatchObject({
      code: "outside-red-line",
      params: {
        holder: "mediator",
        redLine: "mediator-no-grab",
        issue: "quota",
        option: "north-most",
        absent: true,
      },
    });
    expect(!blocked.ok && blocked.error.message).toContain("Coastal Forum is not at the table");
  });
});

describe("stance, tension, injects and collapse", () => {
  it("a firm statement at high tension hardens the speaker, who concedes nothing until it re-engages", () => {
    const hot = parseScenario({ ...scenario, world: { ...scenario.world, tension: 70 } });
    if (!hot.ok) throw new Error("invalid");
    let { state, events } = play(createGame(hot.value, { seed: 2 }), {
      type: "statement",
      actor: "north",
      tone: "firm",
    });
    expect(events).toContainEqual({ type: "stance", actor: "north", stance: "hardened" });
    state = play(state, pass("south")).state;
    const refused = applyMove(state, { type: "concede", actor: "north", issue: "quota" });
    expect(!refused.ok && refused.error.code).toBe("stance");
    state = play(state, { type: "statement", actor: "north", tone: "conciliatory" }, pass("south")).state;
    expect(state.stances[0]).toBe("engaged");
    expect(applyMove(state, { type: "concede", actor: "north", issue: "quota" }).ok).toBe(true);
  });

  it("a walk-out collapses the talks: everyone gets its reservation value", () => {
    const { state } = play(createGame(scenario, { seed: 3 }), { type: "walk-out", actor: "north" });
    expect(state.results[0]?.cause).toEqual({ kind: "walk-out", actor: "north" });
    expect(isOver(state)).toBe(true);
    const result = outcome(state);
    expect(result.overall).toBe("collapse");
    expect(result.utilities).toEqual({ north: 0.2, south: 0.2, mediator: 0.1 });
    expect(currentActor(state)).toBeNull();
    expect(legalMoves(state)).toEqual([]);
  });

  it("a scheduled inject fires once the clock reaches its minute", () => {
    const talk = (actor: string): Move => ({ type: "statement", actor, tone: "conciliatory" });
    const { state, events } = play(atQuota(), talk("north"), talk("south"));
    expect(state.track.clock).toBe(40);
    expect(events.filter((e) => e.type === "inject")).toEqual([]);
    const later = play(state, talk("north"));
    expect(later.events).toContainEqual({
      type: "inject",
      inject: "storm",
      text: "A storm damages the harbour wall.",
    });
    expect(later.state.tension).toBe(scenario.world.tension - 3 * 3 + 5);
  });

  it("a follow-up meeting is agreed when everyone accepts it in the closing round", () => {
    let state = play(atQuota(), pass("north"), pass("south"), pass("north"), pass("south")).state;
    expect(state.track.phase).toBe("closing");
    const { events } = play(
      state,
      { type: "propose-follow-up", actor: "north" },
      { type: "accept-follow-up", actor: "south" },
    );
    expect(events).toContainEqual({ type: "follow-up", track: "first-round", agreed: true });
    state = play(
      state,
      { type: "propose-follow-up", actor: "north" },
      { type: "accept-follow-up", actor: "south" },
    ).state;
    expect(state.results[0]?.followUp).toBe(true);
    expect(state.track.index).toBe(1);
  });

  it("writes a transcript in plain words", () => {
    const { state } = play(atQuota(), { type: "propose", actor: "north", terms: { quota: "north-most" } });
    const lines = transcript(state).map((l) => l.text);
    expect(lines).toContain("Northland (A. Nord) proposes ‘Northland takes 70%’ on Fishing quota.");
    expect(lines).toContain("The agenda moves to Fishing quota.");
  });
});
