import "uplot/dist/uPlot.min.css";
import uPlot from "uplot";
import { markerPath, outlineOnly, type ScatterGroup, type ScatterSpec } from "./scatter.js";
import { AXIS_STYLE as axis, type DrawnChart } from "./spec.js";

const HEIGHT = 320;

/** Where a tag is written from its point, in CSS pixels, and how it is aligned. */
const TAG_OFFSETS: Readonly<Record<ScatterGroup["tagAt"], readonly [number, number, CanvasTextAlign]>> = {
  above: [0, -14, "center"],
  below: [0, 14, "center"],
  left: [-9, 0, "right"],
  right: [9, 0, "left"],
};

/**
 * Draws a scatter chart with uPlot: uPlot draws the axes and grid of a fixed range; the markers, the line
 * joining a group and the tags of the marked points are drawn on its canvas after. Returns a function that
 * resizes it, one that removes it, and the number of points drawn.
 */
export function drawScatter(target: HTMLElement, spec: ScatterSpec, width: number): DrawnChart {
  const [lo, hi] = spec.range;
  const opts: uPlot.Options = {
    width,
    height: HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false, range: [lo, hi] }, y: { range: [lo, hi] } },
    axes: [
      { ...axis, label: spec.xLabel },
      { ...axis, label: spec.yLabel, size: 50 },
    ],
    // One invisible series: uPlot needs one to lay out the axes; the points are drawn below.
    series: [{}, { stroke: "transparent", points: { show: false } }],
    hooks: {
      draw: [
        (u: uPlot) => {
          const ctx = u.ctx;
          const px = uPlot.pxRatio;
          const at = (p: { x: number; y: number }) => [
            u.valToPos(p.x, "x", true),
            u.valToPos(p.y, "y", true),
          ];
          const tagged = new Map<string, number>();
          ctx.save();
          ctx.lineJoin = "round";
          for (const group of spec.groups) {
            if (group.joined && group.points.length > 1) {
              const ordered = [...group.points].sort((a, b) => a.x - b.x || b.y - a.y);
              ctx.strokeStyle = group.colour;
              ctx.globalAlpha = 0.6;
              ctx.lineWidth = px;
              ctx.beginPath();
              ordered.forEach((p, k) => {
                const [x, y] = at(p);
                if (k === 0) ctx.moveTo(x ?? 0, y ?? 0);
                else ctx.lineTo(x ?? 0, y ?? 0);
              });
              ctx.stroke();
              ctx.globalAlpha = 1;
            }
            const marker = new Path2D(markerPath(group.shape, 4.5 * px));
            for (const p of group.points) {
              const [x = 0, y = 0] = at(p);
              ctx.save();
              ctx.translate(x, y);
              ctx.strokeStyle = group.colour;
              ctx.fillStyle = group.colour;
              ctx.lineWidth = 2 * px;
              if (outlineOnly(group.shape)) ctx.stroke(marker);
              else {
                ctx.fill(marker);
                ctx.strokeStyle = "rgba(20, 12, 6, 0.8)";
                ctx.lineWidth = px;
                ctx.stroke(marker);
              }
              ctx.restore();
              if (group.tag !== null) {
                // Marked points often coincide (Nash and Kalai–Smorodinsky on one package): stack their tags.
                const key = `${Math.round(x)},${Math.round(y)}`;
                const line = tagged.get(key) ?? 0;
                tagged.set(key, line + 1);
                ctx.font = `${12 * px}px system-ui, sans-serif`;
                ctx.fillStyle = group.colour;
                const [dx, dy, align] = TAG_OFFSETS[group.tagAt];
                ctx.textBaseline = "middle";
                ctx.textAlign = align;
                ctx.fillText(group.tag, x + dx * px, y + (dy + line * 14) * px);
              }
            }
          }
          ctx.restore();
        },
      ],
    },
  };
  const plot = new uPlot(
    opts,
    [
      [lo, hi],
      [lo, hi],
    ],
    target,
  );
  return {
    resize: (w) => plot.setSize({ width: w, height: HEIGHT }),
    destroy: () => plot.destroy(),
    points: spec.groups.reduce((n, g) => n + g.points.length, 0),
    canvas: plot.ctx.canvas,
  };
}
