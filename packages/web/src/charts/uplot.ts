import "uplot/dist/uPlot.min.css";
import uPlot from "uplot";
import { AXIS_STYLE as axis, type ChartSpec, type DrawnChart, RULE_STYLES } from "./spec.js";

/**
 * Draws a chart with uPlot (canvas, about 20 KB gzipped), loaded only with the debrief's charts. The rules
 * (meetings, news) are drawn on the plot after the lines. Returns a function that resizes it, one that
 * removes it, and its canvas (for a picture of the chart).
 */
export function drawChart(target: HTMLElement, spec: ChartSpec, width: number): DrawnChart {
  const opts: uPlot.Options = {
    width,
    height: 220,
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false },
      y: spec.yRange === undefined ? {} : { range: [spec.yRange[0], spec.yRange[1]] },
    },
    axes: [
      { ...axis, label: "Move" },
      { ...axis, label: spec.yLabel, size: 50 },
    ],
    series: [
      {},
      ...spec.series.map((s) => ({
        label: s.label,
        stroke: s.colour,
        width: 2,
        dash: [...s.dash],
        points: { show: false },
      })),
    ],
    hooks: {
      draw: [
        (u: uPlot) => {
          const ctx = u.ctx;
          ctx.save();
          for (const rule of spec.rules) {
            const x = Math.round(u.valToPos(rule.x, "x", true));
            const style = RULE_STYLES[rule.kind];
            ctx.strokeStyle = style.colour;
            ctx.lineWidth = style.width;
            ctx.setLineDash([...style.dash]);
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
          }
          ctx.restore();
        },
      ],
    },
  };
  const data: uPlot.AlignedData = [[...spec.x], ...spec.series.map((s) => [...s.values])];
  const plot = new uPlot(opts, data, target);
  return {
    resize: (w) => plot.setSize({ width: w, height: 220 }),
    destroy: () => plot.destroy(),
    points: plot.data[0].length,
    canvas: plot.ctx.canvas,
  };
}
