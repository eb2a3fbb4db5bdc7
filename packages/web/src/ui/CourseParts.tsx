import { type ChartSpec, LINE_STYLES, RULE_STYLES } from "../charts/spec.js";
import type { CoursePointModel } from "../models/index.js";

/**
 * What the charts of the debrief's "Over time" share: line styles, the rules for meetings and news, the
 * legend, and the words for what happened at a point.
 */

/** The colour and dash of the k-th line of a chart. */
export function styleOf(k: number): { readonly colour: string; readonly dash: readonly number[] } {
  return LINE_STYLES[k % LINE_STYLES.length] ?? { colour: "#d2ad55", dash: [] };
}

/** Meeting openings (after the first) and news, as rules on a chart. */
export function rulesOf(points: readonly CoursePointModel[]): ChartSpec["rules"] {
  const rules: { x: number; kind: "meeting" | "news" }[] = [];
  for (const p of points)
    for (const m of p.marks) {
      if (m.kind === "news") rules.push({ x: p.move, kind: "news" });
      else if (m.kind === "meeting-opened" && p.move > 0) rules.push({ x: p.move, kind: "meeting" });
    }
  return rules;
}

/** What happened at a point (news, meetings opening or ending), in words. */
export function marksText(p: CoursePointModel): string {
  return p.marks.map((m) => m.text).join("; ");
}

/** The row header of a point: "Start", or the move's number. */
export function moveHeader(p: CoursePointModel): string {
  return p.move === 0 ? "Start" : String(p.move);
}

/** A line of the legend: the line's colour and dash, drawn as a short sample, and its name. */
export function Legend({ series }: { series: ChartSpec["series"] }) {
  const rules = [RULE_STYLES.meeting, RULE_STYLES.news];
  return (
    <ul class="chart-legend">
      {series.map((s) => (
        <li key={s.label}>
          <svg width="28" height="10" aria-hidden="true">
            <line
              x1="0"
              y1="5"
              x2="28"
              y2="5"
              stroke={s.colour}
              stroke-width="2"
              stroke-dasharray={s.dash.join(" ")}
            />
          </svg>
          {s.label}
        </li>
      ))}
      {rules.map((r) => (
        <li key={r.label}>
          <svg width="28" height="10" aria-hidden="true">
            <line
              x1="14"
              y1="0"
              x2="14"
              y2="10"
              stroke={r.colour}
              stroke-width="2"
              stroke-dasharray={r.dash.join(" ")}
            />
          </svg>
          {r.label}
        </li>
      ))}
    </ul>
  );
}
