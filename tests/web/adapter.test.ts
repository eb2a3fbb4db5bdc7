import { fc, test } from "@fast-check/vitest";
import { createGame, deserialize, legalMoves, parseScenario, replay, stateHash } from "@parley/engine";
import { parseReplay, replayLink, toReplay } from "@parley/engine/testing";
import { describe, expect, it } from "vitest";
import { scenarioCard, withoutSourceKeys } from "../../packages/web/src/engine/cards.js";
import { reduceMatch, startMatch } from "../../packages/web/src/engine/match.js";
import { decodeReplay, decodeSave, encodeReplay, encodeSave } from "../../packages/web/src/engine/persist.js";
import { shippedScenarios } from "../../packages/web/src/engine/shipped.js";
import { movesModel, tableModel } from "../../packages/web/src/engine/views.js";
import { runs } from "../support/scenarios.js";
import { Engine, NRC, nrcSetup, playOut } from "./support.js";

const now = () => 0;

function nrc() {
  const started = startMatch(nrcSetup());
  if (!started.ok) throw new Error(started.problem.message);
  return started.match;
}

describe("the shipped scenarios the page imports", () => {
  it("are the four of /scenarios, and each is already what the engine makes of it", () => {
    expect([...shippedScenarios.keys()]).toHaveLength(4);
    for (const raw of shippedScenarios.values()) {
      // The chooser reads the raw files as scenarios; this holds only if parsing adds no defaults.
      const parsed = parseScenario(raw);
      expect(parsed.ok && parsed.value).toEqual(raw);
    }
  });

  it("give cards without source keys, offering only delegations that sit at a meeting", () => {
    const raw = shippedScenarios.get(NRC);
    if (raw === undefined) throw new Error("no NRC");
    const card = scenarioCard(raw);
    expect(card.dates).toBe("12 January 2022");
    expect(card.summary).not.toMatch(/\[[A-Z]+\d/);
    expect(card.seats.map((s) => s.actorId)).toEqual(["nato", "united-states", "russia"]);
    expect(withoutSourceKeys("Talks [S1, B2] resumed [B3].")).toBe("Talks resumed.");
  });
});

describe("a match", () => {
  it.each([
    ["no delegation for the player", { ...nrcSetup(), seats: {} }],
    ["two delegations for the player", nrcSetup("s", { nato: { kind: "you" }, russia: { kind: "you" } })],
    ["an actor the scenario lacks", nrcSetup("s", { nato: { kind: "you" }, mars: { kind: "person" } })],
    ["an unknown scenario", { ...nrcSetup(), scenario: { kind: "shipped", id: "yalta-1945" } }],
    [
      "an unknown bot",
      { ...nrcSetup(), seats: { nato: { kind: "you" }, russia: { kind: "bot", bot: "oracle" } } },
    ],
    ["an empty seed", nrcSetup("")],
    ["something that is not a setup", "start"],
  ])("does not start with %s, and says why", (_label, setup) => {
    const started = startMatch(setup);
    expect(started.ok).toBe(false);
    if (!started.ok) expect(started.problem.message.length).toBeGreaterThan(10);
  });

  it("refuses a bot's turn while the player has the floor, and the player's move while a bot has it", () => {
    const match = nrc();
    const bot = reduceMatch(match, { type: "bot" }, now);
    expect(bot.ok || bot.problem.code).toBe("not-a-bot-turn");
    const moved = reduceMatch(match, { type: "move", moveId: "0" }, now);
    if (!moved.ok) throw new Error(moved.problem.message);
    const again = reduceMatch(moved.match, { type: "move", moveId: "0" }, now);
    expect(again.ok || again.problem.code).toBe("not-a-person-turn");
    expect(reduceMatch(match, { type: "move", moveId: "99" }, now).ok).toBe(false);
    expect(reduceMatch(match, { type: "move", moveId: "1e3" }, now).ok).toBe(false);
  });

  it("undoes the player's last move and the bots' moves after it", () => {
    let match = nrc();
    for (let i = 0; i < 3; i++) {
      const moved = reduceMatch(match, { type: "move", moveId: "1" }, now);
      if (!moved.ok) throw new Error(moved.problem.message);
      const bots = reduceMatch(moved.match, { type: "bots-until-person" }, now);
      if (!bots.ok) throw new Error(bots.problem.message);
      match = bots.match;
    }
    const lastOwn = match.state.moves.map((m) => m.actor).lastIndexOf("nato");
    const undone = reduceMatch(match, { type: "undo" }, now);
    if (!undone.ok) throw new Error(undone.problem.message);
    expect(undone.match.state.moves).toEqual(match.state.moves.slice(0, lastOwn));
    expect(undone.match.version).toBe(match.version + 1);
    const rebuilt = replay(match.scenario, { seed: "web-tests", moves: match.state.moves.slice(0, lastOwn) });
    expect(rebuilt.ok && stateHash(rebuilt.value)).toBe(stateHash(undone.match.state));
    expect(reduceMatch(nrc(), { type: "undo" }, now).ok).toBe(false);
  });
});

describe("the moves panel's model", () => {
  test.prop([fc.array(fc.nat(), { maxLength: 60 })], { numRuns: runs(25) })(
    "offers exactly the legal moves, and lists every other kind with a reason",
    (picks) => {
      let state = createGame(nrc().scenario, { seed: "panel" });
      for (const pick of picks) {
        if (state.over) break;
        const moves = movesModel(state);
        const legal = legalMoves(state);
        const offered = moves.groups.flatMap((g) => g.moves);
        expect(offered.map((m) => Number(m.id)).sort((a, b) => a - b)).toEqual(legal.map((_, i) => i));
        for (const m of offered) expect(m.label.length).toBeGreaterThan(3);
        const kinds = new Set(legal.map((m) => m.type));
        expect(moves.unavailable.length + kinds.size).toBe(13);
        for (const u of moves.unavailable) expect(u.reason).not.toMatch(/^\s*$/);
        const next = legal[pick % legal.length];
        if (next === undefined) break;
        const table = tableModel(state, { nato: { kind: "you" } });
        expect(table.floor).toBe(next.actor);
        const applied = replay(state.scenario, { seed: "panel", moves: [...state.moves, next] });
        if (!applied.ok) throw new Error(applied.error.error.message);
        state = applied.value;
      }
    },
  );
});

describe("saves and replay links", () => {
  test.prop(
    [fc.string({ minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { minLength: 1, maxLength: 40 })],
    {
      numRuns: runs(10),
    },
  )("give back the same game", (seed, picks) => {
    const engine = new Engine();
    let s = engine.snapshot({ type: "start", setup: nrcSetup(seed) });
    for (const pick of picks) {
      if (s.end !== null) break;
      s =
        s.moves === null
          ? engine.snapshot({ type: "bot", version: s.version })
          : engine.snapshot({
              type: "move",
              version: s.version,
              moveId:
                s.moves.groups.flatMap((g) => g.moves)[pick % s.moves.groups.flatMap((g) => g.moves).length]
                  ?.id ?? "0",
            });
    }
    const match = engine.state.match;
    if (match === null) throw new Error("no match");
    const save = decodeSave(encodeSave(match));
    expect(save.ok && stateHash(save.match.state)).toBe(stateHash(match.state));
    expect(save.ok && save.match.setup).toEqual(match.setup);
    const code = encodeReplay(match);
    expect(code).toBe(
      replayLink(toReplay(match.scenario, { seed: match.state.seed, moves: match.state.moves }), "").slice(
        "#replay=".length,
      ),
    );
    const linked = decodeReplay(code ?? "", 500);
    expect(linked.ok && stateHash(linked.match.state)).toBe(stateHash(match.state));
  });

  const match = nrc();
  const good = encodeSave(match);
  const envelope = JSON.parse(good) as Record<string, unknown>;
  it.each([
    ["nothing", ""],
    ["junk", "{junk"],
    ["a truncated save", good.slice(0, -20)],
    ["another app's data", JSON.stringify({ hello: "world" })],
    ["a save of another version", JSON.stringify({ ...envelope, version: 2 })],
    [
      "an edited game",
      JSON.stringify({ ...envelope, game: String(envelope.game).replace(/"seed":"[^"]*"/, '"seed":"x"') }),
    ],
    [
      "an edited setup",
      JSON.stringify({ ...envelope, setup: { ...(envelope.setup as object), seats: "all" } }),
    ],
    ["megabytes", "x".repeat(7_000_000)],
  ])("refuse %s with a message, never a throw", (_label, text) => {
    const loaded = decodeSave(text);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problem.message).toMatch(/save/i);
  });

  const played = reduceMatch(match, { type: "move", moveId: "1" }, now);
  if (!played.ok) throw new Error(played.problem.message);
  const code = encodeReplay(played.match) ?? "";
  const link = JSON.parse(decodeURIComponent(code)) as object;
  const relink = (changes: object) => encodeURIComponent(JSON.stringify({ ...link, ...changes }));
  it.each([
    ["an empty code", ""],
    ["characters outside the format", "<script>alert(1)</script>"],
    ["a broken escape", "%E0%A4%A"],
    ["JSON that is not a replay", encodeURIComponent('{"hello":"world"}')],
    ["a cut link", code.slice(0, -6)],
    ["a link to a scenario the game lacks", relink({ scenarioId: "<img src=x onerror=alert(1)>" })],
    ["a move that is not well-formed", relink({ moves: [{ type: "bribe", actor: "nato" }] })],
    ["a move that is not legal", relink({ moves: [{ type: "walk-out", actor: "russia" }] })],
    ["a huge link", "A".repeat(2_100_000)],
  ])("refuse a replay link with %s, with a message", (_label, text) => {
    const loaded = decodeReplay(text, 500);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problem.message).toMatch(/replay link/);
  });

  it("open links made by the testing kit, and the kit reads the page's links", () => {
    const kit = toReplay(played.match.scenario, {
      seed: played.match.state.seed,
      moves: played.match.state.moves,
    });
    const opened = decodeReplay(replayLink(kit, "https://example.org/").split("#replay=")[1] ?? "", 500);
    expect(opened.ok && stateHash(opened.match.state)).toBe(stateHash(played.match.state));
    const read = parseReplay(`https://example.org/#replay=${code}`);
    expect(read.ok && read.value).toEqual(kit);
  });

  it("are made only for shipped scenarios, whose ids a link can name", () => {
    const raw = shippedScenarios.get(NRC);
    const started = startMatch({ ...nrcSetup(), scenario: { kind: "file", text: JSON.stringify(raw) } });
    if (!started.ok) throw new Error(started.problem.message);
    expect(encodeReplay(started.match)).toBeNull();
    const again = decodeSave(encodeSave(started.match));
    expect(again.ok && again.match.setup.scenario.kind).toBe("file");
    expect(deserialize(started.match.scenario, JSON.parse(encodeSave(started.match)).game).ok).toBe(true);
  });
});

describe("the worker's responder", () => {
  it("plays a game to its end, refusing stale commands on the way", () => {
    const engine = new Engine();
    const first = engine.snapshot({ type: "start", setup: nrcSetup("to-the-end") });
    expect(first.briefing?.you.name).toBe("NATO allies");
    const all = playOut(engine, first, (n, turn) => (turn * 7) % n);
    const last = all[all.length - 1];
    expect(last?.end?.fingerprint).toBe(
      stateHash(engine.state.match?.state ?? createGame(nrc().scenario, { seed: 1 })),
    );
    expect(last?.end?.meetings[0]?.historical).toBe("No breakthrough");
    expect(last?.end?.actors.map((a) => a.id)).toEqual(["nato", "united-states", "russia", "ukraine"]);
    const stale = engine.send({ type: "bot", version: 0 });
    expect(stale.type === "refused" && stale.code).toBe("stale");
    const review = engine.send({ type: "review", at: 5 });
    expect(review.type === "review" && review.review.table.moveCount).toBe(5);
    const clamped = engine.send({ type: "review", at: 1e9 });
    expect(clamped.type === "review" && clamped.review.at).toBe(last?.table.moveCount);
  });

  it("answers commands before any match with a refusal", () => {
    const engine = new Engine();
    expect(engine.send({ type: "undo", version: 0 }).type).toBe("refused");
    expect(engine.send({ type: "review", at: 0 }).type).toBe("refused");
  });
});
