import { describe, expect, it } from "vitest";
import { type Actor, createActor, waitFor } from "xstate";
import { type AppInput, appMachine } from "../../packages/web/src/app/machine.js";
import { encodeReplay } from "../../packages/web/src/engine/persist.js";
import { Engine, inProcessEngine, nrcSetup } from "./support.js";

/** The app actor with the worker's responder in-process (answering a tick later, as a worker would). */
function app(input: Partial<AppInput> = {}) {
  const calls: string[] = [];
  const saves: string[] = [];
  const engine = inProcessEngine();
  const actor = createActor(
    appMachine.provide({
      actors: { engine },
      actions: {
        rememberSave: (_, params) => {
          saves.push(params.save);
        },
        forgetSave: () => {
          calls.push("forgetSave");
        },
        clearReplayLink: () => {
          calls.push("clearReplayLink");
        },
      },
    }),
    { input: { replay: null, save: null, speed: "instant", ...input } },
  );
  actor.start();
  return { actor, calls, saves };
}

type App = Actor<typeof appMachine>;
type Snapshot = ReturnType<App["getSnapshot"]>;

const atTable = (s: Snapshot) => s.matches({ session: "table" });
const settled = (s: Snapshot) => {
  return (
    s.matches({ session: { table: "playerTurn" } }) ||
    s.matches({ session: { table: "handOver" } }) ||
    s.matches({ session: "end" })
  );
};

/** Plays the player's first offered move (or the one `pick` chooses) until the talks end. */
async function playToEnd(actor: App, pick = (n: number, turn: number) => (turn * 5) % n) {
  for (let turn = 0; turn < 500; turn++) {
    await waitFor(actor, settled, { timeout: 5000 });
    const s = actor.getSnapshot();
    if (s.matches({ session: "end" })) return turn;
    if (s.matches({ session: { table: "handOver" } })) {
      actor.send({ type: "READY" });
      continue;
    }
    const moves = (s.context.snapshot?.moves?.groups ?? [])
      .flatMap((g) => g.moves)
      .filter((m) => !/walk out/i.test(m.label));
    const move = moves[pick(moves.length, turn)];
    if (move === undefined) throw new Error("no move on offer");
    actor.send({ type: "PLAY", moveId: move.id });
  }
  throw new Error("the talks did not end");
}

describe("the app actor", () => {
  it("opens on the chooser when there is neither a link nor a save", () => {
    const { actor } = app();
    expect(actor.getSnapshot().matches("choosing")).toBe(true);
  });

  it("goes from the chooser through the brief to the table and on to the end, saving every step", async () => {
    const { actor, saves } = app();
    actor.send({ type: "START", setup: nrcSetup("machine") });
    await waitFor(actor, (s) => s.matches({ session: "briefing" }));
    expect(actor.getSnapshot().context.briefing?.you.id).toBe("nato");
    actor.send({ type: "TAKE_SEAT" });
    expect(atTable(actor.getSnapshot())).toBe(true);
    const turns = await playToEnd(actor);
    expect(turns).toBeGreaterThan(5);
    const s = actor.getSnapshot();
    expect(s.context.snapshot?.end?.moveCount).toBe(s.context.snapshot?.table.moveCount);
    expect(saves.length).toBeGreaterThan(turns);
    expect(saves[saves.length - 1]).toBe(s.context.snapshot?.save);
  });

  it("forgets the last game's why, answer or refusal, when it plays on from a point of it", async () => {
    const { actor } = app();
    actor.send({ type: "START", setup: nrcSetup("why-forgotten") });
    await waitFor(actor, (s) => s.matches({ session: "briefing" }));
    actor.send({ type: "TAKE_SEAT" });
    await playToEnd(actor);
    actor.send({ type: "WHY", track: null, actors: null });
    await waitFor(actor, (s) => s.context.why !== null || s.context.whyProblem !== null, { timeout: 5000 });
    actor.send({ type: "REVIEW" });
    actor.send({ type: "PLAY_FROM", at: 4 });
    const { why, whyProblem } = actor.getSnapshot().context;
    expect({ why, whyProblem }).toEqual({ why: null, whyProblem: null });
  });

  it("goes back from the end to a point of the game, keeps the line it left, and plays on to a new end", async () => {
    const { actor } = app();
    actor.send({ type: "START", setup: nrcSetup("what-if") });
    await waitFor(actor, (s) => s.matches({ session: "briefing" }));
    actor.send({ type: "TAKE_SEAT" });
    await playToEnd(actor);
    const first = actor.getSnapshot().context.snapshot?.end;
    if (first == null) throw new Error("no debrief");
    actor.send({ type: "REVIEW" });
    actor.send({ type: "PLAY_FROM", at: 4 });
    await waitFor(actor, (s) => s.matches({ session: { table: "playerTurn" } }), { timeout: 5000 });
    const rewound = actor.getSnapshot().context;
    expect(rewound.snapshot?.end).toBeNull();
    expect(rewound.snapshot?.table.moveCount).toBeGreaterThanOrEqual(4);
    expect(rewound.snapshot?.table.moveCount).toBeLessThan(first.moveCount);
    expect(rewound.branches).toEqual([
      {
        number: 1,
        from: 4,
        moveCount: first.moveCount,
        overall: first.overall,
        utilities: first.actors.map((a) => ({ name: a.name, utility: a.utility })),
        fingerprint: first.fingerprint,
        replay: expect.any(String),
      },
    ]);
    // Another choice from there: a new line, to its own end.
    await playToEnd(actor, (n, turn) => (turn * 3 + 1) % n);
    const s = actor.getSnapshot();
    expect(s.context.snapshot?.end?.moveCount).toBe(s.context.snapshot?.table.moveCount);
    expect(s.context.branches).toHaveLength(1);
  });

  it("follows quick steps of the review at once, and shows the last one asked for when the worker answers", async () => {
    const { actor } = app();
    actor.send({ type: "START", setup: nrcSetup("quick-review") });
    await waitFor(actor, (s) => s.matches({ session: "briefing" }));
    actor.send({ type: "TAKE_SEAT" });
    await playToEnd(actor);
    actor.send({ type: "REVIEW" });
    // Four presses before any answer: each asks for the next move from the last one asked for.
    for (let k = 0; k <= 4; k++) actor.send({ type: "REVIEW_AT", at: k });
    expect(actor.getSnapshot().context.reviewAt).toBe(4);
    await waitFor(actor, (s) => s.context.review?.at === 4, { timeout: 5000 });
    expect(actor.getSnapshot().context.reviewAt).toBe(4);
  });

  it("takes back the player's last move", async () => {
    const { actor } = app();
    actor.send({ type: "START", setup: nrcSetup("undo") });
    await waitFor(actor, (s) => s.matches({ session: "briefing" }));
    actor.send({ type: "TAKE_SEAT" });
    await waitFor(actor, settled);
    const before = actor.getSnapshot().context.snapshot?.table.moveCount;
    actor.send({ type: "UNDO" }); // nothing to take back yet: ignored
    expect(actor.getSnapshot().matches({ session: { table: "playerTurn" } })).toBe(true);
    const first = actor.getSnapshot().context.snapshot?.moves?.groups[0]?.moves[0]?.id ?? "";
    actor.send({ type: "PLAY", moveId: first });
    await waitFor(actor, (s) => (s.context.snapshot?.table.moveCount ?? 0) > (before ?? 0) && settled(s));
    actor.send({ type: "UNDO" });
    await waitFor(actor, (s) => s.context.snapshot?.reason === "undone" && settled(s));
    expect(actor.getSnapshot().context.snapshot?.table.moveCount).toBe(before);
  });

  it("hands over between two people at one device", async () => {
    const { actor } = app();
    actor.send({
      type: "START",
      setup: nrcSetup("hot-seat", { nato: { kind: "you" }, russia: { kind: "person" } }),
    });
    await waitFor(actor, (s) => s.matches({ session: "briefing" }));
    actor.send({ type: "TAKE_SEAT" });
    const seen = new Set<string>();
    actor.subscribe((s) => {
      if (s.matches({ session: { table: "handOver" } })) seen.add(s.context.snapshot?.table.floor ?? "");
    });
    await playToEnd(actor);
    expect([...seen].sort()).toEqual(["nato", "russia"]);
  });

  it("resumes a save at the table", async () => {
    const engine = new Engine();
    let s = engine.snapshot({ type: "start", setup: nrcSetup("resume") });
    if (s.moves === null) s = engine.snapshot({ type: "bots-until-person", version: s.version });
    s = engine.snapshot({ type: "move", version: s.version, moveId: s.moves?.groups[0]?.moves[1]?.id ?? "" });
    const { actor } = app({ save: s.save });
    await waitFor(actor, atTable);
    const context = actor.getSnapshot().context;
    expect(context.snapshot?.table.moveCount).toBeGreaterThanOrEqual(s.table.moveCount);
    expect(context.notice).toMatch(/Welcome back/);
  });

  it("starts afresh with a message when the save is corrupt, and forgets it", async () => {
    const { actor, calls } = app({ save: '{"app":"parley-web"' });
    await waitFor(actor, (s) => s.matches("choosing"));
    expect(actor.getSnapshot().context.notice).toMatch(/could not be resumed/);
    expect(calls).toContain("forgetSave");
  });

  it("shows a replay link's game for review, without touching the player's save", async () => {
    const engine = new Engine();
    engine.snapshot({ type: "start", setup: nrcSetup("linked") });
    const match = engine.state.match;
    if (match === null) throw new Error("no match");
    const { actor, calls, saves } = app({ replay: encodeReplay(match), save: "kept" });
    await waitFor(actor, (s) => s.matches({ session: "reviewing" }) && s.context.review !== null);
    expect(actor.getSnapshot().context.ownGame).toBe(false);
    actor.send({ type: "NEW_GAME" });
    expect(actor.getSnapshot().matches("choosing")).toBe(true);
    expect(calls).toEqual(["clearReplayLink"]);
    expect(saves).toEqual([]);
  });

  it("starts afresh with a message when the replay link is bad, and clears it from the address", async () => {
    const { actor, calls } = app({ replay: "<script>alert(1)</script>" });
    await waitFor(actor, (s) => s.matches("choosing"));
    expect(actor.getSnapshot().context.notice).toMatch(/replay link/);
    expect(calls).toContain("clearReplayLink");
  });
});
