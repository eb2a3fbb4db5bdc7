import {
  type AnalysisError,
  debriefFrontier,
  debriefZones,
  type GameState,
  type Result,
  type Scenario,
  type ScoredPackage,
} from "@parley/engine";

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** A utility (0..1) as a percentage to a tenth, as the browser's debrief shows it: "42.5%". */
function tenth(value: number): string {
  return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}

/**
 * "Why it ended so" in the terminal, briefly: per meeting, each open issue's zone of possible agreement (or
 * that none suits all), and where this game's outcome stands against the Pareto frontier of the meeting's
 * first two parties, with the Nash and Kalai–Smorodinsky points. The engine's `debriefZones` and
 * `debriefFrontier`; the browser's debrief shows the same facts in full.
 */
export function whyLines(scenario: Scenario, state: GameState): string[] {
  const zones = debriefZones(state);
  if (!zones.ok) return ["", `Why it ended so: not available (${zones.error.message}).`];
  const issue = (id: string) => scenario.issues.find((i) => i.id === id);
  const name = (id: string) => scenario.actors.find((a) => a.id === id)?.name ?? id;
  const out = [
    "",
    "Why it ended so (zones of possible agreement; the Pareto frontier of the first two parties, utilities in %):",
  ];
  for (const meeting of zones.value) {
    const track = scenario.tracks.find((t) => t.id === meeting.track);
    out.push(`  ${track?.title ?? meeting.track}:`);
    for (const zone of meeting.zones) {
      const found = issue(zone.issue);
      const labels = zone.zone.map((o) => found?.options.find((x) => x.id === o)?.label ?? o);
      out.push(
        `    ${found?.title ?? zone.issue}: ${labels.length === 0 ? "no option suits all" : `in the zone: ${labels.join("; ")}`}`,
      );
    }
    const view = debriefFrontier(state, { track: meeting.track });
    if (!view.ok) {
      out.push(`    Pareto view: ${view.error.message}`);
      continue;
    }
    const v = view.value;
    const [a, b] = v.actors;
    const point = (u: Readonly<Record<string, number>>) => `(${tenth(u[a] ?? 0)}, ${tenth(u[b] ?? 0)})`;
    const solution = (label: string, p: Result<ScoredPackage, AnalysisError>) =>
      p.ok ? `${label} ${point(p.value.utilities)}` : `no ${label} point`;
    out.push(
      `    ${name(a)} and ${name(b)}: this game ${point(v.game.utilities)}, ${v.game.dominated ? "Pareto-dominated" : "not dominated"}; ${solution("Nash", v.nash)}; ${solution("Kalai–Smorodinsky", v.kalaiSmorodinsky)}; ${v.record === null ? "" : `the record ${point(v.record.utilities)}; `}${count(v.frontier.length, "frontier package")}, ${v.beyondRedLines.length} more beyond red lines.`,
    );
  }
  return out;
}
