import type { BarsSpec } from "../charts/bars-spec.js";
import { LazyChart } from "./LazyChart.js";

/** A grouped bar chart drawn by the chart library, which is loaded the first time a chart is shown. */
export function BarChart({ spec, label }: { spec: BarsSpec; label: string }) {
  return (
    <LazyChart
      load={() =>
        import("../charts/bars.js").then(
          ({ drawBars }) =>
            (el, w) =>
              drawBars(el, spec, w),
        )
      }
      figures={spec}
      label={label}
    />
  );
}
