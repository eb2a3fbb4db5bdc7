import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { createActor, waitFor } from "xstate";
import { type AppInput, appMachine } from "../../packages/web/src/app/machine.js";
import {
  forgetBranches,
  MAX_BRANCHES_CHARS,
  MAX_STORED_BRANCHES,
  readBranchesText,
  writeBranches,
} from "../../packages/web/src/app/storage.js";
import { readStoredBranches } from "../../packages/web/src/app/stored-branches.js";
import type { BranchModel } from "../../packages/web/src/models/index.js";
import type { MatchSnapshot } from "../../packages/web/src/worker/protocol.js";
import { Engine, inProcessEngine, nrcSetup, playOut } from "./support.js";

/** A localStorage stand-in (Node has none), emptied before each test. */
const store = new Map<string, string>();
Object.defineProperty(globalThis, "localStorage", {
  configurable: true,
  value: {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  },
});
beforeEach(() => store.clear());

const branchArb: fc.Arbitrary<BranchModel> = fc.record({
  number: fc.integer({ min: 1, max: 500 }),
  from: fc.nat(300),
  moveCount: fc.nat(300),
  overall: fc.string({ maxLength: 40 }),
  utilities: fc.array(
    fc.record({ name: fc.string({ maxLength: 30 }), utility: fc.double({ min: 0, max: 1, noNaN: true }) }),
    {
      maxLength: 6,
    },
  ),
  fingerprint: fc.stringMatching(/^[0-9a-f]{8,16}$/),
  replay: fc.option(fc.string({ minLength: 1, maxLength: 9000 }), { nil: null }),
});

describe("the earlier lines in the page's storage", () => {
  it("read back as the newest lines that fit under the caps, for the game they were kept for", () => {
    fc.assert(
      fc.property(fc.array(branchArb, { maxLength: 40 }), fc.string({ maxLength: 80 }), (branches, game) => {
        store.clear();
        const kept = writeBranches(game, branches);
        const text = readBranchesText();
        if (kept === 0) {
          expect(text).toBeNull();
          return;
        }
        expect(text?.length).toBeLessThanOrEqual(MAX_BRANCHES_CHARS);
        expect(kept).toBeLessThanOrEqual(MAX_STORED_BRANCHES);
        const read = readStoredBranches(text ?? "");
        expect(read).toEqual({ ok: true, value: { version: 1, game, branches: branches.slice(-kept) } });
      }),
      { numRuns: 60 },
    );
  });

  it("keeps only the newest lines when there are too many or they are too long", () => {
    const line = (n: number, replay: string | null): BranchModel => ({
      number: n,
      from: 2,
      moveCount: 30,
      overall: "No breakthrough",
      utilities: [{ name: "NATO allies", utility: 0.5 }],
      fingerprint: "0123abcd",
      replay,
    });
    expect(
      writeBranches(
        "g",
        Array.from({ length: 30 }, (_, k) => line(k + 1, "abc")),
      ),
    ).toBe(MAX_STORED_BRANCHES);
    const long = "x".repeat(Math.floor(MAX_BRANCHES_CHARS / 3));
    expect(
      writeBranches(
        "g",
        [1, 2, 3, 4].map((n) => line(n, long)),
      ),
    ).toBe(2);
    const read = readStoredBranches(readBranchesText() ?? "");
    expect(read.ok && read.value.branches.map((b) => b.number)).toEqual([3, 4]);
    writeBranches("g", []);
    expect(readBranchesText()).toBeNull();
  });

  it("refuses a list that is not JSON, of another version, malformed or too large, in words", () => {
    const good = { version: 1, game: "g", branches: [] as unknown[] };
    const cases = [
      "{not json",
      JSON.stringify({ ...good, version: 2 }),
      JSON.stringify({ ...good, branches: [{ number: "one" }] }),
      JSON.stringify({ ...good, branches: [] }),
      "x".repeat(MAX_BRANCHES_CHARS + 1),
    ];
    for (const text of cases) {
      const read = readStoredBranches(text);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.error).toMatch(/^the stored list /);
    }
  });
});

/** The app actor with the worker's responder in-process, recording what it asks the page to store. */
function app(input: Partial<AppInput>) {
  const kept: { game: string; branches: readonly BranchModel[] }[] = [];
  const calls: string[] = [];
  const engine = inProcessEngine();
  const actor = createActor(
    appMachine.provide({
      actors: { engine },
      actions: {
        rememberBranches: (_, params) => {
          kept.push(params);
        },
        forgetBranches: () => {
          calls.push("forgetBranches");
        },
      },
    }),
    { input: { replay: null, save: null, speed: "instant", ...input } },
  );
  actor.start();
  return { actor, kept, calls };
}

/** A finished game of the NRC (the player as NATO), played in-process. */
function finished(seed: string): MatchSnapshot {
  const engine = new Engine();
  const snapshots = playOut(
    engine,
    engine.snapshot({ type: "start", setup: nrcSetup(seed) }),
    (n, t) => (t * 5) % n,
  );
  const last = snapshots[snapshots.length - 1];
  if (last?.end == null) throw new Error("the game did not end");
  return last;
}

const earlier: BranchModel = {
  number: 1,
  from: 3,
  moveCount: 40,
  overall: "Collapse",
  utilities: [{ name: "NATO allies", utility: 0.25 }],
  fingerprint: "feedc0de",
  replay: null,
};

describe("the app actor and the earlier lines", () => {
  const game = finished("kept-lines");

  it("restores the earlier lines of the game it resumes, and plays on from a transcript's move at the end", async () => {
    const { actor, kept } = app({
      save: game.save,
      branches: { ok: true, value: { version: 1, game: game.game, branches: [earlier] } },
    });
    await waitFor(actor, (s) => s.matches({ session: "end" }), { timeout: 5000 });
    expect(actor.getSnapshot().context.branches).toEqual([earlier]);
    actor.send({ type: "PLAY_FROM", at: 5 });
    await waitFor(actor, (s) => s.context.snapshot?.reason === "rewound", { timeout: 5000 });
    const branches = actor.getSnapshot().context.branches;
    expect(branches.map((b) => [b.number, b.from])).toEqual([
      [1, 3],
      [2, 5],
    ]);
    expect(kept[kept.length - 1]).toEqual({ game: game.game, branches });
    expect(actor.getSnapshot().context.snapshot?.table.moveCount).toBeGreaterThanOrEqual(5);
  });

  it("does not restore another game's lines", async () => {
    const { actor, kept } = app({
      save: game.save,
      branches: { ok: true, value: { version: 1, game: "another game", branches: [earlier] } },
    });
    await waitFor(actor, (s) => s.matches({ session: "end" }), { timeout: 5000 });
    expect(actor.getSnapshot().context.branches).toEqual([]);
    expect(kept).toEqual([{ game: game.game, branches: [] }]);
  });

  it("drops an unreadable list with a message, and forgets the lines when asked", async () => {
    const { actor, kept, calls } = app({
      save: game.save,
      branches: { ok: false, error: "the stored list is not readable" },
    });
    await waitFor(actor, (s) => s.matches({ session: "end" }), { timeout: 5000 });
    expect(actor.getSnapshot().context.notice).toMatch(
      /could not be kept \(the stored list is not readable\)/,
    );
    expect(kept).toEqual([{ game: game.game, branches: [] }]);
    actor.send({ type: "PLAY_FROM", at: 2 });
    await waitFor(actor, (s) => s.context.branches.length === 1);
    actor.send({ type: "FORGET_BRANCHES" });
    expect(actor.getSnapshot().context.branches).toEqual([]);
    expect(calls).toContain("forgetBranches");
    forgetBranches();
  });
});
