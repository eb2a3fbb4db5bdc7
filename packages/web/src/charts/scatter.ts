/**
 * A scatter chart as data (the debrief's Pareto view): groups of points, each group with its own marker
 * shape and colour, so that colour is never the only way to tell them apart. Kept apart from the chart
 * library, like `spec.ts`: the page's first bundle carries only this; the library loads with the chart.
 */
export interface ScatterSpec {
  readonly kind: "scatter";
  readonly xLabel: string;
  readonly yLabel: string;
  /** The range of both axes. */
  readonly range: readonly [number, number];
  readonly groups: readonly ScatterGroup[];
}

/** A marker's shape. */
export type MarkerShape = "dot" | "cross" | "diamond" | "square" | "triangle" | "ring" | "plus";

/** Points drawn alike. */
export interface ScatterGroup {
  readonly label: string;
  readonly shape: MarkerShape;
  readonly colour: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** A short name written beside each point (the marked points), or null. */
  readonly tag: string | null;
  /** Where the tag goes: marked points close together get their tags on different sides. */
  readonly tagAt: "above" | "below" | "left" | "right";
  /** Whether a thin line joins the points in order of x (the frontier). */
  readonly joined: boolean;
}

/** Whether a chart spec is a scatter chart. */
export function isScatter(spec: object): spec is ScatterSpec {
  return (spec as { kind?: unknown }).kind === "scatter";
}

/**
 * A marker as an SVG path centred on (0, 0) with radius `r`: what the legend draws, and what the chart
 * draws on its canvas (through `Path2D`), so that the two cannot differ.
 */
export function markerPath(shape: MarkerShape, r: number): string {
  const n = (v: number) => Number(v.toFixed(2));
  switch (shape) {
    case "dot":
    case "ring":
      return `M ${n(r)} 0 A ${n(r)} ${n(r)} 0 1 1 ${n(-r)} 0 A ${n(r)} ${n(r)} 0 1 1 ${n(r)} 0 Z`;
    case "cross":
      return `M ${n(-r)} ${n(-r)} L ${n(r)} ${n(r)} M ${n(-r)} ${n(r)} L ${n(r)} ${n(-r)}`;
    case "plus":
      return `M ${n(-r)} 0 L ${n(r)} 0 M 0 ${n(-r)} L 0 ${n(r)}`;
    case "diamond":
      return `M 0 ${n(-r * 1.3)} L ${n(r * 1.3)} 0 L 0 ${n(r * 1.3)} L ${n(-r * 1.3)} 0 Z`;
    case "square":
      return `M ${n(-r)} ${n(-r)} L ${n(r)} ${n(-r)} L ${n(r)} ${n(r)} L ${n(-r)} ${n(r)} Z`;
    case "triangle":
      return `M 0 ${n(-r * 1.3)} L ${n(r * 1.2)} ${n(r)} L ${n(-r * 1.2)} ${n(r)} Z`;
  }
}

/** Whether a shape is drawn by its outline only (crosses, pluses and rings have no inside to fill). */
export function outlineOnly(shape: MarkerShape): boolean {
  return shape === "cross" || shape === "plus" || shape === "ring";
}
