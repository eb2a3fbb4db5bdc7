import {
  type ClassShare,
  classParts,
  type Interval,
  type MeanFigure,
  type Scenario,
  type SimulationReport,
  type SweepReport,
  wilsonInterval,
} from "@parley/engine";
import { resultWords } from "../format.js";

/**
 * The reports of `simulate` and `sweep` as terminal text: figures rounded for people (shares to 0.1 %,
 * utilities to 0.001), each with its 95 % interval. `--json` has them at full precision.
 */

const count = (n: number) => n.toLocaleString("en");
/** A share in per cent to 0.1; a share that rounds to 0 but is not shows as "<0.1 %". */
const percent = (x: number) => (x > 0 && x < 0.0005 ? "<0.1 %" : `${(100 * x).toFixed(1)} %`);
const percentRange = (i: Interval) => `${(100 * i.low).toFixed(1)}–${(100 * i.high).toFixed(1)}`;
const decimal = (x: number, digits: number) => x.toFixed(digits);
const range = (i: Interval, digits: number) => `${i.low.toFixed(digits)}–${i.high.toFixed(digits)}`;

/** A class in words: "partial agreement, follow-up agreed", "collapse (walk-out), no follow-up". */
export function classWords(c: Pick<ClassShare, "result" | "cause" | "followUp">): string {
  if (c.followUp === null) return "not held";
  const cause = c.cause === null ? "" : ` (${c.cause})`;
  return `${resultWords(c.result)}${cause}, ${c.followUp ? "follow-up agreed" : "no follow-up"}`;
}

function classLines(classes: readonly ClassShare[], indent = "  "): string[] {
  const width = Math.max(0, ...classes.map((c) => classWords(c).length));
  return classes.map(
    (c) =>
      `${indent}${classWords(c).padEnd(width)}  ${percent(c.share).padStart(7)}  (${percentRange(c.interval)})  ${count(c.count).padStart(9)}`,
  );
}

function meanLine(label: string, m: MeanFigure, digits: number, width: number): string {
  return `  ${label.padEnd(width)}  ${decimal(m.mean, digits)}  (${range(m.interval, digits)})   range ${decimal(m.min, digits)}–${decimal(m.max, digits)}`;
}

function seedsText(report: Pick<SimulationReport, "seeds">): string {
  const { base, start, count: n } = report.seeds;
  if (n === 0) return "no games";
  return n === 1 ? `seed ${base}:${start}` : `seeds ${base}:${start} … ${base}:${start + n - 1}`;
}

/** The report of `parley simulate`, line by line. */
export function simulationText(scenario: Scenario, report: SimulationReport): string[] {
  const name = (id: string) => scenario.actors.find((a) => a.id === id)?.name ?? id;
  const out = [`${scenario.title}: ${count(report.games)} games (${seedsText(report)})`, ""];
  out.push("Outcome (share of games, 95 % interval, games)", ...classLines(report.classes));
  if (report.record !== null) {
    const r = report.record;
    out.push(
      `  What really happened: ${classWords(r)}: ${percent(r.share)} of games (${percentRange(r.interval)}).`,
    );
  }
  out.push("", "Meetings");
  for (const meeting of report.meetings) {
    const m = meeting.minutes;
    const length =
      m === null
        ? "never held"
        : `${count(m.min)}–${count(m.max)} minutes, median ${m.median}, mean ${decimal(m.mean, 1)}`;
    out.push(`  ${meeting.track}: ${length}`);
    if (report.meetings.length > 1) out.push(...classLines(meeting.classes, "    "));
  }
  const width = Math.max(0, ...scenario.actors.map((a) => name(a.id).length));
  out.push("", "Mean utility (95 % interval)");
  for (const actor of scenario.actors) {
    const u = report.utilities[actor.id];
    if (u !== undefined) out.push(meanLine(name(actor.id), u, 3, width));
  }
  const agreed = report.agreements.filter((a) => a.count > 0);
  out.push("", "Agreements per issue (share of games that agreed it, 95 % interval)");
  if (agreed.length === 0) out.push("  none: no issue was agreed in any game");
  for (const a of agreed) {
    const options = Object.entries(a.options)
      .sort(([, x], [, y]) => y - x)
      .map(([option, n]) => `${option} ${count(n)}`)
      .join(", ");
    out.push(`  ${a.issue}: ${percent(a.share)} (${percentRange(a.interval)}): ${options}`);
  }
  const crossed = Object.entries(report.redLinesCrossed).filter(([, s]) => s.count > 0);
  if (crossed.length > 0) {
    out.push("", "Red lines crossed");
    for (const [id, s] of crossed) out.push(`  ${id}: ${percent(s.share)} (${percentRange(s.interval)})`);
  }
  out.push("", meanLine("Final tension", report.tension, 1, 15).trimStart());
  out.push(meanLine("Moves per game", report.moves, 1, 15).trimStart());
  const d = report.distinctGames;
  out.push(
    `Distinct games  ${d.exact ? count(d.count) : `about ${count(d.count)} (estimated, ±5 %)`} of ${count(report.games)}`,
  );
  out.push(
    "",
    `Rules ${report.rulesVersion} · scenario ${report.scenario.id} (content hash ${report.scenario.hash}) · bots ${Object.entries(
      report.bots,
    )
      .map(([actor, bot]) => `${actor}=${bot}`)
      .join(", ")}`,
  );
  return out;
}

/** Short column labels for the classes of a sweep's table. */
const SHORT: Readonly<Record<string, string>> = {
  agreement: "agreed",
  "partial-agreement": "partial",
  "procedural-agreement": "process",
  "no-breakthrough": "none",
  collapse: "collapse",
};

function shortLabel(c: Pick<ClassShare, "result" | "cause" | "followUp">): string {
  const head = c.result === "collapse" && c.cause !== null ? c.cause : (SHORT[c.result] ?? c.result);
  return `${head}${c.followUp === true ? "+f" : ""}`;
}

/** The table of `parley sweep`: a row per value, a column per outcome class, shares in per cent. */
export function sweepText(scenario: Scenario, report: SweepReport): string[] {
  const totals = new Map<string, { count: number; c: ClassShare }>();
  for (const point of report.points)
    for (const c of point.report.classes) {
      const seen = totals.get(c.class);
      totals.set(c.class, { count: (seen?.count ?? 0) + c.count, c: seen?.c ?? c });
    }
  const columns = [...totals.values()].sort((x, y) => y.count - x.count || (x.c.class < y.c.class ? -1 : 1));
  const labels = columns.map(({ c }) => shortLabel(c));
  const widths = labels.map((l) => Math.max(l.length, 7));
  const games = report.points[0]?.report.games ?? 0;
  const valueWidth = Math.max(5, ...report.points.map((p) => String(p.value).length));
  const out = [
    `${scenario.title}: ${report.path} from ${report.from} to ${report.to} (the scenario says ${report.baseline}), ${count(games)} games a value (${report.points[0] === undefined ? "no games" : seedsText(report.points[0].report)})`,
    "",
    `  ${"value".padStart(valueWidth)}  ${labels.map((l, i) => l.padStart(widths[i] ?? 7)).join("  ")}`,
  ];
  for (const point of report.points) {
    const mark = point.value === report.baseline ? "*" : " ";
    const cells = columns.map(({ c }, i) => {
      const found = point.report.classes.find((x) => x.class === c.class);
      const text = found === undefined ? "–" : (100 * found.share).toFixed(1);
      return text.padStart(widths[i] ?? 7);
    });
    const partial = point.report.games < games ? `  (${count(point.report.games)} games)` : "";
    out.push(`${mark} ${String(point.value).padStart(valueWidth)}  ${cells.join("  ")}${partial}`);
  }
  out.push("", "Shares of games in per cent; * marks the scenario's own value.");
  out.push(
    ...columns.map(({ c }, i) => `  ${labels[i]}: ${classWords(c)}`),
    `At ${count(games)} games a share's 95 % interval is at most ±${(100 * halfWidth(games)).toFixed(1)} points (--json gives each).`,
  );
  if (report.record !== null) {
    const parts = classParts(report.record);
    out.push(`What really happened: ${shortLabel(parts)} (${classWords(parts)}).`);
  }
  out.push(
    `Rules ${report.rulesVersion} · scenario ${report.scenario.id} (content hash ${report.scenario.hash})`,
  );
  return out;
}

/** The widest half-width of a share's interval at n games (at a share of one half). */
function halfWidth(n: number): number {
  const i = wilsonInterval(Math.floor(n / 2), n);
  return (i.high - i.low) / 2;
}
