import { useMemo } from "preact/hooks";
import type { ChartSpec } from "../charts/spec.js";
import type { CourseModel } from "../models/index.js";
import { CourseFigure, marksText, rulesOf, styleOf } from "./CourseParts.js";
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
      <CourseFigure
        kind="mood"
        title="Tension and cohesion after each move"
        name="tension-cohesion"
        label={`Line chart of tension and cohesion over ${moves} moves; the table below has every figure.`}
        spec={mood}
        tableName="Tension and cohesion"
        columns={["Meeting, minute", "Tension", "Cohesion", "What happened"]}
        points={points}
        cells={(p) => [`${p.meeting}, ${p.minute}′`, p.tension, p.cohesion, marksText(p)]}
      />
      <UtilityCourse course={course} />
      <TrustCourse course={course} />
    </section>
  );
}
