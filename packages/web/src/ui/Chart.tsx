import { useSignal } from "@preact/signals";
import { createContext } from "preact";
import { useContext, useRef } from "preact/hooks";
import { isScatter, type ScatterSpec } from "../charts/scatter.js";
import type { ChartSpec, DrawnChart } from "../charts/spec.js";
import { downloadBlob, fileSlug } from "./download.js";
import { LazyChart } from "./LazyChart.js";

/**
 * How the pictures of the charts below are named: `<base>-<chart>.png`. The debrief gives its game's
 * `parley-<scenario>-<seed>`.
 */
export const ChartFileBase = createContext("parley");

/** The drawing function of a spec's kind (a line or a scatter chart), loaded with the chart library. */
function drawerOf(spec: ChartSpec | ScatterSpec): Promise<(el: HTMLElement, width: number) => DrawnChart> {
  return isScatter(spec)
    ? import("../charts/uplot-scatter.js").then(
        ({ drawScatter }) =>
          (el, w) =>
            drawScatter(el, spec, w),
      )
    : import("../charts/uplot.js").then(
        ({ drawChart }) =>
          (el, w) =>
            drawChart(el, spec, w),
      );
}

/**
 * A line or scatter chart drawn by the chart library, which is loaded the first time a chart is shown. Once
 * drawn, "Download as PNG" saves the chart with its title and legend as a picture (`title`, the label if
 * none; `name` ends the file's name, the title's if none).
 */
export function Chart({
  spec,
  label,
  title,
  name,
}: {
  spec: ChartSpec | ScatterSpec;
  label: string;
  title?: string;
  name?: string;
}) {
  const drawn = useRef<DrawnChart | null>(null);
  const ready = useSignal(false);
  const exportProblem = useSignal("");
  const base = useContext(ChartFileBase);
  const heading = title ?? label;
  const save = () => {
    const canvas = drawn.current?.canvas;
    if (canvas === undefined) return;
    exportProblem.value = "";
    import("../charts/png.js")
      .then(({ chartPng }) => chartPng(canvas, spec, heading))
      .then((blob) => {
        if (blob === null) throw new Error("no picture");
        downloadBlob(`${base}-${fileSlug(name ?? heading)}.png`, blob);
      })
      .catch(() => {
        exportProblem.value = "The picture could not be made; the table below has the same figures.";
      });
  };
  return (
    <>
      <LazyChart
        load={() => drawerOf(spec)}
        figures={spec}
        label={label}
        onDrawn={(chart) => {
          drawn.current = chart;
          ready.value = chart !== null;
        }}
      />
      {ready.value && (
        <div class="chart-export">
          <button type="button" onClick={save}>
            Download as PNG<span class="visually-hidden">: {heading}</span>
          </button>
          {exportProblem.value !== "" && <p role="alert">{exportProblem.value}</p>}
        </div>
      )}
    </>
  );
}
