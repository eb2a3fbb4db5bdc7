import { debriefFrontier, debriefZones, replay } from "@parley/engine";
import { describe, expect, it } from "vitest";
import { whyLines } from "../packages/cli/src/game/why-report.js";
import { must, osce } from "./support/bots.js";
import { parley } from "./support/cli.js";

describe("the terminal's end report, why it ended so", () => {
  it("says each meeting's zones and the Pareto view of its first two parties, as the engine gives them", async () => {
    const run = await parley(["replay", "scenarios/2022-01-13-osce-permanent-council.json", "--history"]);
    expect(run.code).toBe(0);
    const why = run.stdout.slice(run.stdout.indexOf("Why it ended so"));
    const h = osce.history;
    if (h === undefined) throw new Error("the OSCE scenario has a record");
    const played = replay(osce, { seed: h.seed, moves: h.moves });
    if (!played.ok) throw new Error(played.error.error.message);
    const [meeting] = must(debriefZones(played.value));
    for (const zone of meeting?.zones ?? []) {
      const title = osce.issues.find((i) => i.id === zone.issue)?.title ?? "";
      expect(why).toContain(
        zone.zone.length === 0 ? `${title}: no option suits all` : `${title}: in the zone:`,
      );
    }
    const [a = "", b = ""] = meeting?.actors ?? [];
    const view = must(debriefFrontier(played.value, { track: meeting?.track ?? "", actors: [a, b] }));
    const pct = (v = 0) => `${(Math.round(v * 1000) / 10).toFixed(1)}%`;
    const point = (u: Readonly<Record<string, number>>) => `(${pct(u[a])}, ${pct(u[b])})`;
    expect(why).toContain(`this game ${point(view.game.utilities)}`);
    if (view.nash.ok) expect(why).toContain(`Nash ${point(view.nash.value.utilities)}`);
    else expect(why).toContain("no Nash point");
  });

  it("says in one line why the analysis is missing when the engine refuses the state", () => {
    const h = osce.history;
    if (h === undefined) throw new Error("the OSCE scenario has a record");
    const played = replay(osce, { seed: h.seed, moves: h.moves });
    if (!played.ok) throw new Error(played.error.error.message);
    const forged = { ...played.value, tension: played.value.tension + 3 };
    const refusal = debriefZones(forged);
    if (refusal.ok) throw new Error("a forged state should be refused");
    const lines = whyLines(osce, forged);
    expect(lines.filter((l) => l.trim() !== "")).toEqual([
      `Why it ended so: not available (${refusal.error.message}).`,
    ]);
  });
});
