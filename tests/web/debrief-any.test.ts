import { readFileSync } from "node:fs";
import { parseScenarioJson } from "@parley/engine";
import { describe, expect, it } from "vitest";
import { loadWhy } from "../../packages/web/src/engine/why-lazy.js";
import type { SeatChoice } from "../../packages/web/src/models/setup.js";
import { repoPath } from "../support/scenarios.js";
import { Engine, playOut } from "./support.js";

/**
 * The debrief of a scenario opened from a file, not one of the four shipped: no record, no epilogue, other
 * actors and tracks. The page's end model and its "why" must come out of the engine all the same.
 */
describe("the debrief of a scenario from a file", () => {
  it.each(["tests/fixtures/harbour-talks.json", "tests/fixtures/mediated-talks.json"])("%s", async (file) => {
    await loadWhy();
    const text = readFileSync(repoPath(file), "utf8");
    const parsed = parseScenarioJson(text);
    if (!parsed.ok) throw new Error(`${file} should be valid`);
    const scenario = parsed.value;
    const you = scenario.actors[0]?.id ?? "";
    const seats: Record<string, SeatChoice> = {};
    for (const a of scenario.actors)
      seats[a.id] = a.id === you ? { kind: "you" } : { kind: "bot", bot: "linear" };
    const engine = new Engine();
    const first = engine.snapshot({
      type: "start",
      setup: { scenario: { kind: "file", text }, seed: "any", seats, thinkMs: 250 },
    });
    const end = playOut(engine, first, (count, turn) => (turn * 7) % count).at(-1)?.end;
    if (end === null || end === undefined) throw new Error("the game should end");
    expect(end.historicalOverall).toBe(scenario.history === undefined ? null : expect.any(String));
    expect(end.course.points.length).toBe(end.moveCount + 1);
    expect(end.actors.map((a) => a.id)).toEqual(scenario.actors.map((a) => a.id));
    const report = engine.send({ type: "why", track: null, actors: null });
    if (report.type !== "why") throw new Error(`expected the why, got ${JSON.stringify(report)}`);
    expect(report.why.meetings.map((m) => m.track)).toEqual(scenario.tracks.map((t) => t.id));
    expect(report.why.pareto?.track ?? report.why.view.track).toBe(scenario.tracks[0]?.id);
  });
});
