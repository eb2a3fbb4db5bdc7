import { useMemo } from "preact/hooks";
import type { BarsSpec } from "../charts/bars-spec.js";
import { LINE_STYLES } from "../charts/spec.js";
import type { ClassModel, OutcomeRowModel, UtilityFigureModel } from "../models/index.js";
import { BarChart } from "./BarChart.js";
import { percent } from "./format.js";
import { TableScroll } from "./TableScroll.js";

/** The tag of the i-th outcome on the chart's axis and in its table: A, B, C… */
function tag(i: number): string {
  return String.fromCharCode(65 + (i % 26));
}

function interval(low: number, high: number): string {
  return `${percent(low)}–${percent(high)}`;
}

function spec(rows: readonly OutcomeRowModel[], games: number): BarsSpec {
  const own = LINE_STYLES[0] ?? { colour: "#d2ad55" };
  const sim = LINE_STYLES[3] ?? { colour: "#8fb8de" };
  const simulated = rows.every((r) => r.simulated !== null);
  return {
    tags: rows.map((_, i) => tag(i)),
    yLabel: "Share of games",
    yRange: [0, 1],
    series: [
      {
        label: `This class (${games} games)`,
        values: rows.map((r) => r.classShare),
        colour: own.colour,
        hatched: false,
      },
      ...(simulated
        ? [
            {
              label: "Simulated with bots",
              values: rows.map((r) => r.simulated?.share ?? 0),
              colour: sim.colour,
              hatched: true,
              intervals: rows.map((r) => [r.simulated?.low ?? 0, r.simulated?.high ?? 0] as const),
            },
          ]
        : []),
    ],
  };
}

function figureText(f: UtilityFigureModel | null): string {
  return f === null ? "—" : `${percent(f.mean)} (${interval(f.low, f.high)})`;
}

/** How often each outcome came up in the class beside the simulation, as a chart and a table. */
export function OutcomeSpread({ model }: { model: ClassModel }) {
  const games = model.figures?.games ?? 0;
  const simGames = model.simulation?.figures?.games ?? 0;
  const chart = useMemo(() => spec(model.outcomes, games), [model.outcomes, games]);
  if (model.outcomes.length === 0) return null;
  return (
    <figure class="course-chart class-chart">
      <figcaption>
        How often each outcome came up: this class's {games} games
        {simGames > 0 ? `, beside ${simGames} games simulated with bots (whiskers: 95% interval)` : ""}.
      </figcaption>
      <ul class="chart-legend" aria-hidden="true">
        {chart.series.map((s) => (
          <li key={s.label}>
            <svg width="18" height="12" aria-hidden="true">
              <rect
                width="18"
                height="12"
                fill={s.hatched ? "none" : s.colour}
                stroke={s.colour}
                stroke-dasharray={s.hatched ? "3 2" : ""}
              />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <BarChart
        spec={chart}
        label="Bar chart of the outcomes' shares; the same figures are in the table below."
      />
      <TableScroll label="Outcomes as a table">
        <table class="class-outcomes" data-testid="class-outcomes">
          <caption>Outcomes as a table</caption>
          <thead>
            <tr>
              <th scope="col">Tag</th>
              <th scope="col">Outcome</th>
              <th scope="col">This class</th>
              <th scope="col">Simulated share (95% interval)</th>
            </tr>
          </thead>
          <tbody>
            {model.outcomes.map((r, i) => (
              <tr key={r.key} data-outcome={r.key}>
                <td>{tag(i)}</td>
                <th scope="row">{r.label}</th>
                <td data-testid="class-count">
                  {r.classCount} of {games} ({percent(r.classShare)})
                </td>
                <td data-testid="simulated-share">
                  {r.simulated === null
                    ? "not simulated yet"
                    : `${percent(r.simulated.share)} (${interval(r.simulated.low, r.simulated.high)}), ${r.simulated.count} of ${simGames}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </figure>
  );
}

/** Each party's utility in the class's games beside the simulation's mean and range. */
export function PartySpread({ model }: { model: ClassModel }) {
  if (model.parties.length === 0 || model.games.length === 0) return null;
  return (
    <TableScroll label="Utilities in the class and simulated">
      <table class="class-parties" data-testid="class-parties">
        <caption>What each party got: the class's games beside the simulation (utility 0 to 100%)</caption>
        <thead>
          <tr>
            <th scope="col">Party</th>
            <th scope="col">In each of the class's games</th>
            <th scope="col">Class mean (95% interval)</th>
            <th scope="col">Simulated mean (95% interval)</th>
            <th scope="col">Simulated range</th>
          </tr>
        </thead>
        <tbody>
          {model.parties.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.name}</th>
              <td>{p.games.map(percent).join(", ")}</td>
              <td>{figureText(p.classFigure)}</td>
              <td>{figureText(p.simulated)}</td>
              <td>{p.simulated === null ? "—" : interval(p.simulated.min, p.simulated.max)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
