import { useSignal } from "@preact/signals";
import { useEffect, useMemo } from "preact/hooks";
import { markerPath, outlineOnly, type ScatterGroup, type ScatterSpec } from "../charts/scatter.js";
import type {
  EndModel,
  ParetoModel,
  ParetoPointKind,
  WhyExclusion,
  WhyMeeting,
  WhyModel,
} from "../models/index.js";
import { useApp } from "./app-context.js";
import { Chart } from "./Chart.js";
import "./debrief-why.css";
import { TableScroll } from "./TableScroll.js";

/**
 * "Why it ended so": per meeting, each issue's zone of possible agreement and what excluded each option;
 * then the Pareto view of a meeting for two parties the reader chooses, as a chart and as a table. The
 * figures are the engine's, asked of the worker for this game (the answer's fingerprint says which game).
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

/**
 * A utility (0..1) as a percentage to a tenth: points of a frontier lie close together, and whole percentages
 * would show many alike.
 */
export function tenth(value: number): string {
  return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}

/**
 * "19.1% < 20.6%": a utility below a reservation value, to a tenth of a percent, or finer where a tenth would
 * show the two alike.
 */
export function below(utility: number, reservation: number): string {
  let digits = 1;
  const at = (v: number) => (v * 100).toFixed(digits);
  while (digits < 3 && at(utility) === at(reservation)) digits++;
  return `${at(utility)}% < ${at(reservation)}%`;
}

/** An exclusion in words: "NATO allies' red line on Enlargement", "Russia's reservation value: 42.0% < 55.0%". */
export function exclusionText(x: WhyExclusion): string {
  return x.kind === "red-line" ? x.text : `${x.whose}: ${below(x.utility, x.reservation)}`;
}

function MeetingZones({ meeting }: { meeting: WhyMeeting }) {
  return (
    <section class="why-meeting" data-track={meeting.track} aria-labelledby={`why-zones-${meeting.track}`}>
      <h3 id={`why-zones-${meeting.track}`}>{meeting.title}</h3>
      <p class="hint">
        Decided by the parties seated there: {meeting.parties.map((p) => p.name).join(", ")}.
        {meeting.settled.length > 0 &&
          ` Already agreed in an earlier meeting: ${meeting.settled.join("; ")}.`}
      </p>
      <TableScroll label={`Zones of possible agreement at ${meeting.title}`}>
        <table class="why-zones">
          <caption>Zone of possible agreement of each issue, and what excluded the other options</caption>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              <th scope="col">In the zone</th>
              <th scope="col">Excluded, and by what</th>
            </tr>
          </thead>
          <tbody>
            {meeting.issues.map((issue) => (
              <tr key={issue.title}>
                <th scope="row">{issue.title}</th>
                <td class="why-in">
                  {issue.zone.length > 0 ? issue.zone.join(", ") : "none: no option suits all"}
                </td>
                <td>
                  {issue.options.every((o) => o.inZone) && "nothing"}
                  <ul class="why-out">
                    {issue.options
                      .filter((o) => !o.inZone)
                      .map((o) => (
                        <li key={o.label}>
                          <strong>{o.label}</strong>: {o.excludedBy.map(exclusionText).join("; ")}
                        </li>
                      ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

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

function specOf(pareto: ParetoModel): ScatterSpec {
  const [a, b] = pareto.actors;
  return {
    kind: "scatter",
    xLabel: `${a.name} (utility, %)`,
    yLabel: `${b.name} (%)`,
    range: [0, 100],
    groups: KINDS.map((kind) => ({
      ...LOOKS[kind],
      label: kind,
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

function ParetoView({
  why,
  pareto,
  problem,
}: {
  why: WhyModel;
  pareto: ParetoModel;
  problem: string | null;
}) {
  const { send } = useApp();
  const spec = useMemo(() => specOf(pareto), [pareto]);
  const [a, b] = pareto.actors;
  // What was last asked: the selects show it at once, while the worker works the view out.
  const asked = useSignal<Choice | null>(null);
  useEffect(() => {
    asked.value = null;
  }, [pareto]);
  const track = asked.value?.track ?? pareto.track;
  const meeting = why.meetings.find((m) => m.track === track);
  const parties = meeting?.parties ?? [a, b];
  // A new meeting is asked without actors: its first two parties, as the engine's adapter takes them.
  const [x = "", y = ""] =
    asked.value?.actors ?? (asked.value === null ? [a.id, b.id] : parties.slice(0, 2).map((p) => p.id));
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
  const kinds = KINDS.filter((k) => pareto.points.some((p) => p.kind === k));
  const beyond = pareto.points.filter((p) => p.kind === "beyond").length;
  return (
    <>
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
        <label>
          Across (horizontal axis){" "}
          <select value={x} onChange={(e) => choose(0, e.currentTarget.value)}>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Up (vertical axis){" "}
          <select value={y} onChange={(e) => choose(1, e.currentTarget.value)}>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {problem !== null && <p role="alert">{problem}</p>}
      <figure class="course-chart why-pareto" data-chart="pareto">
        <figcaption aria-live="polite">
          {pareto.meeting}: {a.name} against {b.name}.{" "}
          {pareto.gameDominated
            ? "This game's outcome is Pareto-dominated: a package within the red lines gives both at least as much and one more."
            : "No package within the red lines gives both more than this game's outcome."}
          {beyond > 0 &&
            ` ${beyond} package${beyond === 1 ? "" : "s"} beyond red lines would reach further (crosses).`}
          {pareto.missing.length > 0 && ` ${pareto.missing.join(" ")}`}
        </figcaption>
        <ul class="chart-legend">
          {kinds.map((k) => (
            <li key={k}>
              <Marker kind={k} />
              {pareto.points.find((p) => p.kind === k)?.label}
            </li>
          ))}
        </ul>
        <Chart
          spec={spec}
          label={`Scatter chart of ${a.name}'s utility across and ${b.name}'s up, ${pareto.points.length} points; the table below has every one.`}
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
                    <td>{tenth(p.x)}</td>
                    <td>{tenth(p.y)}</td>
                    <td>{p.crosses.length > 0 ? p.crosses.join("; ") : "none"}</td>
                    <td>{p.terms.length > 0 ? p.terms.join("; ") : "nothing agreed"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      </figure>
    </>
  );
}

/** The debrief's "why it ended so" section. */
export function DebriefWhy({ end }: { end: EndModel }) {
  const { snapshot, send } = useApp();
  const context = snapshot.value.context;
  const why = context.why?.fingerprint === end.fingerprint ? context.why : null;
  const asked = why !== null;
  useEffect(() => {
    if (!asked) send({ type: "WHY", track: null, actors: null });
  }, [end.fingerprint]);
  return (
    <section class="why" aria-labelledby="debrief-why-h">
      <h2 id="debrief-why-h">Why it ended so</h2>
      {why === null ? (
        <p role="status">{context.whyProblem ?? "Working out the zones and the Pareto frontier…"}</p>
      ) : (
        <>
          <p>
            An option is in an issue's zone of possible agreement when no red line forbids it and every party
            with a stake gets at least its reservation value from it, the other issues where they stay. The
            hidden types this game drew are the ones used.
          </p>
          {why.meetings.map((m) => (
            <MeetingZones meeting={m} key={m.track} />
          ))}
          <h3 id="debrief-pareto-h">The Pareto frontier of two parties</h3>
          {why.pareto === null ? (
            <p role="status">{why.paretoProblem}</p>
          ) : (
            <ParetoView why={why} pareto={why.pareto} problem={context.whyProblem} />
          )}
        </>
      )}
    </section>
  );
}
