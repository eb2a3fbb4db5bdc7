import { debriefFrontier, debriefZones, replay } from "@parley/engine";
import { describe, expect, it } from "vitest";
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
    const point = (u: Readonly<Record<string, number>>) => `(${u[a]?.toFixed(3)}, ${u[b]?.toFixed(3)})`;
    expect(why).toContain(`this game ${point(view.game.utilities)}`);
    if (view.nash.ok) expect(why).toContain(`Nash ${point(view.nash.value.utilities)}`);
    else expect(why).toContain("no Nash point");
  });
});
