import { useSignal } from "@preact/signals";
import { createContext } from "preact";
import { useContext, useEffect, useRef } from "preact/hooks";
import type { ChartSpec } from "../charts/spec.js";
import { downloadBlob, fileSlug } from "./download.js";

/**
 * How the pictures of the charts below are named: `<base>-<chart>.png`. The debrief gives its game's
 * `parley-<scenario>-<seed>`.
 */
export const ChartFileBase = createContext("parley");

interface DrawnChart {
  resize(width: number): void;
  destroy(): void;
  readonly points: number;
  readonly canvas: HTMLCanvasElement;
}

/**
 * A chart drawn by the chart library, which is loaded the first time a chart is shown. The canvas is a
 * picture to screen readers (its label says so); the data table beside it carries the same numbers. Once
 * drawn, "Download as PNG" saves the chart with its title and legend as a picture (`title`, the label if
 * none; `name` ends the file's name, the title's if none).
 */
export function Chart({
  spec,
  label,
  title,
  name,
}: {
  spec: ChartSpec;
  label: string;
  title?: string;
  name?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const drawn = useRef<DrawnChart | null>(null);
  const failed = useSignal(false);
  const ready = useSignal(false);
  const exportProblem = useSignal("");
  const base = useContext(ChartFileBase);
  useEffect(() => {
    const el = box.current;
    if (el === null) return;
    let gone = false;
    const observer = new ResizeObserver(() => drawn.current?.resize(el.clientWidth));
    import("../charts/uplot.js").then(
      ({ drawChart }) => {
        if (gone) return;
        drawn.current = drawChart(el, spec, el.clientWidth);
        el.dataset.points = String(drawn.current.points);
        ready.value = true;
        observer.observe(el);
      },
      () => {
        failed.value = true;
      },
    );
    return () => {
      gone = true;
      observer.disconnect();
      drawn.current?.destroy();
      drawn.current = null;
      ready.value = false;
    };
  }, [spec]);

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

  if (failed.value)
    return <p role="alert">The chart could not be loaded; its figures are in the table below.</p>;
  return (
    <>
      <div class="chart" ref={box} role="img" aria-label={label} />
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
