import { readFileSync } from "node:fs";
import {
  createGame,
  type GameState,
  gameClass,
  outcome,
  playGame,
  replayLink,
  serialize,
  simulate,
  stateHash,
} from "@parley/engine";
import { describe, expect, it } from "vitest";
import { createActor, fromCallback, waitFor } from "xstate";
import { classMachine } from "../../packages/web/src/app/class-machine.js";
import { appMachine, type EngineReportEvent } from "../../packages/web/src/app/machine.js";
import { outcomeWords } from "../../packages/web/src/engine/class.js";
import { readClassEntry } from "../../packages/web/src/engine/class-entries.js";
import { classFigures } from "../../packages/web/src/engine/class-simulation.js";
import { CLASS_LIMITS, type ClassModel } from "../../packages/web/src/models/index.js";
import { type ClassFile, readClassFiles } from "../../packages/web/src/ui/class-files.js";
import { type ClassRoom, respondClass } from "../../packages/web/src/worker/class-respond.js";
import {
  type ClassCommand,
  type EngineCommand,
  type EngineReport,
  isClassCommand,
} from "../../packages/web/src/worker/protocol.js";
import { must, nrc, osce } from "../support/bots.js";
import { Engine, nrcSetup, playOut } from "./support.js";

/** The class view's handler in the worker, driven in-process. */
class ClassEngine {
  room: ClassRoom | null = null;

  send(command: ClassCommand): EngineReport {
    const answer = respondClass(this.room, command);
    this.room = answer.room;
    return answer.report;
  }
}

// The class view's logic in the worker, driven in-process: saves and links read and checked by the engine,
// bad ones listed with their reason, the class's figures and a simulation beside them played in chunks.

function classOf(engine: ClassEngine, command: ClassCommand): ClassModel {
  const report = engine.send(command);
  if (report.type !== "class") throw new Error(`expected the class, got ${JSON.stringify(report)}`);
  return report.model;
}

const games: GameState[] = ["a", "b", "c", "d"].map((seed) => must(playGame(nrc, `class-${seed}`)));
const saves = games.map((g) => must(serialize(g)));

/** A finished game of the NATO–Russia Council as the page saves it, played on a draft of the scenario. */
function draftSave(): string {
  const raw = JSON.parse(
    readFileSync(new URL("../../scenarios/2022-01-12-nato-russia-council.json", import.meta.url), "utf8"),
  ) as { title: string };
  const text = JSON.stringify({ ...raw, title: `${raw.title} (a draft)` });
  const engine = new Engine();
  const first = engine.snapshot({
    type: "start",
    setup: {
      scenario: { kind: "file", text },
      seed: "class-draft",
      seats: { nato: { kind: "you" } },
      thinkMs: 250,
    },
  });
  const save = playOut(engine, first, (n, turn) => turn % n).at(-1)?.save;
  if (save === undefined || save === null) throw new Error("the draft's game has no save");
  return save;
}

describe("the class view in the worker", () => {
  it("reads saves and links into rows with the engine's outcome, lists bad entries and keeps the good ones", () => {
    const engine = new ClassEngine();
    const edited = (saves[0] ?? "").replace(/"seed":"[^"]*"/, '"seed":"class-z"');
    const unfinished = must(serialize(must(createGame(nrc, { seed: "x" }))));
    const model = classOf(engine, {
      type: "class-add",
      entries: [
        { name: "a.json", text: saves[0] ?? "" },
        { name: "edited.json", text: edited },
        { name: "b.json", text: saves[1] ?? "" },
        { name: "notes.txt", text: "Our group's notes" },
        { name: "osce.json", text: must(serialize(must(playGame(osce, "o")))) },
        { name: "unfinished.json", text: unfinished },
        { name: "link 1", text: `https://example.org/#replay=${must(replayLink(games[2] as GameState))}` },
        { name: "huge.json", text: `{${" ".repeat(6_000_001)}}` },
      ],
    });
    expect(model.scenario?.id).toBe(nrc.id);
    expect(model.games.map((g) => g.name)).toEqual(["a.json", "b.json", "link 1"]);
    model.games.forEach((row, i) => {
      const state = games[i] as GameState;
      expect(row.outcomeKey).toBe(gameClass(outcome(state)));
      expect(row.outcome).toBe(outcomeWords(gameClass(outcome(state))));
      expect(row.fingerprint).toBe(stateHash(state));
      expect(row.people).toBeNull();
      expect(row.utilities.map((u) => u.utility)).toEqual(
        nrc.actors.map((a) => outcome(state).utilities[a.id]),
      );
    });
    expect(model.problems.map((p) => p.name)).toEqual([
      "edited.json",
      "notes.txt",
      "osce.json",
      "unfinished.json",
      "huge.json",
    ]);
    expect(model.problems[0]?.message).toMatch(/checksum|edited/);
    expect(model.problems[2]?.message).toMatch(/OSCE.*not of .*NATO/);
    expect(model.problems[3]?.message).toMatch(/not over/);
    expect(model.figures?.games).toBe(3);
    expect(model.outcomes.reduce((n, o) => n + o.classCount, 0)).toBe(3);
    expect(model.parties.map((p) => p.games.length)).toEqual(nrc.actors.map(() => 3));

    const more = classOf(engine, { type: "class-add", entries: [{ name: "d.json", text: saves[3] ?? "" }] });
    expect(more.games).toHaveLength(4);
    expect(classOf(engine, { type: "class-clear" }).games).toEqual([]);
  });

  it("simulates the class's scenario in chunks to the figures of the engine's simulate, and stops when asked", () => {
    const engine = new ClassEngine();
    classOf(engine, { type: "class-add", entries: saves.map((text, i) => ({ name: `g${i}`, text })) });
    let model = classOf(engine, { type: "class-simulate", run: 1, games: 30 });
    expect(model.simulation).toMatchObject({ run: 1, status: "running", done: 20, total: 30 });
    model = classOf(engine, { type: "class-simulate-more", run: 1 });
    expect(model.simulation).toMatchObject({ status: "done", done: 30 });
    const expected = must(simulate(nrc, { seeds: { base: "class", count: 30 } }));
    expect(model.simulation?.figures?.outcomes.map((o) => [o.key, o.count])).toEqual(
      expected.classes.map((c) => [c.class, c.count]),
    );
    expect(model.parties.map((p) => p.simulated?.mean)).toEqual(
      nrc.actors.map((a) => expected.utilities[a.id]?.mean),
    );
    for (const row of model.outcomes) expect(row.simulated).not.toBeNull();

    model = classOf(engine, { type: "class-simulate", run: 2, games: 100 });
    model = classOf(engine, { type: "class-cancel", run: 2 });
    expect(model.simulation).toMatchObject({ run: 2, status: "cancelled", done: 20 });
    // A late request for the stopped run plays nothing more.
    expect(classOf(engine, { type: "class-simulate-more", run: 2 }).simulation?.done).toBe(20);
    const refused = engine.send({ type: "class-simulate", run: 3, games: 100_000 });
    expect(refused.type).toBe("refused");
    // After the class is cleared, a late request for a chunk is answered with the (empty) class, not a refusal.
    classOf(engine, { type: "class-clear" });
    expect(classOf(engine, { type: "class-simulate-more", run: 2 }).simulation).toBeNull();
  });

  it("names the seats people played when the page's own save (with its setup) is given", () => {
    const engine = new Engine();
    const first = engine.snapshot({ type: "start", setup: nrcSetup("class-people") });
    const last = playOut(engine, first, (n, turn) => (turn * 3) % n).at(-1);
    const model = classOf(new ClassEngine(), {
      type: "class-add",
      entries: [{ name: "page-save", text: last?.save ?? "" }],
    });
    expect(model.games[0]?.people).toEqual([nrc.actors.find((a) => a.id === "nato")?.name]);
    expect(model.games[0]?.fingerprint).toBe(last?.end?.fingerprint);
  });

  it("lists a game of another version of the class's scenario as not taken, and keeps the class's figures", () => {
    const draft = draftSave();
    const engine = new ClassEngine();
    const model = classOf(engine, {
      type: "class-add",
      entries: [
        { name: "a.json", text: saves[0] ?? "" },
        { name: "draft.json", text: draft },
        { name: "b.json", text: saves[1] ?? "" },
      ],
    });
    expect(model.scenario?.id).toBe(nrc.id);
    expect(model.games.map((g) => g.name)).toEqual(["a.json", "b.json"]);
    expect(model.problems.map((p) => p.name)).toEqual(["draft.json"]);
    expect(model.problems[0]?.message).toMatch(/a different version of the scenario/);
    expect(model.figures?.games).toBe(2);
    expect(model.notice).toBeNull();
    // Had both been taken, the engine would have refused to sum them up: the class says why rather than
    // showing no figures.
    const read = readClassEntry("draft.json", draft);
    if (!read.ok) throw new Error(read.message);
    const mixed = classFigures(nrc, [games[0] as GameState, read.game.state]);
    expect(mixed.ok ? null : mixed.message).toMatch(/another version/);
  });

  it("keeps only the newest entries not taken, counting the ones dropped", () => {
    const engine = new ClassEngine();
    const bad = (from: number) =>
      Array.from({ length: CLASS_LIMITS.problems + 5 }, (_, i) => ({ name: `bad ${from + i}`, text: "x" }));
    classOf(engine, { type: "class-add", entries: bad(0) });
    const model = classOf(engine, {
      type: "class-add",
      entries: [{ name: "a.json", text: saves[0] ?? "" }, ...bad(100)],
      refused: [{ name: "big.json", message: "It is far too large to be a Parley save." }],
    });
    const given = 2 * (CLASS_LIMITS.problems + 5) + 1;
    expect(model.problems).toHaveLength(CLASS_LIMITS.problems);
    expect(model.droppedProblems).toBe(given - CLASS_LIMITS.problems);
    expect(model.problems.at(-1)?.name).toBe(`bad ${100 + CLASS_LIMITS.problems + 4}`);
    expect(model.games).toHaveLength(1);
    expect(classOf(engine, { type: "class-clear" })).toMatchObject({ problems: [], droppedProblems: 0 });
  });

  it("refuses a simulation before the class has games", () => {
    const report = new ClassEngine().send({ type: "class-simulate", run: 1, games: 10 });
    expect(report.type === "refused" ? report.message : "").toMatch(/games first/);
  });

  it("is not the game's handler: a class command sent to it is refused, and the game is left as it was", () => {
    const engine = new Engine();
    const report = engine.send({ type: "class-clear" });
    expect(report).toMatchObject({ type: "refused", code: "elsewhere" });
    expect(engine.state).toEqual({ match: null });
  });
});

describe("the class view's files", () => {
  const file = (name: string, text: string | Error, size = 10): ClassFile & { reads: number } => {
    const made = {
      name,
      size,
      reads: 0,
      text: () => {
        made.reads++;
        return text instanceof Error ? Promise.reject(text) : Promise.resolve(text);
      },
    };
    return made;
  };

  it("reads only as many files as the class can still take, and refuses the rest, large or unreadable, with why", async () => {
    const files = [
      file("a.json", "A"),
      file("big.json", "B", CLASS_LIMITS.textLength + 1),
      file("gone.json", new Error("The file was moved.")),
      file("c.json", "C"),
      file("d.json", "D"),
    ];
    const read = await readClassFiles(files, 2);
    expect(read.entries).toEqual([
      { name: "a.json", text: "A" },
      { name: "c.json", text: "C" },
    ]);
    expect(read.refused?.map((p) => p.name)).toEqual(["big.json", "gone.json", "d.json"]);
    expect(read.refused?.[1]?.message).toMatch(/could not be read: The file was moved/);
    expect(read.refused?.[2]?.message).toMatch(/at most .* games/);
    expect(files.map((f) => f.reads)).toEqual([1, 0, 1, 1, 0]);
    expect((await readClassFiles([file("e.json", "E")], 0)).entries).toEqual([]);
  });
});

/** The class actor with the class handler in-process, answering a tick later as a worker would. */
function classActor() {
  const sent: string[] = [];
  const engine = fromCallback<EngineCommand>(({ sendBack, receive }) => {
    let room: ClassRoom | null = null;
    receive((command) => {
      sent.push(command.type);
      if (!isClassCommand(command)) return;
      const answer = respondClass(room, command);
      room = answer.room;
      setTimeout(
        () => sendBack({ type: "ENGINE.REPORT", report: answer.report } satisfies EngineReportEvent),
        0,
      );
    });
  });
  const actor = createActor(classMachine.provide({ actors: { engine } }));
  actor.start();
  return { actor, sent };
}

describe("the class actor", () => {
  it("asks for chunk after chunk until the simulation is done", async () => {
    const { actor, sent } = classActor();
    actor.send({ type: "ADD", entries: saves.slice(0, 2).map((text, i) => ({ name: `g${i}`, text })) });
    await waitFor(actor, (s) => s.context.model?.games.length === 2);
    actor.send({ type: "SIMULATE", games: 50 });
    const done = await waitFor(actor, (s) => s.context.model?.simulation?.status === "done", {
      timeout: 20_000,
    });
    expect(done.context.model?.simulation?.done).toBe(50);
    expect(sent.filter((t) => t === "class-simulate-more")).toHaveLength(2);
  });

  it("stops asking when the person stops the simulation, and lists files refused unread", async () => {
    const { actor, sent } = classActor();
    actor.send({
      type: "ADD",
      entries: [{ name: "g", text: saves[0] ?? "" }],
      refused: [{ name: "big.json", message: "It is far too large to be a Parley save." }],
    });
    await waitFor(actor, (s) => s.context.model?.games.length === 1);
    expect(actor.getSnapshot().context.model?.problems.map((p) => p.name)).toEqual(["big.json"]);
    actor.send({ type: "SIMULATE", games: 1000 });
    actor.send({ type: "CANCEL" });
    const stopped = await waitFor(actor, (s) => s.context.model?.simulation?.status === "cancelled");
    expect(stopped.context.model?.simulation?.done).toBe(20);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).not.toContain("class-simulate-more");
  });

  it("is opened from the chooser and closed back to it by the app actor", () => {
    const app = createActor(appMachine, { input: { replay: null, save: null, speed: "instant" } });
    app.start();
    app.send({ type: "OPEN_CLASS" });
    expect(app.getSnapshot().matches("classView")).toBe(true);
    app.send({ type: "CLOSE_CLASS" });
    expect(app.getSnapshot().matches("choosing")).toBe(true);
  });
});
