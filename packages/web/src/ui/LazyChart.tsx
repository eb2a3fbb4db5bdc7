import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import type { DrawnChart } from "../charts/spec.js";

/**
 * A chart whose drawing code (and the chart library with it) is loaded the first time it is shown. `load`
 * imports that code and returns the function that draws this chart; it is drawn again when `figures` change.
 * The canvas is a picture to screen readers (its label says so); the data table beside it carries the
 * numbers. `onDrawn` hears of the chart once drawn, and of `null` once removed.
 */
export function LazyChart({
  load,
  figures,
  label,
  onDrawn,
}: {
  load: () => Promise<(target: HTMLElement, width: number) => DrawnChart>;
  figures: unknown;
  label: string;
  onDrawn?: (chart: DrawnChart | null) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const failed = useSignal(false);
  useEffect(() => {
    const el = box.current;
    if (el === null) return;
    let chart: DrawnChart | null = null;
    let gone = false;
    const observer = new ResizeObserver(() => chart?.resize(el.clientWidth));
    load().then(
      (draw) => {
        if (gone) return;
        try {
          chart = draw(el, el.clientWidth);
        } catch {
          // A chart the library cannot draw (a canvas refused, say) says so; its table still has the figures.
          failed.value = true;
          return;
        }
        el.dataset.points = String(chart.points);
        observer.observe(el);
        onDrawn?.(chart);
      },
      () => {
        if (!gone) failed.value = true;
      },
    );
    return () => {
      gone = true;
      observer.disconnect();
      chart?.destroy();
      onDrawn?.(null);
    };
  }, [figures]);
  return failed.value ? (
    <p role="alert">The chart could not be loaded; its figures are in the table below.</p>
  ) : (
    <div class="chart" ref={box} role="img" aria-label={label} />
  );
}
