import { useMemo } from "preact/hooks";
import type { ChartSpec } from "../charts/spec.js";
import type { CourseModel } from "../models/index.js";
import { Chart } from "./Chart.js";
import { Legend, marksText, moveHeader, rulesOf, styleOf } from "./CourseParts.js";
import { TableScroll } from "./TableScroll.js";
import { TrustCourse } from "./TrustCourse.js";
import { UtilityCourse } from "./UtilityCourse.js";

/**
 * The game over time: tension and cohesion along the moves, each party's utility of what is agreed or of the
 * best on the table, and the trust between two chosen parties, with meetings and news marked. Each chart has
 * its figures in a table for screen readers and for copying.
 */
export function CourseCharts({ course }: { course: CourseModel }) {
  const { points } = course;
  const mood = useMemo<ChartSpec>(
    () => ({
      x: points.map((p) => p.move),
      rules: rulesOf(points),
      yLabel: "Level",
      series: [
        { label: "Tension", values: points.map((p) => p.tension), ...styleOf(2) },
        { label: "Cohesion", values: points.map((p) => p.cohesion), ...styleOf(1) },
      ],
    }),
    [points],
  );
  const moves = points.length - 1;
  return (
    <section class="course" aria-labelledby="debrief-course-h">
      <h2 id="debrief-course-h">Over time</h2>
      <figure class="course-chart" data-chart="mood">
        <figcaption>Tension and cohesion after each move</figcaption>
        <Legend series={mood.series} />
        <Chart
          spec={mood}
          title="Tension and cohesion after each move"
          name="tension-cohesion"
          label={`Line chart of tension and cohesion over ${moves} moves; the table below has every figure.`}
        />
        <details>
          <summary>Tension and cohesion as a table</summary>
          <TableScroll label="Tension and cohesion, move by move">
            <table class="course-table" data-table="mood">
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
                    <th scope="row">{moveHeader(p)}</th>
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
      <UtilityCourse course={course} />
      <TrustCourse course={course} />
    </section>
  );
}
