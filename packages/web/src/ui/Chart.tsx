import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import { isScatter, type ScatterSpec } from "../charts/scatter.js";
import type { ChartSpec } from "../charts/spec.js";

type Drawn = { resize(width: number): void; destroy(): void; points: number };

/** The drawing function of a spec's kind, loaded with its library. */
function drawerOf(spec: ChartSpec | ScatterSpec): Promise<(el: HTMLElement) => Drawn> {
  return isScatter(spec)
    ? import("../charts/uplot-scatter.js").then(
        ({ drawScatter }) =>
          (el) =>
            drawScatter(el, spec, el.clientWidth),
      )
    : import("../charts/uplot.js").then(
        ({ drawChart }) =>
          (el) =>
            drawChart(el, spec, el.clientWidth),
      );
}

/**
 * A chart drawn by the chart library, which is loaded the first time a chart is shown. The canvas is a
 * picture to screen readers (its label says so); the data table beside it carries the same numbers.
 */
export function Chart({ spec, label }: { spec: ChartSpec | ScatterSpec; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const failed = useSignal(false);
  useEffect(() => {
    const el = box.current;
    if (el === null) return;
    let chart: Drawn | null = null;
    let gone = false;
    const observer = new ResizeObserver(() => chart?.resize(el.clientWidth));
    drawerOf(spec).then(
      (draw) => {
        if (gone) return;
        chart = draw(el);
        el.dataset.points = String(chart.points);
        observer.observe(el);
      },
      () => {
        failed.value = true;
      },
    );
    return () => {
      gone = true;
      observer.disconnect();
      chart?.destroy();
    };
  }, [spec]);
  return failed.value ? (
    <p role="alert">The chart could not be loaded; its figures are in the table below.</p>
  ) : (
    <div class="chart" ref={box} role="img" aria-label={label} />
  );
}
