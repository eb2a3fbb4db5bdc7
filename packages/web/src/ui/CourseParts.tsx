import type { ComponentChildren } from "preact";
import { type ChartSpec, LINE_STYLES, RULE_STYLES } from "../charts/spec.js";
import type { CoursePointModel } from "../models/index.js";
import { Chart } from "./Chart.js";
import { TableScroll } from "./TableScroll.js";

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
function moveHeader(p: CoursePointModel): string {
  return p.move === 0 ? "Start" : String(p.move);
}

/** A short sample of a line, across (a series) or upright (a rule), as the legend shows it. */
function Sample({ colour, dash, upright }: { colour: string; dash: readonly number[]; upright: boolean }) {
  const [x1, y1, x2, y2] = upright ? [14, 0, 14, 10] : [0, 5, 28, 5];
  return (
    <svg width="28" height="10" aria-hidden="true">
      <line
        x1={x1}
        y1={y1}
        x2={x2}
        y2={y2}
        stroke={colour}
        stroke-width="2"
        stroke-dasharray={dash.join(" ")}
      />
    </svg>
  );
}

/** The legend of a chart of the course: each line's colour and dash, drawn as a short sample, and the rules. */
export function Legend({ series }: { series: ChartSpec["series"] }) {
  return (
    <ul class="chart-legend">
      {series.map((s) => (
        <li key={s.label}>
          <Sample colour={s.colour} dash={s.dash} upright={false} />
          {s.label}
        </li>
      ))}
      {[RULE_STYLES.meeting, RULE_STYLES.news].map((r) => (
        <li key={r.label}>
          <Sample colour={r.colour} dash={r.dash} upright={true} />
          {r.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * One chart of the course: its caption, the controls that choose what it shows, the legend, the chart with
 * "Download as PNG", and every figure in a table under it. `cells` gives a point's cells after its move.
 */
export function CourseFigure({
  kind,
  title,
  name,
  label,
  controls,
  spec,
  tableName,
  columns,
  points,
  cells,
}: {
  kind: string;
  title: string;
  name: string;
  label: string;
  controls?: ComponentChildren;
  spec: ChartSpec;
  tableName: string;
  columns: readonly string[];
  points: readonly CoursePointModel[];
  cells: (p: CoursePointModel, i: number) => ComponentChildren[];
}) {
  return (
    <figure class="course-chart" data-chart={kind}>
      <figcaption>{title}</figcaption>
      {controls}
      <Legend series={spec.series} />
      <Chart spec={spec} title={title} name={name} label={label} />
      <details>
        <summary>{tableName} as a table</summary>
        <TableScroll label={`${tableName}, move by move`}>
          <table class="course-table" data-table={kind}>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Move</th>
                {columns.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((p, i) => (
                <tr key={p.move}>
                  <th scope="row">{moveHeader(p)}</th>
                  {cells(p, i).map((cell, k) => (
                    <td key={columns[k] ?? k}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
