import { fc, test } from "@fast-check/vitest";
import {
  debrief,
  deserialize,
  legalMoves,
  type Match,
  matchMenu,
  matchTurn,
  moveKey,
  openLink,
  parseScenario,
  replay,
  stateHash,
} from "@parley/engine";
import { replayLink, toReplay } from "@parley/engine/testing";
import { describe, expect, it } from "vitest";
import { scenarioCard, withoutSourceKeys } from "../../packages/web/src/engine/cards.js";
import { shippedCards } from "../../packages/web/src/engine/catalogue.js";
import { reduceWebMatch, startMatch, type WebMatch } from "../../packages/web/src/engine/match.js";
import { decodeReplay, decodeSave, encodeReplay, encodeSave } from "../../packages/web/src/engine/persist.js";
import { shippedIds, shippedScenario } from "../../packages/web/src/engine/shipped.js";
import { runs } from "../support/scenarios.js";
import { Engine, NRC, nrcSetup, playOut } from "./support.js";

const now = () => 0;

function nrc(seed = "web-tests"): WebMatch {
  const started = startMatch(nrcSetup(seed), now);
  if (!started.ok) throw new Error(started.problem.message);
  return started.match;
}

/** The codes the engine's menu offers the seat on the floor. */
function codes(match: Match): string[] {
  const turn = matchTurn(match);
  return turn === null ? [] : matchMenu(match, turn.actor).groups.flatMap((g) => g.moves.map((m) => m.code));
}

/** Plays the person's `pick`-th move (walk-outs aside), then the bots until a person has the floor. */
function playPick(web: WebMatch, pick: number): WebMatch {
  const turn = matchTurn(web.match);
  if (turn === null) return web;
  const choices = matchMenu(web.match, turn.actor)
    .groups.flatMap((g) => g.moves)
    .filter((m) => m.move.type !== "walk-out");
  const choice = choices[pick % Math.max(1, choices.length)];
  if (choice === undefined) return web;
  const moved = reduceWebMatch(web, { type: "move", code: choice.code });
  if (!moved.ok) throw new Error(moved.problem.message);
  const bots = reduceWebMatch(moved.match, { type: "bots-until-person" });
  if (!bots.ok) throw new Error(bots.problem.message);
  return bots.match;
}

describe("the shipped scenarios the page imports", () => {
  it("are the four of /scenarios, valid, and the chooser's cards from their parts are those of the whole scenarios", () => {
    expect(shippedIds()).toHaveLength(4);
    // The worker finds a file by its name (date first); each holds the scenario its name says.
    for (const id of shippedIds()) expect(shippedScenario(id)?.id).toBe(id);
    const cards = shippedCards();
    expect(cards.map((c) => c.id).sort()).toEqual(shippedIds().sort());
    expect(cards.map((c) => c.dates)).toEqual([...cards.map((c) => c.dates)].sort());
    for (const raw of shippedIds().map(shippedScenario)) {
      if (raw === undefined) throw new Error("a shipped scenario was not fetched");
      // The chooser reads parts of the raw files (it does not load the engine); parsing only adds defaults.
      const parsed = parseScenario(raw);
      if (!parsed.ok) throw new Error(`${raw.id} does not parse`);
      expect(cards.find((c) => c.id === raw.id)).toEqual(scenarioCard(parsed.value));
    }
  });

  it("give cards without source keys, offering only delegations that sit at a meeting", () => {
    const raw = shippedScenario(NRC);
    if (raw === undefined) throw new Error("no NRC");
    const card = scenarioCard(raw);
    expect(card.dates).toBe("12 January 2022");
    expect(card.summary).not.toMatch(/\[[A-Z]+\d/);
    const seated = new Set(raw.tracks.flatMap((t) => t.participants));
    expect(card.seats.map((s) => s.actorId)).toEqual(
      raw.actors.filter((a) => seated.has(a.id)).map((a) => a.id),
    );
    expect(card.seats.map((s) => s.actorId).sort()).toEqual(["nato", "russia", "united-states"]);
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
    const started = startMatch(setup, now);
    expect(started.ok).toBe(false);
    if (!started.ok) expect(started.problem.message.length).toBeGreaterThan(10);
  });

  it("refuses a bot's turn while the player has the floor, the player's move while a bot has it, and unknown codes", () => {
    let web = nrc();
    // The player is NATO: play bots until NATO has the floor.
    const first = reduceWebMatch(web, { type: "bots-until-person" });
    if (!first.ok) throw new Error(first.problem.message);
    web = first.match;
    expect(matchTurn(web.match)?.actor).toBe("nato");
    const bot = reduceWebMatch(web, { type: "bot" });
    expect(bot.ok || bot.problem.code).toBe("not-a-bot-turn");
    const code = codes(web.match)[0] ?? "";
    const moved = reduceWebMatch(web, { type: "move", code });
    if (!moved.ok) throw new Error(moved.problem.message);
    expect(moved.played.map((p) => p.text.length > 0)).toEqual([true]);
    if (matchTurn(moved.match.match)?.player.kind === "bot") {
      const again = reduceWebMatch(moved.match, { type: "move", code });
      expect(again.ok || again.problem.code).toBe("not-a-person-turn");
    }
    for (const wrong of ["99", "", "<b>", "1e3"]) {
      const refused = reduceWebMatch(web, { type: "move", code: wrong });
      expect(refused.ok || refused.problem.code).toBe("unknown-move");
    }
  });

  it("undoes the player's last move and the bots' moves after it", () => {
    let web = nrc();
    const first = reduceWebMatch(web, { type: "bots-until-person" });
    if (!first.ok) throw new Error(first.problem.message);
    web = first.match;
    for (let i = 0; i < 3; i++) web = playPick(web, 1);
    const moves = web.match.state.moves.flat();
    const lastOwn = moves.map((m) => m.actor).lastIndexOf("nato");
    const undone = reduceWebMatch(web, { type: "undo" });
    if (!undone.ok) throw new Error(undone.problem.message);
    expect(undone.match.match.state.moves.flat()).toEqual(moves.slice(0, lastOwn));
    expect(undone.match.match.version).toBe(web.match.version + 1);
    const rebuilt = replay(web.match.scenario, { seed: "web-tests", moves: moves.slice(0, lastOwn) });
    expect(rebuilt.ok && stateHash(rebuilt.value)).toBe(stateHash(undone.match.match.state));
    const fresh = reduceWebMatch(nrc(), { type: "undo" });
    expect(fresh.ok || fresh.problem.code).toBe("nothing-to-undo");
  });
});

describe("the moves panel", () => {
  test.prop([fc.array(fc.nat(), { maxLength: 40 })], { numRuns: runs(15) })(
    "offers exactly the engine's menu, which is exactly the legal moves, with the engine's words",
    (picks) => {
      const engine = new Engine();
      let s = engine.snapshot({ type: "start", setup: nrcSetup("panel") });
      for (const pick of picks) {
        if (s.end !== null) break;
        if (s.moves === null) {
          s = engine.snapshot({ type: "bots-until-person", version: s.version });
          continue;
        }
        const match = engine.state.match?.match;
        if (match === undefined) throw new Error("no match");
        const menu = matchMenu(match, s.moves.actor ?? "");
        const offered = s.moves.groups.flatMap((g) => g.moves);
        expect(offered.map((m) => m.id)).toEqual(menu.groups.flatMap((g) => g.moves.map((m) => m.code)));
        expect(offered.map((m) => m.label)).toEqual(menu.groups.flatMap((g) => g.moves.map((m) => m.label)));
        expect(s.moves.groups.map((g) => g.group)).toEqual(menu.groups.map((g) => g.kind));
        expect(s.moves.unavailable.map((u) => u.reason)).toEqual(menu.unavailable.map((u) => u.message));
        const legal = new Set(legalMoves(match.state).map(moveKey));
        expect(new Set(menu.groups.flatMap((g) => g.moves.map((m) => moveKey(m.move))))).toEqual(legal);
        expect(s.table.floor).toBe(s.moves.actor);
        const move = offered[pick % offered.length];
        if (move === undefined) break;
        s = engine.snapshot({ type: "move", version: s.version, moveId: move.id });
      }
    },
  );
});

describe("saves and replay links", () => {
  test.prop(
    [fc.string({ minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { minLength: 1, maxLength: 30 })],
    { numRuns: runs(8) },
  )("give back the same game, and the page's link is the engine's and the testing kit's", (seed, picks) => {
    let web = nrc(seed);
    const first = reduceWebMatch(web, { type: "bots-until-person" });
    if (!first.ok) throw new Error(first.problem.message);
    web = first.match;
    for (const pick of picks) web = playPick(web, pick);
    const { state, scenario } = web.match;
    const save = decodeSave(encodeSave(web), now);
    expect(save.ok && stateHash(save.match.match.state)).toBe(stateHash(state));
    expect(save.ok && save.match.setup).toEqual(web.setup);
    const code = encodeReplay(web);
    const kit = replayLink(scenario, toReplay(scenario, { seed: state.seed, moves: state.moves.flat() }));
    expect(kit.ok && kit.value).toBe(code);
    const opened = openLink(scenario, `https://example.org/#replay=${code}`);
    expect(opened.ok && stateHash(opened.value)).toBe(stateHash(state));
    const linked = decodeReplay(code ?? "", 500);
    expect(linked.ok && stateHash(linked.match.match.state)).toBe(stateHash(state));
    expect(linked.ok && linked.match.match.transcript).toEqual(web.match.transcript);
  });

  const good = encodeSave(nrc());
  const envelope = JSON.parse(good) as Record<string, unknown>;
  const game = JSON.parse(String(envelope.game)) as Record<string, unknown>;
  it.each([
    ["nothing", ""],
    ["junk", "{junk"],
    ["a truncated save", good.slice(0, -20)],
    ["another app's data", JSON.stringify({ hello: "world" })],
    ["a save of the web's first version", JSON.stringify({ ...envelope, version: 1 })],
    ["an edited game", JSON.stringify({ ...envelope, game: JSON.stringify({ ...game, seed: "x" }) })],
    ["a game of format 1", JSON.stringify({ ...envelope, game: JSON.stringify({ ...game, version: 1 }) })],
    [
      "an edited setup",
      JSON.stringify({ ...envelope, setup: { ...(envelope.setup as object), seats: "all" } }),
    ],
    ["megabytes", "x".repeat(7_000_000)],
  ])("refuse %s with a message, never a throw", (_label, text) => {
    const loaded = decodeSave(text, now);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problem.message).toMatch(/save/i);
  });

  const opened = reduceWebMatch(nrc(), { type: "bots-until-person" });
  const played = playPick(opened.ok ? opened.match : nrc(), 0);
  const code = encodeReplay(played) ?? "";
  it.each([
    ["an empty code", ""],
    ["characters outside the format", "<script>alert(1)</script>"],
    ["the testing kit's old JSON format", encodeURIComponent('{"scenarioId":"x","seed":"1","moves":[]}')],
    ["a cut scenario hash", code.replace(/^(2\.[a-z0-9-]+\.)[0-9a-f]{8}/, "$1abc")],
    ["a link to a scenario the game lacks", code.replace(/^2\.[a-z0-9-]+\./, "2.yalta-1945.")],
    ["another scenario's hash", code.replace(/^(2\.[a-z0-9-]+\.)[0-9a-f]{8}/, "$10000beef")],
    ["a move that is not legal", `${code}_zz`],
    ["a huge link", "A".repeat(2_100_000)],
  ])("refuse a replay link with %s, with a message", (_label, text) => {
    const loaded = decodeReplay(text, 500);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problem.message).toMatch(/replay link|link/);
  });

  it("are made only for shipped scenarios, whose ids a link can name; a file's game is saved whole", () => {
    const raw = shippedScenario(NRC);
    const started = startMatch({ ...nrcSetup(), scenario: { kind: "file", text: JSON.stringify(raw) } }, now);
    if (!started.ok) throw new Error(started.problem.message);
    expect(encodeReplay(started.match)).toBeNull();
    const again = decodeSave(encodeSave(started.match), now);
    expect(again.ok && again.match.setup.scenario.kind).toBe("file");
  });
});

describe("the worker's responder", () => {
  it("plays a game to its end, refusing stale commands on the way", () => {
    const engine = new Engine();
    const first = engine.snapshot({ type: "start", setup: nrcSetup("to-the-end") });
    expect(first.briefing?.you.name).toBe("NATO allies");
    const all = playOut(engine, first, (n, turn) => (turn * 7) % n);
    const last = all[all.length - 1];
    const match = engine.state.match?.match;
    if (match === undefined) throw new Error("no match");
    expect(last?.end?.fingerprint).toBe(stateHash(match.state));
    expect(last?.end?.meetings[0]?.record?.result).toBe("No breakthrough");
    // The debrief is the engine's, in words: the same utilities, one course point per move and the start.
    const made = debrief(match.state);
    if (!made.ok) throw new Error(made.error.message);
    expect(last?.end?.actors.map((a) => [a.utility, a.statusQuo, a.fallback, a.record])).toEqual(
      made.value.actors.map((a) => [a.utility, a.statusQuo, a.fallback, a.record]),
    );
    expect(last?.end?.course.points.map((p) => p.tension)).toEqual(made.value.course.map((p) => p.tension));
    expect(last?.end?.course.points).toHaveLength(match.state.moveCount + 1);
    expect(last?.end?.epilogue.map((e) => e.sources.length)).toEqual(
      made.value.epilogue.map((e) => e.sources.length),
    );
    // The save file is the engine's own save: the terminal's `parley replay --save` reads it.
    const reloaded = deserialize(match.scenario, last?.end?.gameSave);
    expect(reloaded.ok && stateHash(reloaded.value)).toBe(stateHash(match.state));
    expect(last?.end?.actors.map((a) => a.id)).toEqual(match.scenario.actors.map((a) => a.id));
    const stale = engine.send({ type: "bot", version: 0 });
    expect(stale.type === "refused" && stale.code).toBe("stale");
    const review = engine.send({ type: "review", at: 5 });
    expect(review.type === "review" && review.review.table.moveCount).toBe(5);
    const clamped = engine.send({ type: "review", at: 1e9 });
    expect(clamped.type === "review" && clamped.review.at).toBe(last?.table.moveCount);
    // What-if: back to the game after move 5, the same game as the one that first reached it.
    const version = last?.version ?? 0;
    const beyond = engine.send({ type: "rewind", version, to: last?.table.moveCount ?? 0 });
    expect(beyond.type === "refused" && beyond.code).toBe("bad-rewind");
    expect(engine.send({ type: "rewind", version, to: -1 }).type).toBe("refused");
    const rewound = engine.snapshot({ type: "rewind", version, to: 5 });
    expect(rewound.reason).toBe("rewound");
    expect(rewound.end).toBeNull();
    expect(rewound.table).toEqual(all[5]?.table);
  });

  it("answers commands before any match with a refusal", () => {
    const engine = new Engine();
    expect(engine.send({ type: "undo", version: 0 }).type).toBe("refused");
    expect(engine.send({ type: "review", at: 0 }).type).toBe("refused");
  });
});
