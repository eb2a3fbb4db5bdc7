import "uplot/dist/uPlot.min.css";
import uPlot from "uplot";
import type { BarsSpec } from "./bars-spec.js";
import { AXIS_STYLE as axis, type DrawnChart } from "./spec.js";

const HEIGHT = 240;

/** A diagonal hatch of `colour`, for the second series' bars. */
function hatch(ctx: CanvasRenderingContext2D, colour: string): CanvasPattern | string {
  const tile = document.createElement("canvas");
  tile.width = 8;
  tile.height = 8;
  const t = tile.getContext("2d");
  if (t === null) return colour;
  t.strokeStyle = colour;
  t.lineWidth = 2;
  t.beginPath();
  t.moveTo(0, 8);
  t.lineTo(8, 0);
  t.stroke();
  return ctx.createPattern(tile, "repeat") ?? colour;
}

/**
 * Draws a grouped bar chart with uPlot (loaded only with the chart): the first series' bars to the left of
 * each tag, the second's to the right, hatched, with its intervals as whiskers. Returns a function that
 * resizes it, and one that removes it.
 */
export function drawBars(target: HTMLElement, spec: BarsSpec, width: number): DrawnChart {
  const bars = uPlot.paths.bars;
  const intervalsOf = spec.series.map((s) => s.intervals ?? null);
  const opts: uPlot.Options = {
    width,
    height: HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [-0.6, spec.tags.length - 0.4] },
      y: { range: [spec.yRange[0], spec.yRange[1]] },
    },
    axes: [
      {
        ...axis,
        label: "Outcome",
        splits: () => spec.tags.map((_, i) => i),
        values: (_u: uPlot, splits: number[]) => splits.map((i) => spec.tags[i] ?? ""),
      },
      {
        ...axis,
        label: spec.yLabel,
        size: 50,
        values: (_u: uPlot, splits: number[]) => splits.map((v) => `${Math.round(v * 100)}%`),
      },
    ],
    series: [
      {},
      ...spec.series.map((s, k) => ({
        label: s.label,
        stroke: s.colour,
        width: 1,
        fill: (u: uPlot) => (s.hatched ? hatch(u.ctx, s.colour) : s.colour),
        ...(bars === undefined ? {} : { paths: bars({ size: [0.4, 60], align: k === 0 ? -1 : 1 }) }),
        points: { show: false },
      })),
    ],
    hooks: {
      draw: [
        (u: uPlot) => {
          const ctx = u.ctx;
          ctx.save();
          ctx.strokeStyle = "#f1e8d5";
          ctx.lineWidth = 2;
          intervalsOf.forEach((intervals, k) => {
            if (intervals === null) return;
            const band = u.valToPos(1, "x", true) - u.valToPos(0, "x", true);
            const offset = (k === 0 ? -1 : 1) * Math.min(band * 0.2, 30);
            intervals.forEach(([low, high], i) => {
              const x = Math.round(u.valToPos(i, "x", true) + offset);
              const y0 = u.valToPos(low, "y", true);
              const y1 = u.valToPos(high, "y", true);
              ctx.beginPath();
              ctx.moveTo(x, y0);
              ctx.lineTo(x, y1);
              ctx.moveTo(x - 4, y0);
              ctx.lineTo(x + 4, y0);
              ctx.moveTo(x - 4, y1);
              ctx.lineTo(x + 4, y1);
              ctx.stroke();
            });
          });
          ctx.restore();
        },
      ],
    },
  };
  const data: uPlot.AlignedData = [spec.tags.map((_, i) => i), ...spec.series.map((s) => [...s.values])];
  const plot = new uPlot(opts, data, target);
  return {
    resize: (w) => plot.setSize({ width: w, height: HEIGHT }),
    destroy: () => plot.destroy(),
    points: spec.tags.length,
    canvas: plot.ctx.canvas,
  };
}
