import { useSignal } from "@preact/signals";
import { useEffect, useMemo } from "preact/hooks";
import { markerPath, outlineOnly, type ScatterGroup, type ScatterSpec } from "../charts/scatter.js";
import type { ParetoModel, ParetoPointKind, WhyModel } from "../models/index.js";
import { useApp } from "./app-context.js";
import { Chart } from "./Chart.js";
import { percentToTenth } from "./format.js";
import { TableScroll } from "./TableScroll.js";

/**
 * The debrief's Pareto view: the reader's choice of meeting and two parties, then the engine's view of them
 * as a chart and as a table (or why the engine could not make it).
 */

/** How each kind of point is drawn: shape and colour both differ, so colour is never the only cue. */
const LOOKS: Readonly<Record<ParetoPointKind, Omit<ScatterGroup, "points" | "label">>> = {
  frontier: { shape: "dot", colour: "#d2ad55", tag: null, tagAt: "right", joined: true },
  beyond: { shape: "cross", colour: "#e0806a", tag: null, tagAt: "right", joined: false },
  nash: { shape: "diamond", colour: "#9cc596", tag: "Nash", tagAt: "above", joined: false },
  ks: { shape: "square", colour: "#8fb8de", tag: "KS", tagAt: "below", joined: false },
  game: { shape: "triangle", colour: "#f1e8d5", tag: "This game", tagAt: "below", joined: false },
  record: { shape: "ring", colour: "#d9a0d0", tag: "Record", tagAt: "above", joined: false },
  disagreement: { shape: "plus", colour: "#cdbd9a", tag: "No agreement", tagAt: "right", joined: false },
};

const KINDS = Object.keys(LOOKS) as ParetoPointKind[];

function Marker({ kind }: { kind: ParetoPointKind }) {
  const look = LOOKS[kind];
  const outline = outlineOnly(look.shape);
  return (
    <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
      <path
        d={markerPath(look.shape, 4.5)}
        fill={outline ? "none" : look.colour}
        stroke={outline ? look.colour : "rgba(20, 12, 6, 0.8)"}
        stroke-width={outline ? 2 : 1}
      />
    </svg>
  );
}

/** The label of a kind of point, in the model's words ("Pareto frontier", "Kalai–Smorodinsky point"). */
function labelOf(pareto: ParetoModel, kind: ParetoPointKind): string {
  return pareto.points.find((p) => p.kind === kind)?.label ?? kind;
}

function specOf(pareto: ParetoModel): ScatterSpec {
  const [a, b] = pareto.actors;
  return {
    kind: "scatter",
    xLabel: `${a.name} (utility, %)`,
    yLabel: `${b.name} (%)`,
    range: [0, 100],
    groups: KINDS.map((kind) => ({
      ...LOOKS[kind],
      // The PNG's legend draws this label.
      label: labelOf(pareto, kind),
      points: pareto.points
        .filter((p) => p.kind === kind)
        .map((p) => ({ x: Math.round(p.x * 1000) / 10, y: Math.round(p.y * 1000) / 10 })),
    })).filter((g) => g.points.length > 0),
  };
}

interface Choice {
  readonly track: string;
  readonly actors: readonly [string, string] | null;
}

/** The meeting and the two parties of the view: shown whether or not the engine could make the view asked. */
function ParetoChoice({ why }: { why: WhyModel }) {
  const { send } = useApp();
  // What was last asked: the selects show it at once, while the worker works the view out.
  const asked = useSignal<Choice | null>(null);
  useEffect(() => {
    asked.value = null;
  }, [why]);
  const track = asked.value?.track ?? why.view.track;
  const meeting = why.meetings.find((m) => m.track === track);
  const parties = meeting?.parties ?? [];
  const [x = "", y = ""] =
    asked.value?.actors ?? (asked.value === null ? why.view.actors : (meeting?.defaultPair ?? []));
  const ask = (choice: Choice) => {
    asked.value = choice;
    send({ type: "WHY", track: choice.track, actors: choice.actors });
  };
  const choose = (axis: 0 | 1, id: string) => {
    const other = axis === 0 ? y : x;
    // Choosing on one axis the party of the other swaps them.
    const pair: [string, string] = id === other ? [y, x] : axis === 0 ? [id, y] : [x, id];
    ask({ track, actors: pair });
  };
  return (
    <div class="why-choice">
      <label>
        Meeting{" "}
        <select value={track} onChange={(e) => ask({ track: e.currentTarget.value, actors: null })}>
          {why.meetings.map((m) => (
            <option key={m.track} value={m.track}>
              {m.title}
            </option>
          ))}
        </select>
      </label>
      <PartyChoice
        label="Across (horizontal axis)"
        value={x}
        parties={parties}
        onChange={(id) => choose(0, id)}
      />
      <PartyChoice label="Up (vertical axis)" value={y} parties={parties} onChange={(id) => choose(1, id)} />
    </div>
  );
}

/** A labelled select of the meeting's parties, for one axis. */
function PartyChoice({
  label,
  value,
  parties,
  onChange,
}: {
  label: string;
  value: string;
  parties: readonly { readonly id: string; readonly name: string }[];
  onChange: (id: string) => void;
}) {
  return (
    <label>
      {label}{" "}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {parties.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function ParetoFigure({ pareto, meetings }: { pareto: ParetoModel; meetings: number }) {
  const spec = useMemo(() => specOf(pareto), [pareto]);
  const [a, b] = pareto.actors;
  const kinds = KINDS.filter((k) => pareto.points.some((p) => p.kind === k));
  const beyond = pareto.points.filter((p) => p.kind === "beyond").length;
  return (
    <figure class="course-chart why-pareto" data-chart="pareto">
      <figcaption aria-live="polite">
        {pareto.meeting}: {a.name} against {b.name}.{" "}
        {pareto.gameDominated
          ? "This game's outcome is Pareto-dominated: a package within the red lines gives both at least as much and one more."
          : "No package within the red lines gives both more than this game's outcome."}
        {meetings > 1 &&
          " This game's point (and the record's) is each party's final utility over every meeting, set among this meeting's packages, where the later meetings' issues stay at their status quo: a rough comparison, exact only in a single-meeting scenario."}
        {beyond > 0 &&
          ` ${beyond} package${beyond === 1 ? "" : "s"} beyond red lines would reach further (crosses).`}
        {pareto.missing.length > 0 && ` ${pareto.missing.join(" ")}`}
      </figcaption>
      <ul class="chart-legend">
        {kinds.map((k) => (
          <li key={k}>
            <Marker kind={k} />
            {labelOf(pareto, k)}
          </li>
        ))}
      </ul>
      <Chart
        spec={spec}
        label={`Scatter chart of ${a.name}'s utility across and ${b.name}'s up, ${pareto.points.length} points; the table below has every one.`}
        title={`${pareto.meeting}: ${a.name} and ${b.name}`}
        name="pareto"
      />
      <details>
        <summary>Every plotted point as a table</summary>
        <TableScroll label="Every point of the Pareto view">
          <table class="why-points">
            <caption>
              Every point of the Pareto view of {pareto.meeting}: {a.name} and {b.name}, utility 0 to 100%
            </caption>
            <thead>
              <tr>
                <th scope="col">Point</th>
                <th scope="col">{a.name}</th>
                <th scope="col">{b.name}</th>
                <th scope="col">Red lines crossed</th>
                <th scope="col">Package</th>
              </tr>
            </thead>
            <tbody>
              {pareto.points.map((p, k) => (
                <tr key={k} data-kind={p.kind} data-x={p.x} data-y={p.y}>
                  <th scope="row">
                    <Marker kind={p.kind} /> {p.label}
                  </th>
                  <td>{percentToTenth(p.x)}</td>
                  <td>{percentToTenth(p.y)}</td>
                  <td>{p.crosses.length > 0 ? p.crosses.join("; ") : "none"}</td>
                  <td>{p.terms.length > 0 ? p.terms.join("; ") : "nothing agreed"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}

/**
 * The Pareto view of the meeting and parties chosen: the choice always, then the view, or why the engine
 * could not make it (so that the reader can choose again).
 */
export function ParetoView({ why, problem }: { why: WhyModel; problem: string | null }) {
  return (
    <>
      <ParetoChoice why={why} />
      {problem !== null && <p role="alert">{problem}</p>}
      {why.pareto === null ? (
        <p role="status">{why.paretoProblem}</p>
      ) : (
        <ParetoFigure pareto={why.pareto} meetings={why.meetings.length} />
      )}
    </>
  );
}
