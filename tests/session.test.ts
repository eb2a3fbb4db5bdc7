import { fc, test } from "@fast-check/vitest";
import {
  createMatch,
  currentActor,
  gameMoves,
  legalMoves,
  type Match,
  type MatchCommand,
  matchMenu,
  matchTranscript,
  matchTurn,
  matchView,
  moveKind,
  moveMenu,
  reduceMatch,
  replay,
  SPECTATOR,
  stateHash,
  transcript,
  type ValidScenario,
  view,
} from "@parley/engine";
import { describe, expect, it } from "vitest";
import { newGame, play } from "./support/play.js";
import { loadScenario, runs } from "./support/scenarios.js";

const mediated = loadScenario("tests/fixtures/mediated-talks.json");
const nrc = loadScenario("scenarios/2022-01-12-nato-russia-council.json");

function started(scenario: ValidScenario, seed: string | number, people: readonly string[] = []): Match {
  const seats = Object.fromEntries(people.map((id) => [id, { kind: "person" as const }]));
  const match = createMatch(scenario, { seed, seats });
  if (!match.ok) throw new Error(match.error.message);
  return match.value;
}

/** Carries out a command that must succeed. */
function reduce(match: Match, command: MatchCommand): Match {
  const step = reduceMatch(match, command);
  if (!step.ok) throw new Error(step.error.message);
  return step.value.match;
}

/** A command for the match as it stands, from a number: a person's or a bot's move, an undo or a rewind. */
function commandFor(match: Match, pick: number): MatchCommand {
  const version = match.version;
  const turn = matchTurn(match);
  const count = match.state.moveCount;
  if (pick % 11 === 0 && count > 0) return { type: "rewind", version, to: pick % (count + 1) };
  if (pick % 13 === 0 && count > 0)
    return { type: "undo", version, seat: gameMoves(match.state)[count - 1]?.actor ?? "" };
  if (turn?.player.kind === "bot") return { type: "bot", version };
  const moves = legalMoves(match.state).filter((m) => m.type !== "walk-out");
  return { type: "move", version, move: moves[pick % Math.max(1, moves.length)] };
}

describe("seat views", () => {
  test.prop([fc.integer({ min: 0, max: 10_000 }), fc.array(fc.nat(), { maxLength: 40 })], {
    numRuns: runs(40),
  })("never show another seat's private type or reservation while the game runs", (seed, picks) => {
    let state = newGame(mediated, { seed });
    for (const pick of picks) {
      if (state.over) break;
      const moves = legalMoves(state).filter((m) => m.type !== "walk-out");
      state = play(state, moves[pick % moves.length] ?? moves[0] ?? { type: "pass", actor: "union" }).state;
    }
    if (state.over) return;
    for (const seat of mediated.actors.map((a) => a.id)) {
      const seen = view(state, seat);
      if (!seen.ok) throw new Error(seen.error.message);
      const others = seen.value.actors.filter((a) => a.id !== seat);
      for (const other of others) {
        expect(other.type).toBeNull();
        expect(other.reservation).toBeNull();
      }
      expect(Object.keys(seen.value.outcome.utilities)).toEqual([seat]);
      expect(Object.keys(seen.value.outcome.types).filter((id) => id !== seat)).toEqual([]);
      expect(Object.keys(seen.value.outcome.reservations).filter((id) => id !== seat)).toEqual([]);
      // The employer's reservation is drawn from a range: its exact value appears nowhere in other views.
      if (seat !== "employer")
        expect(JSON.stringify(seen.value)).not.toContain(String(state.reservations[1]));
      expect(seen.value.world.trust.every((t) => t.from === seat)).toBe(true);
    }
  });

  it("show the spectator everything, and are plain JSON without index arrays", () => {
    const state = newGame(mediated, { seed: 4 });
    const seen = view(state, SPECTATOR);
    if (!seen.ok) throw new Error(seen.error.message);
    expect(seen.value.actors.find((a) => a.id === "union")?.type).not.toBeNull();
    expect(seen.value.actors.find((a) => a.id === "employer")?.reservation).toBe(state.reservations[1]);
    expect(JSON.parse(JSON.stringify(seen.value))).toEqual(seen.value);
    expect(structuredClone(seen.value)).toEqual(seen.value);
    expect(seen.value.meeting).toMatchObject({
      id: "first-session",
      chair: "conciliator",
      parties: ["union", "employer"],
    });
  });

  it("name who has the floor, the clock against its schedule, and the agenda with its current item", () => {
    const match = started(nrc, "view", ["russia"]);
    let current = match;
    // Everyone passes (a host may submit any seat's move) until Russia has the floor on the agenda.
    while (current.state.track.phase === "opening" || matchTurn(current)?.actor !== "russia") {
      const actor = matchTurn(current)?.actor ?? "";
      current = reduce(current, { type: "move", version: current.version, move: { type: "pass", actor } });
    }
    const seen = matchView(current, "russia");
    expect(seen.meeting?.floor).toBe("russia");
    expect(seen.meeting?.scheduled).toBe(180);
    expect(seen.meeting?.agenda.filter((item) => item.status === "current")).toHaveLength(1);
  });
});

describe("move menus", () => {
  it("label each move fully, give its minutes and effects, and explain the moves a seat cannot make", () => {
    let state = newGame(nrc, { seed: "menu" });
    // Opening passes, then NATO proposes transparency on exercises when its item comes; Russia has the floor.
    while (state.track.phase === "opening")
      state = play(state, { type: "pass", actor: currentActor(state) ?? "" }).state;
    const menu = moveMenu(state, "nato");
    if (!menu.ok) throw new Error(menu.error.message);
    expect(menu.value.yourTurn).toBe(true);
    const labels = menu.value.groups.flatMap((g) =>
      g.moves.map((m) => `${g.kind}: ${m.label} · ${m.minutes} min`),
    );
    expect(labels).toContainEqual("speak: Make a firm statement · 15 min");
    expect(labels.some((l) => l.startsWith("propose: Propose ‘"))).toBe(true);
    const firm = menu.value.groups.flatMap((g) => g.moves).find((m) => m.label === "Make a firm statement");
    expect(firm?.effects).toContainEqual("tension +4");
    for (const u of menu.value.unavailable) expect(u.message).toMatch(/cannot .*: .+\.$/);
    const other = moveMenu(state, "russia");
    expect(other.ok && other.value).toMatchObject({ yourTurn: false, floor: "nato", groups: [] });
  });

  it("file every move it offers under the group moveKind gives, so a bot's move is filed as a person's", () => {
    let match = started(nrc, "kinds");
    for (let k = 0; k < 60 && matchTurn(match) !== null; k++) {
      const turn = matchTurn(match);
      if (turn === null) break;
      for (const group of matchMenu(match, turn.actor).groups)
        for (const choice of group.moves) expect(moveKind(choice.move)).toBe(group.kind);
      match = reduce(match, { type: "bot", version: match.version });
    }
    expect(moveKind({ type: "counter", actor: "nato", terms: {} })).toBe("propose");
    expect(moveKind({ type: "reaffirm", actor: "nato", redLine: "x" })).toBe("red-lines");
  });

  it("show why an acceptance is not open: not enough trust, with the numbers", () => {
    // Play the default bots until some seat could accept a proposal by value but trusts its proposer too little.
    let match = started(nrc, 11);
    for (let k = 0; k < 400 && matchTurn(match) !== null; k++) {
      const turn = matchTurn(match);
      if (turn === null) break;
      const menu = matchMenu(match, turn.actor);
      const distrust = menu.unavailable.find((u) => u.reason.code === "distrust");
      if (distrust !== undefined && distrust.reason.code === "distrust") {
        expect(distrust.reason.params.trust).toBeLessThan(distrust.reason.params.needed);
        expect(distrust.message).toMatch(/trusts .* too little \(\d+ of the \d+ needed\)/);
        return;
      }
      match = reduce(match, { type: "bot", version: match.version });
    }
  });
});

describe("the match driver", () => {
  test.prop(
    [fc.integer({ min: 0, max: 1000 }), fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 60 })],
    {
      numRuns: runs(30),
    },
  )(
    "with moves, bot turns, undo and rewind gives the states and transcripts that replaying the moves gives",
    (seed, picks) => {
      let match = started(mediated, seed, ["union"]);
      for (const pick of picks) {
        if (match.state.over) break;
        match = reduce(match, commandFor(match, pick));
      }
      const replayed = replay(mediated, { seed: match.state.seed, moves: gameMoves(match.state) });
      if (!replayed.ok) throw new Error(replayed.error.error.message);
      expect(stateHash(replayed.value)).toBe(stateHash(match.state));
      expect(matchTranscript(match)).toEqual(transcript(replayed.value));
    },
  );

  test.prop([fc.integer({ min: 0, max: 1000 }), fc.integer({ min: -3, max: 50 })], { numRuns: runs(40) })(
    "refuses a command made on another version, and changes nothing",
    (seed, offset) => {
      const match = reduce(started(mediated, seed), { type: "bot", version: 0 });
      if (offset === 0) return;
      const stale = reduceMatch(match, { type: "bot", version: match.version + offset });
      expect(!stale.ok && stale.error.code).toBe("stale");
      expect(match.version).toBe(1);
    },
  );

  it("undoes a person's last move and every move after it", () => {
    let match = started(mediated, "undo", ["union"]);
    while (matchTurn(match)?.actor !== "union")
      match = reduce(match, { type: "bot", version: match.version });
    const before = match.state.moveCount;
    match = reduce(match, { type: "move", version: match.version, move: { type: "pass", actor: "union" } });
    match = reduce(match, { type: "bot", version: match.version });
    match = reduce(match, { type: "undo", version: match.version, seat: "union" });
    expect(match.state.moveCount).toBe(before);
    expect(matchTurn(match)?.actor).toBe("union");
  });

  it("refuses commands that are not commands, bot turns of a person's seat, and impossible rewinds", () => {
    const match = started(mediated, "bad", ["conciliator", "union", "employer"]);
    expect(!reduceMatch(match, { type: "bot", version: 0 }).ok).toBe(true);
    const rewind = reduceMatch(match, { type: "rewind", version: 0, to: 5 });
    expect(!rewind.ok && rewind.error.code).toBe("bad-rewind");
    const junk = reduceMatch(match, JSON.parse('{"type":"fly","version":0}') as MatchCommand);
    expect(!junk.ok && junk.error.code).toBe("malformed-command");
    const seats = createMatch(mediated, { seed: 1, seats: { atlantis: { kind: "person" } } });
    expect(!seats.ok && seats.error.code).toBe("bad-seats");
  });

  it("survives structuredClone whole, as a Web Worker passes it", () => {
    const match = reduce(started(mediated, "clone"), { type: "bot", version: 0 });
    const copy = structuredClone(match);
    const step = reduceMatch(copy, { type: "bot", version: copy.version });
    expect(step.ok).toBe(true);
  });
});
