import { useSignal } from "@preact/signals";
import { useMemo } from "preact/hooks";
import type { ChartSpec } from "../charts/spec.js";
import type { CourseModel } from "../models/index.js";
import { CourseFigure, rulesOf, styleOf } from "./CourseParts.js";

/** A select of the game's parties, by index into the course's actors. */
function PartySelect({
  id,
  label,
  which,
  value,
  actors,
  onChange,
}: {
  id: string;
  label: string;
  /** Which party this is, for screen readers ("first party"): the visible label alone says little. */
  which: string;
  value: number;
  actors: CourseModel["actors"];
  onChange: (k: number) => void;
}) {
  return (
    <div class="field inline">
      <label for={id}>
        {label}
        <span class="visually-hidden"> ({which})</span>
      </label>
      <select id={id} value={String(value)} onChange={(e) => onChange(Number(e.currentTarget.value))}>
        {actors.map((a, k) => (
          <option value={String(k)} key={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The trust between two parties chosen with two selects, both ways, along the game: whether a walk-out, a
 * concession or a leak changed how they saw each other.
 */
export function TrustCourse({ course }: { course: CourseModel }) {
  const { points, actors } = course;
  const first = useSignal(0);
  const second = useSignal(Math.min(1, actors.length - 1));
  // Choosing the other select's party swaps the two: a party's trust in itself means nothing.
  const pick = (mine: typeof first, other: typeof first) => (k: number) => {
    if (k === other.value) other.value = mine.value;
    mine.value = k;
  };
  const a = actors[first.value];
  const b = actors[second.value];
  const spec = useMemo<ChartSpec | null>(() => {
    if (a === undefined || b === undefined) return null;
    const way = (from: number, to: number) => points.map((p) => p.trust[from]?.[to] ?? 0);
    const series = [
      { label: `${a.name} trusts ${b.name}`, values: way(first.value, second.value), ...styleOf(0) },
    ];
    if (first.value !== second.value)
      series.push({
        label: `${b.name} trusts ${a.name}`,
        values: way(second.value, first.value),
        ...styleOf(3),
      });
    return { x: points.map((p) => p.move), rules: rulesOf(points), yLabel: "Trust", series };
  }, [points, a, b, first.value, second.value]);
  if (a === undefined || b === undefined || spec === null) return null;
  const moves = points.length - 1;
  const title = `Trust between ${a.name} and ${b.name}, after each move`;
  return (
    <CourseFigure
      kind="trust"
      title={title}
      name="trust"
      label={`Line chart of the trust between ${a.name} and ${b.name} over ${moves} moves; the table below has every figure.`}
      controls={
        <div class="trust-pair">
          <PartySelect
            id="course-trust-a"
            label="Trust between"
            which="first party"
            value={first.value}
            actors={actors}
            onChange={pick(first, second)}
          />
          <PartySelect
            id="course-trust-b"
            label="and"
            which="second party"
            value={second.value}
            actors={actors}
            onChange={pick(second, first)}
          />
        </div>
      }
      spec={spec}
      tableName="Trust"
      columns={spec.series.map((s) => s.label)}
      points={points}
      cells={(_, i) => spec.series.map((s) => s.values[i])}
    />
  );
}
