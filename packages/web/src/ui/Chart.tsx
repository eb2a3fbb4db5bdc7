import type { ChartSpec } from "../charts/spec.js";
import { LazyChart } from "./LazyChart.js";

/** A line chart drawn by the chart library, which is loaded the first time a chart is shown. */
export function Chart({ spec, label }: { spec: ChartSpec; label: string }) {
  return (
    <LazyChart
      load={() =>
        import("../charts/uplot.js").then(
          ({ drawChart }) =>
            (el, w) =>
              drawChart(el, spec, w),
        )
      }
      figures={spec}
      label={label}
    />
  );
}
