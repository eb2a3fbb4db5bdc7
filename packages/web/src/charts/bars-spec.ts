/**
 * A grouped bar chart as data: categories along x (named by short tags, "A", "B"…, that the data table under
 * the chart spells out), and for each category one bar per series. Kept apart from the chart library, which
 * loads with the chart.
 */
export interface BarsSpec {
  /** The tag of each category on the x axis. */
  readonly tags: readonly string[];
  /** Two series at most: one to the left of each tag, one to the right. */
  readonly series: readonly BarSeries[];
  readonly yLabel: string;
  readonly yRange: readonly [number, number];
}

/** One series of bars, with an optional interval drawn as a whisker on each bar. */
export interface BarSeries {
  readonly label: string;
  readonly values: readonly number[];
  readonly colour: string;
  /** Whether the bars are hatched, so that colour is not the only way to tell the series apart. */
  readonly hatched: boolean;
  readonly intervals?: readonly (readonly [number, number])[];
}
