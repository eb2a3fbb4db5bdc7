import { useSignal } from "@preact/signals";
import { useMemo } from "preact/hooks";
import type { ChartSpec } from "../charts/spec.js";
import type { CourseModel, CoursePointModel } from "../models/index.js";
import { CourseFigure, rulesOf, styleOf } from "./CourseParts.js";
import { percent } from "./format.js";

/** The two readings of a party's utility along the game, as the engine's debrief gives them. */
const MEASURES = {
  agreed: {
    option: "what is agreed",
    title: "Each party's utility of what is agreed, after each move",
    of: (p: CoursePointModel) => p.agreed,
  },
  table: {
    option: "the best on the table",
    title: "Each party's utility of the best it could have from the table, after each move",
    of: (p: CoursePointModel) => p.table,
  },
} as const;

type Measure = keyof typeof MEASURES;

/**
 * Each party's utility along the game: of what is agreed so far, or of the best it could have from the table
 * (what is agreed plus the open proposal it values most), chosen with a select.
 */
export function UtilityCourse({ course }: { course: CourseModel }) {
  const { points, actors } = course;
  const measure = useSignal<Measure>("agreed");
  const m = MEASURES[measure.value];
  const spec = useMemo<ChartSpec>(
    () => ({
      x: points.map((p) => p.move),
      rules: rulesOf(points),
      yLabel: "Utility (%)",
      yRange: [0, 100],
      series: actors.map((a, k) => ({
        label: a.name,
        values: points.map((p) => Math.round((m.of(p)[k] ?? 0) * 1000) / 10),
        ...styleOf(k),
      })),
    }),
    [points, actors, m],
  );
  const moves = points.length - 1;
  return (
    <CourseFigure
      kind="utility"
      title={m.title}
      name={measure.value === "agreed" ? "utilities" : "utilities-table"}
      label={`Line chart of each party's utility of ${m.option} over ${moves} moves; the table below has every figure.`}
      controls={
        <div class="field inline">
          <label for="course-utility-measure">Utility of</label>
          <select
            id="course-utility-measure"
            value={measure.value}
            onChange={(e) => {
              measure.value = e.currentTarget.value === "table" ? "table" : "agreed";
            }}
          >
            {(Object.keys(MEASURES) as Measure[]).map((k) => (
              <option value={k} key={k}>
                {MEASURES[k].option}
              </option>
            ))}
          </select>
        </div>
      }
      spec={spec}
      tableName="Utilities"
      columns={actors.map((a) => a.name)}
      points={points}
      cells={(p) => actors.map((_, k) => percent(m.of(p)[k] ?? 0))}
    />
  );
}
