/**
 * A line chart as data: what the debrief asks the chart library to draw. Kept apart from the library so
 * that the page's first bundle carries only this and the data tables; the library loads with the charts.
 */
export interface ChartSpec {
  /** The x values: move numbers, 0 for the start. */
  readonly x: readonly number[];
  readonly series: readonly ChartSeries[];
  /** Where to draw a vertical rule: a meeting opening (solid) or news (dashed). */
  readonly rules: readonly { readonly x: number; readonly kind: "meeting" | "news" }[];
  readonly yLabel: string;
  /** The y range; the series' own when left out. */
  readonly yRange?: readonly [number, number];
}

/** One line of a chart. */
export interface ChartSeries {
  readonly label: string;
  readonly values: readonly number[];
  readonly colour: string;
  /** A dash pattern, so that colour is not the only way to tell lines apart. */
  readonly dash: readonly number[];
}

/** The colours and dashes of a chart's lines, in order (readable on the page's dark wood). */
export const LINE_STYLES: readonly { readonly colour: string; readonly dash: readonly number[] }[] = [
  { colour: "#d2ad55", dash: [] },
  { colour: "#9cc596", dash: [8, 4] },
  { colour: "#e0806a", dash: [2, 3] },
  { colour: "#8fb8de", dash: [10, 3, 2, 3] },
  { colour: "#d9a0d0", dash: [4, 4] },
  { colour: "#f1e8d5", dash: [1, 5] },
];

/** How a rule is drawn on a chart and named in its legend: a meeting opening (solid) or news (dashed). */
export const RULE_STYLES: Readonly<
  Record<
    ChartSpec["rules"][number]["kind"],
    {
      readonly colour: string;
      readonly width: number;
      readonly dash: readonly number[];
      readonly label: string;
    }
  >
> = {
  meeting: { colour: "rgba(241, 232, 213, 0.7)", width: 2, dash: [], label: "a meeting opens" },
  news: { colour: "rgba(224, 128, 106, 0.9)", width: 1.5, dash: [5, 4], label: "news" },
};

/** How the axes of every chart are drawn: labels, grid and ticks, light on the page's dark wood. */
export const AXIS_STYLE = {
  stroke: "#cdbd9a",
  grid: { stroke: "rgba(241, 232, 213, 0.12)", width: 1 },
  ticks: { stroke: "rgba(241, 232, 213, 0.25)", width: 1 },
} as const;

/** A chart the chart library drew: it can be resized and removed, and its canvas made a picture. */
export interface DrawnChart {
  resize(width: number): void;
  destroy(): void;
  /** How many points (or bars) it shows, for tests. */
  readonly points: number;
  /** The canvas it is drawn on, for a picture of the chart. */
  readonly canvas: HTMLCanvasElement;
}
