import { isScatter, type MarkerShape, markerPath, outlineOnly, type ScatterSpec } from "./scatter.js";
import { type ChartSpec, RULE_STYLES } from "./spec.js";

/**
 * A chart as a picture that reads on its own: its title and legend (which the page shows as HTML beside
 * the chart) drawn with the canvas API above a copy of the chart library's canvas (the plot and its axes),
 * on the page's dark background, at the canvas's own resolution. Loaded only when a picture is asked for.
 */

const BACKGROUND = "#1d1510";
const TEXT = "#f1e8d5";
const FONT = "system-ui, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const PAD = 14;
const TITLE_SIZE = 16;
const TITLE_LINE = 22;
const LEGEND_SIZE = 13;
const LEGEND_LINE = 20;
const SAMPLE = 28;

/** One entry of the legend: a short sample of the line (across, or upright for a rule) and its name. */
interface LegendEntry {
  readonly label: string;
  readonly colour: string;
  readonly width: number;
  readonly dash: readonly number[];
  readonly upright: boolean;
  /** A scatter chart's marker, drawn instead of a line. */
  readonly marker?: MarkerShape;
}

function legendOf(spec: ChartSpec | ScatterSpec): LegendEntry[] {
  if (isScatter(spec))
    return spec.groups.map((g) => ({
      label: g.label,
      colour: g.colour,
      width: 1.5,
      dash: [],
      upright: false,
      marker: g.shape,
    }));
  const entries: LegendEntry[] = spec.series.map((s) => ({
    label: s.label,
    colour: s.colour,
    width: 2,
    dash: s.dash,
    upright: false,
  }));
  for (const kind of ["meeting", "news"] as const)
    if (spec.rules.some((r) => r.kind === kind)) entries.push({ ...RULE_STYLES[kind], upright: true });
  return entries;
}

/** `text` broken into lines no wider than `width` at the context's font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line === "" ? word : `${line} ${word}`;
    if (line !== "" && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Where each legend entry goes: its row and its x, flowing into rows no wider than `width`. */
function legendLayout(
  ctx: CanvasRenderingContext2D,
  entries: readonly LegendEntry[],
  width: number,
): { row: number; x: number }[] {
  const places: { row: number; x: number }[] = [];
  let row = 0;
  let x = 0;
  for (const e of entries) {
    const w = SAMPLE + 6 + ctx.measureText(e.label).width;
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    places.push({ row, x });
    x += w + 18;
  }
  return places;
}

/**
 * The chart's picture as a PNG: `title` and the legend of `spec` above the plot `plot` (the chart library's
 * canvas). Null when the browser cannot make one.
 */
export function chartPng(
  plot: HTMLCanvasElement,
  spec: ChartSpec | ScatterSpec,
  title: string,
): Promise<Blob | null> {
  const cssWidth = plot.getBoundingClientRect().width || plot.width;
  const ratio = plot.width / cssWidth;
  const plotHeight = plot.height / ratio;
  const width = cssWidth + 2 * PAD;
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d");
  if (ctx === null) return Promise.resolve(null);

  ctx.font = `600 ${TITLE_SIZE}px ${FONT}`;
  const titleLines = wrap(ctx, title, cssWidth);
  ctx.font = `${LEGEND_SIZE}px ${FONT}`;
  const entries = legendOf(spec);
  const places = legendLayout(ctx, entries, cssWidth);
  const legendRows = places.length === 0 ? 0 : Math.max(...places.map((p) => p.row)) + 1;
  const legendTop = PAD + titleLines.length * TITLE_LINE + 4;
  const plotTop = legendTop + legendRows * LEGEND_LINE + 8;
  const height = plotTop + plotHeight + PAD;

  canvas.width = Math.ceil(width * ratio);
  canvas.height = Math.ceil(height * ratio);
  // Sizing a canvas resets its context: everything below is drawn in CSS pixels, scaled to the plot's.
  ctx.scale(ratio, ratio);
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = TEXT;
  ctx.textBaseline = "middle";
  ctx.font = `600 ${TITLE_SIZE}px ${FONT}`;
  titleLines.forEach((line, k) => {
    ctx.fillText(line, PAD, PAD + k * TITLE_LINE + TITLE_LINE / 2);
  });
  ctx.font = `${LEGEND_SIZE}px ${FONT}`;
  entries.forEach((e, k) => {
    const place = places[k] ?? { row: 0, x: 0 };
    const x = PAD + place.x;
    const y = legendTop + place.row * LEGEND_LINE + LEGEND_LINE / 2;
    ctx.save();
    ctx.strokeStyle = e.colour;
    ctx.lineWidth = e.width;
    ctx.setLineDash([...e.dash]);
    if (e.marker !== undefined) {
      // The chart's own marker path, so that legend and plot cannot differ.
      ctx.translate(x + SAMPLE / 2, y);
      const path = new Path2D(markerPath(e.marker, 5));
      if (outlineOnly(e.marker)) ctx.stroke(path);
      else {
        ctx.fillStyle = e.colour;
        ctx.fill(path);
      }
      ctx.restore();
      ctx.fillText(e.label, x + SAMPLE + 6, y);
      return;
    }
    ctx.beginPath();
    if (e.upright) {
      ctx.moveTo(x + SAMPLE / 2, y - 7);
      ctx.lineTo(x + SAMPLE / 2, y + 7);
    } else {
      ctx.moveTo(x, y);
      ctx.lineTo(x + SAMPLE, y);
    }
    ctx.stroke();
    ctx.restore();
    ctx.fillText(e.label, x + SAMPLE + 6, y);
  });
  ctx.drawImage(plot, PAD, plotTop, cssWidth, plotHeight);
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}
