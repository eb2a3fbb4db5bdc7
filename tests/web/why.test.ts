import { debriefFrontier, debriefZones } from "@parley/engine";
import { describe, expect, it } from "vitest";
import { createActor, waitFor } from "xstate";
import { appMachine } from "../../packages/web/src/app/machine.js";
import { encodeReplay } from "../../packages/web/src/engine/persist.js";
import { loadWhy } from "../../packages/web/src/engine/why-lazy.js";
import { Engine, inProcessEngine, nrcSetup, playOut } from "./support.js";

// The worker fetches the "why" adapter before the first why command; the tests fetch it once here.
await loadWhy();

/** A finished NRC match in the worker's logic, in-process, and the engine's own state of it. */
function finished() {
  const engine = new Engine();
  const snapshots = playOut(
    engine,
    engine.snapshot({ type: "start", setup: nrcSetup("why") }),
    (n, t) => t % n,
  );
  const end = snapshots.at(-1)?.end;
  if (end == null) throw new Error("the match did not end");
  const state = engine.state.match?.match.state;
  if (state === undefined) throw new Error("the worker holds no match");
  return { engine, end, state };
}

describe("the worker's why command", () => {
  it("is refused, with a message, before there is a game", () => {
    const report = new Engine().send({ type: "why", track: null, actors: null });
    expect(report).toMatchObject({ type: "refused", command: "why", code: "no-match" });
  });

  it("answers with the engine's zones and Pareto view of the game, in words", () => {
    const { engine, end, state } = finished();
    const report = engine.send({ type: "why", track: null, actors: ["russia", "nato"] });
    if (report.type !== "why") throw new Error(JSON.stringify(report));
    const why = report.why;
    expect(why.fingerprint).toBe(end.fingerprint);
    const zones = debriefZones(state);
    if (!zones.ok) throw new Error(zones.error.message);
    expect(why.meetings.map((m) => m.issues.map((i) => i.zone.length))).toEqual(
      zones.value.map((m) => m.zones.map((z) => z.zone.length)),
    );
    expect(
      why.meetings.flatMap((m) => m.issues.flatMap((i) => i.options.map((o) => o.excludedBy.length))),
    ).toEqual(zones.value.flatMap((m) => m.zones.flatMap((z) => z.options.map((o) => o.excludedBy.length))));
    const view = debriefFrontier(state, { track: "nato-russia-council", actors: ["russia", "nato"] });
    if (!view.ok) throw new Error(view.error.message);
    const frontier = why.pareto?.points.filter((p) => p.kind === "frontier") ?? [];
    expect(frontier.map((p) => [p.x, p.y])).toEqual(
      view.value.frontier.map((p) => [p.utilities.russia, p.utilities.nato]),
    );
    const game = why.pareto?.points.find((p) => p.kind === "game");
    expect([game?.x, game?.y]).toEqual([view.value.game.utilities.russia, view.value.game.utilities.nato]);
    expect(why.pareto?.actors.map((a) => a.name)).toEqual(["Russia", "NATO allies"]);
    const nrc = state.scenario.tracks.find((t) => t.id === "nato-russia-council");
    const firstTwo = (nrc?.parties ?? nrc?.participants ?? []).slice(0, 2);
    expect(why.meetings.map((m) => m.defaultPair)).toEqual([firstTwo]);
    const byDefault = engine.send({ type: "why", track: null, actors: null });
    if (byDefault.type !== "why") throw new Error(JSON.stringify(byDefault));
    expect(byDefault.why.view).toEqual({ track: "nato-russia-council", actors: firstTwo });
    expect(byDefault.why.pareto?.actors.map((a) => a.id)).toEqual(firstTwo);
  });

  it("says why, in words, when the engine cannot make the view asked for", () => {
    const { engine } = finished();
    const report = engine.send({ type: "why", track: "nato-russia-council", actors: ["russia"] });
    if (report.type !== "why") throw new Error(JSON.stringify(report));
    expect(report.why.pareto).toBeNull();
    expect(report.why.paretoProblem).toMatch(/two actors/);
    // The page's choice still shows what was asked, so that the reader can choose again.
    expect(report.why.view).toEqual({ track: "nato-russia-council", actors: ["russia"] });
    expect(report.why.meetings.length).toBe(1);
  });
});

describe("the app actor's why", () => {
  it("asks the worker on WHY and keeps the answer, in review as at the end", async () => {
    const { engine: played, end } = finished();
    const code = played.state.match === null ? null : encodeReplay(played.state.match);
    const engine = inProcessEngine();
    const actor = createActor(appMachine.provide({ actors: { engine } }), {
      input: { replay: code, save: null, speed: "instant" },
    });
    actor.start();
    await waitFor(actor, (s) => s.matches({ session: "reviewing" }) && s.context.review !== null);
    actor.send({ type: "WHY", track: null, actors: ["russia", "united-states"] });
    const answered = await waitFor(actor, (s) => s.context.why !== null);
    expect(answered.context.why?.fingerprint).toBe(end.fingerprint);
    expect(answered.context.why?.pareto?.actors.map((a) => a.id)).toEqual(["russia", "united-states"]);
    expect(answered.matches({ session: "reviewing" })).toBe(true);
    actor.send({ type: "WHY", track: "nowhere", actors: null });
    const refused = await waitFor(actor, (s) => s.context.why?.pareto === null);
    expect(refused.context.why?.paretoProblem).toMatch(/nowhere/);
    actor.stop();
  });
});
