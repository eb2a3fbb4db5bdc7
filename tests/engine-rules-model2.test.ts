import {
  applyMove,
  checkMove,
  currentActor,
  type GameState,
  isOver,
  legalMoves,
  type Move,
  moveMenu,
  outcome,
  parseScenario,
  type Scenario,
  transcript,
  type ValidScenario,
} from "@parley/engine";
import { describe, expect, it } from "vitest";
import { newGame, play } from "./support/play.js";
import { loadScenario } from "./support/scenarios.js";

const summit = loadScenario("tests/fixtures/package-summit.json");
const mediated = loadScenario("tests/fixtures/mediated-talks.json");

const pass = (state: GameState): Move => ({ type: "pass", actor: currentActor(state) ?? "" });

/** Passes until `until` holds (every test scenario gets there well within the bound). */
function passUntil(state: GameState, until: (s: GameState) => boolean): GameState {
  let current = state;
  for (let k = 0; k < 500 && !until(current); k++) current = play(current, pass(current)).state;
  if (!until(current)) throw new Error("never got there");
  return current;
}

/** A copy of a scenario with some fields changed, validated again. */
function variant(scenario: ValidScenario, change: (raw: Scenario) => void): ValidScenario {
  const raw = structuredClone(scenario) as Scenario;
  change(raw);
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(parsed.error.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return parsed.value;
}

/** The summit's agenda, with `actor` on the floor. */
function summitAgenda(actor: string, seed = "summit"): GameState {
  return passUntil(newGame(summit, { seed }), (s) => s.track.phase === "agenda" && currentActor(s) === actor);
}

describe("packages", () => {
  it("a meeting that negotiates in packages refuses single-issue proposals and takes any legal package", () => {
    const state = summitAgenda("cisterra");
    const single = checkMove(state, {
      type: "propose",
      actor: "cisterra",
      terms: { monitoring: "joint-stations" },
    });
    expect(!single.ok && single.error.code).toBe("wrong-shape");
    // Not among the listed packages (they cover every open issue), but legal: its positions on two issues.
    const composed: Move = {
      type: "propose",
      actor: "cisterra",
      terms: { "water-quota": "proportional", "cleanup-fund": "shared-fund" },
    };
    expect(legalMoves(state)).not.toContainEqual(composed);
    expect(checkMove(state, composed).ok).toBe(true);
  });

  it("nothing is agreed until everything is: a package is agreed whole when every party has accepted", () => {
    // A package every party can live with once each has moved its positions far enough.
    const terms = { "water-quota": "proportional", "cleanup-fund": "shared-fund" };
    let state = summitAgenda("cisterra");
    state = play(state, { type: "propose", actor: "cisterra", terms }).state;
    const order = ["aramont", "belcour", "dravia"];
    const accepted: string[] = [];
    for (let round = 0; round < 40 && accepted.length < order.length; round++) {
      const actor = currentActor(state) ?? "";
      if (!order.includes(actor) || accepted.includes(actor)) {
        state = play(state, pass(state)).state;
        continue;
      }
      const accept: Move = { type: "accept", actor, issues: Object.keys(terms) };
      const judged = checkMove(state, accept);
      if (judged.ok) {
        const before = outcome(state).agreed;
        const applied = play(state, accept);
        state = applied.state;
        accepted.push(actor);
        if (accepted.length < order.length) expect(outcome(state).agreed).toEqual(before);
        else expect(applied.events).toContainEqual({ type: "agreed", terms });
        continue;
      }
      // Not yet acceptable: concede on the issue it minds least, or pass if it has nothing to give.
      const concede = ["cleanup-fund", "water-quota"]
        .map((issue): Move => ({ type: "concede", actor, issue }))
        .find((m) => checkMove(state, m).ok);
      state = play(state, concede ?? pass(state)).state;
    }
    expect(accepted).toEqual(order);
    expect(outcome(state).agreed).toEqual(terms);
  });

  it("accepts a package as a whole by the actor's weights (logrolling), not issue by issue", () => {
    // Aramont cares most about water (weight 3) and least about monitoring (1): a package that gives it its
    // best water option and its worst monitoring option is worth more to it than its positions on the two.
    const state = summitAgenda("aramont");
    const trade: Move = {
      type: "propose",
      actor: "aramont",
      terms: { "water-quota": "upstream-first", monitoring: "joint-stations" },
    };
    const itemOnly = checkMove(state, {
      type: "propose",
      actor: "aramont",
      terms: { monitoring: "joint-stations", "cleanup-fund": "shared-fund" },
    });
    expect(checkMove(state, trade).ok).toBe(false); // its positions are its best options: any give is a loss…
    expect(!itemOnly.ok && itemOnly.error.code).toBe("unacceptable");
    // …until it concedes on monitoring: the trade is now worth its (lower) positions as a whole.
    let later = play(state, { type: "concede", actor: "aramont", issue: "monitoring" }).state;
    later = passUntil(later, (s) => currentActor(s) === "aramont");
    expect(checkMove(later, trade).ok).toBe(true);
  });

  it("lists a bounded set of packages: the speaker's positions and its drafts", () => {
    const state = summitAgenda("aramont");
    const packages = legalMoves(state).filter((m) => m.type === "propose");
    expect(packages).toContainEqual({
      type: "propose",
      actor: "aramont",
      terms: { "water-quota": "upstream-first", "cleanup-fund": "no-fund", monitoring: "national" },
    });
    // Its draft is listed once it is acceptable to it (after conceding on the fund and the water).
    const draft = { "water-quota": "proportional", "cleanup-fund": "shared-fund" };
    expect(packages).not.toContainEqual({ type: "propose", actor: "aramont", terms: draft });
    let later = state;
    for (const issue of ["cleanup-fund", "water-quota"]) {
      later = play(later, { type: "concede", actor: "aramont", issue }).state;
      later = passUntil(later, (s) => currentActor(s) === "aramont");
    }
    expect(legalMoves(later)).toContainEqual({ type: "propose", actor: "aramont", terms: draft });
    const menu = moveMenu(later, "aramont");
    const labels = menu.ok ? menu.value.groups.flatMap((g) => g.moves.map((m) => m.label)) : [];
    expect(labels).toContainEqual(expect.stringContaining("(your draft: "));
  });
});

describe("absent actors, red lines and agreement", () => {
  it("an absent actor's red line stops the agreement, not the proposal", () => {
    // Dravia, absent from the signing group, will not have commission inspectors.
    const game = passUntil(
      newGame(summit, { seed: "signing" }),
      (s) => s.track.index === 1 && s.track.phase === "agenda",
    );
    const at = passUntil(game, (s) => currentActor(s) === "belcour");
    const terms = { monitoring: "commission-inspectors", "lake-commission": "standing-commission" };
    const tabled = play(at, { type: "propose", actor: "belcour", terms }).state;
    const answer = passUntil(tabled, (s) => currentActor(s) === "cisterra");
    const refused = applyMove(answer, { type: "accept", actor: "cisterra", issues: Object.keys(terms) });
    expect(!refused.ok && refused.error).toMatchObject({
      code: "outside-red-line",
      params: { holder: "dravia", redLine: "dravia-no-inspectors", absent: true },
    });
  });
});

describe("mediators", () => {
  const agenda = () =>
    passUntil(
      newGame(mediated, { seed: "mediation" }),
      (s) => s.track.phase === "agenda" && currentActor(s) === "conciliator",
    );

  it("a mediator who is not a party proposes, but never accepts, and agreement does not wait for it", () => {
    let state = agenda();
    state = play(state, {
      type: "propose",
      actor: "conciliator",
      terms: { "wage-increase": "two-percent" },
    }).state;
    expect(state.table[0]?.accepted).toEqual([]);
    // The parties concede until each can accept, then accept; the mediator only passes.
    for (let k = 0; k < 40 && outcome(state).agreed["wage-increase"] === undefined; k++) {
      const actor = currentActor(state) ?? "";
      const accept: Move = { type: "accept", actor, issues: ["wage-increase"] };
      const concede: Move = { type: "concede", actor, issue: "wage-increase" };
      if (actor === "conciliator") state = play(state, pass(state)).state;
      else if (checkMove(state, accept).ok) state = play(state, accept).state;
      else state = play(state, checkMove(state, concede).ok ? concede : pass(state)).state;
    }
    expect(outcome(state).agreed).toMatchObject({ "wage-increase": "two-percent" });
  });

  it("a mediator's acceptance of a party's proposal is refused: it is not a party", () => {
    let state = passUntil(agenda(), (s) => currentActor(s) === "union");
    state = play(state, { type: "propose", actor: "union", terms: { "wage-increase": "six-percent" } }).state;
    state = passUntil(state, (s) => currentActor(s) === "conciliator");
    const accept = checkMove(state, { type: "accept", actor: "conciliator", issues: ["wage-increase"] });
    expect(!accept.ok && accept.error.code).toBe("not-a-party");
    expect(!accept.ok && accept.error.message).toContain("is not a party here");
  });
});

describe("walk-outs and their costs", () => {
  it("a walk-out from a meeting whose rule is ends-track ends only that meeting, at a cost to the walker", () => {
    const state = passUntil(newGame(mediated, { seed: "strike" }), (s) => currentActor(s) === "union");
    const { state: after, events } = play(state, { type: "walk-out", actor: "union" });
    expect(isOver(after)).toBe(false);
    expect(after.track.index).toBe(1);
    expect(after.results[0]).toMatchObject({
      result: "collapse",
      cause: { kind: "walk-out", actor: "union" },
    });
    expect(events).toContainEqual({ type: "track-opened", track: "second-session" });
    expect(after.stances[0]).toBe("engaged"); // the union takes its seat again at the next session
    expect(after.walkOuts[0]).toBe(1);
    const final = passUntil(after, isOver);
    const result = outcome(final);
    expect(result.overall).not.toBe("collapse");
    // Its utility is its status-quo utility less the walk-out's cost (0.02 in this scenario).
    const noWalk = outcome(passUntil(newGame(mediated, { seed: "strike" }), isOver));
    expect(result.utilities.union).toBeCloseTo((noWalk.utilities.union ?? 0) - 0.02, 10);
  });

  it("tension at its limit collapses the talks, and the transcript says why", () => {
    const hot = variant(mediated, (raw) => {
      raw.world.tension = 98;
    });
    let state = passUntil(newGame(hot, { seed: "hot" }), (s) => currentActor(s) === "employer");
    state = play(state, { type: "statement", actor: "employer", tone: "firm" }).state;
    expect(isOver(state)).toBe(true);
    expect(state.results[0]?.cause).toEqual({ kind: "tension" });
    expect(transcript(state).map((l) => l.text)).toContainEqual(
      expect.stringContaining("tension reached its limit"),
    );
  });

  it("countering an ally's proposal costs the alliance cohesion", () => {
    let state = summitAgenda("aramont");
    state = play(state, {
      type: "propose",
      actor: "aramont",
      terms: { "water-quota": "upstream-first", "cleanup-fund": "no-fund" },
    }).state;
    state = passUntil(state, (s) => currentActor(s) === "belcour");
    const counter: Move = {
      type: "counter",
      actor: "belcour",
      terms: { "water-quota": "downstream-first", "cleanup-fund": "polluter-pays" },
    };
    const before = state.cohesion;
    const { state: after, events } = play(state, counter);
    expect(after.cohesion).toBe(before - 3);
    expect(events).toContainEqual({ type: "cohesion-cost", actor: "belcour", ally: "aramont", amount: 3 });
  });
});

describe("hidden information and uncertain events", () => {
  it("draws each game's hidden types and reservations from its seed: the same seed, the same draws", () => {
    const draws = Array.from({ length: 60 }, (_, k) => newGame(mediated, { seed: k }));
    const types = new Set(draws.map((s) => s.types[0]));
    expect(types).toEqual(new Set([0, 1])); // militant and pragmatic both occur
    for (const s of draws) {
      expect(s.reservations[1]).toBeGreaterThanOrEqual(0.35);
      expect(s.reservations[1]).toBeLessThanOrEqual(0.45);
      expect(newGame(mediated, { seed: s.seed }).types).toEqual(s.types);
    }
    // The union's reservation follows its type.
    for (const s of draws) expect(s.reservations[0]).toBe(s.types[0] === 0 ? 0.16 : 0.1);
    // An uncertain scheduled event happens in some games and not in others.
    const ballots = new Set(draws.map((s) => s.injects[0]));
    expect(ballots).toEqual(new Set(["pending", "cancelled"]));
  });

  it("an event can move reservations, and another the meeting's deadline", () => {
    const sure = variant(mediated, (raw) => {
      const ballot = raw.injects[0];
      if (ballot?.trigger.kind === "scheduled") ballot.trigger.probability = 1;
    });
    const start = newGame(sure, { seed: 1 });
    const fired = passUntil(start, (s) => s.injects[0] === "fired");
    expect(fired.reservations[0]).toBeCloseTo((start.reservations[0] ?? 0) + 0.03, 10);
    const deadline = variant(mediated, (raw) => {
      const row = raw.injects[1];
      if (row !== undefined) row.trigger = { kind: "scheduled", atMinute: 0, probability: 1 };
    });
    const second = passUntil(newGame(deadline, { seed: 1 }), (s) => s.track.index === 1);
    expect(second.track.deadline).toBe(-30);
  });
});

describe("procedural agreement", () => {
  it("a meeting that agrees only on process ends in a procedural agreement", () => {
    const processOnly = variant(mediated, (raw) => {
      for (const track of raw.tracks) {
        track.agenda = track.agenda.filter((item) => item.issue !== "wage-increase");
        for (const item of track.agenda) item.minutes = 60;
      }
    });
    let state = passUntil(
      newGame(processOnly, { seed: "p" }),
      (s) => s.track.phase === "agenda" && currentActor(s) === "conciliator",
    );
    // Skip to the arbitration item, then have the mediator propose a joint review both parties can take.
    state = passUntil(
      state,
      (s) =>
        s.track.phase === "agenda" &&
        currentActor(s) === "conciliator" &&
        currentIssueOf(s) === "arbitration",
    );
    state = play(state, {
      type: "propose",
      actor: "conciliator",
      terms: { arbitration: "joint-review" },
    }).state;
    for (let k = 0; k < 30 && state.track.index === 0; k++) {
      const actor = currentActor(state) ?? "";
      const accept: Move = { type: "accept", actor, issues: ["arbitration"] };
      const concede: Move = { type: "concede", actor, issue: "arbitration" };
      if (actor !== "conciliator" && checkMove(state, accept).ok) state = play(state, accept).state;
      else if (actor !== "conciliator" && checkMove(state, concede).ok) state = play(state, concede).state;
      else state = play(state, pass(state)).state;
    }
    expect(state.results[0]?.agreed).toEqual({ arbitration: "joint-review" });
    expect(state.results[0]?.result).toBe("procedural-agreement");
  });

  function currentIssueOf(state: GameState): string | null {
    const track = state.scenario.tracks[state.track.index];
    return track?.agenda[state.track.agendaIndex]?.issue ?? null;
  }
});
