import { useMemo } from "preact/hooks";
import { type ChartSpec, LINE_STYLES } from "../charts/spec.js";
import type { CourseModel, CoursePointModel } from "../models/index.js";
import { Chart } from "./Chart.js";
import { percent } from "./format.js";
import { TableScroll } from "./TableScroll.js";

function styleOf(k: number) {
  return LINE_STYLES[k % LINE_STYLES.length] ?? { colour: "#d2ad55", dash: [] };
}

/** Meeting openings (after the first) and news, as rules on a chart. */
function rulesOf(points: readonly CoursePointModel[]): ChartSpec["rules"] {
  const rules: { x: number; kind: "meeting" | "news" }[] = [];
  for (const p of points)
    for (const m of p.marks) {
      if (m.kind === "news") rules.push({ x: p.move, kind: "news" });
      else if (m.kind === "meeting-opened" && p.move > 0) rules.push({ x: p.move, kind: "meeting" });
    }
  return rules;
}

function marksText(p: CoursePointModel): string {
  return p.marks.map((m) => m.text).join("; ");
}

/** A line of the legend: the line's colour and dash, drawn as a short sample, and its name. */
function Legend({ series }: { series: ChartSpec["series"] }) {
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
      <li>
        <svg width="28" height="10" aria-hidden="true">
          <line x1="14" y1="0" x2="14" y2="10" stroke="#f1e8d5" stroke-width="2" />
        </svg>
        a meeting opens
      </li>
      <li>
        <svg width="28" height="10" aria-hidden="true">
          <line x1="14" y1="0" x2="14" y2="10" stroke="#e0806a" stroke-width="2" stroke-dasharray="3 2" />
        </svg>
        news
      </li>
    </ul>
  );
}

/**
 * The game over time: tension and cohesion along the moves, and each party's utility of what is agreed,
 * with meetings and news marked. Each chart has its figures in a table for screen readers and for copying.
 */
export function CourseCharts({ course }: { course: CourseModel }) {
  const { points, actors } = course;
  const specs = useMemo(() => {
    const x = points.map((p) => p.move);
    const rules = rulesOf(points);
    const mood: ChartSpec = {
      x,
      rules,
      yLabel: "Level",
      series: [
        { label: "Tension", values: points.map((p) => p.tension), ...styleOf(2) },
        { label: "Cohesion", values: points.map((p) => p.cohesion), ...styleOf(1) },
      ],
    };
    const utility: ChartSpec = {
      x,
      rules,
      yLabel: "Utility (%)",
      yRange: [0, 100],
      series: actors.map((a, k) => ({
        label: a.name,
        values: points.map((p) => Math.round((p.agreed[k] ?? 0) * 1000) / 10),
        ...styleOf(k),
      })),
    };
    return { mood, utility };
  }, [points, actors]);
  const moves = points.length - 1;
  return (
    <section class="course" aria-labelledby="debrief-course-h">
      <h2 id="debrief-course-h">Over time</h2>
      <figure class="course-chart" data-chart="mood">
        <figcaption>Tension and cohesion after each move</figcaption>
        <Legend series={specs.mood.series} />
        <Chart
          spec={specs.mood}
          title="Tension and cohesion after each move"
          name="tension-cohesion"
          label={`Line chart of tension and cohesion over ${moves} moves; the table below has every figure.`}
        />
        <details>
          <summary>Tension and cohesion as a table</summary>
          <TableScroll label="Tension and cohesion, move by move">
            <table class="course-table">
              <caption>Tension and cohesion after each move</caption>
              <thead>
                <tr>
                  <th scope="col">Move</th>
                  <th scope="col">Meeting, minute</th>
                  <th scope="col">Tension</th>
                  <th scope="col">Cohesion</th>
                  <th scope="col">What happened</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.move}>
                    <th scope="row">{p.move === 0 ? "Start" : p.move}</th>
                    <td>
                      {p.meeting}, {p.minute}′
                    </td>
                    <td>{p.tension}</td>
                    <td>{p.cohesion}</td>
                    <td>{marksText(p)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      </figure>
      <figure class="course-chart" data-chart="utility">
        <figcaption>Each party's utility of what is agreed, after each move</figcaption>
        <Legend series={specs.utility.series} />
        <Chart
          spec={specs.utility}
          title="Each party's utility of what is agreed, after each move"
          name="utilities"
          label={`Line chart of each party's utility of what is agreed over ${moves} moves; the table below has every figure.`}
        />
        <details>
          <summary>Utilities as a table</summary>
          <TableScroll label="Utilities, move by move">
            <table class="course-table">
              <caption>Each party's utility of what is agreed, after each move</caption>
              <thead>
                <tr>
                  <th scope="col">Move</th>
                  {actors.map((a) => (
                    <th scope="col" key={a.id}>
                      {a.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.move}>
                    <th scope="row">{p.move === 0 ? "Start" : p.move}</th>
                    {actors.map((a, k) => (
                      <td key={a.id}>{percent(p.agreed[k] ?? 0)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      </figure>
    </section>
  );
}
