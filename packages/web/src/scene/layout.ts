import type { TableModel } from "../models/index.js";

/** A point on the canvas, in CSS pixels. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where everything goes on a canvas of a given size: pure geometry, so that it can be tested without a GPU. */
export interface Layout {
  readonly width: number;
  readonly height: number;
  /** Base font size in CSS pixels; everything else scales from it. */
  readonly font: number;
  /** Whether the canvas is narrow (a phone): fewer words on the canvas, the panels carry them. */
  readonly compact: boolean;
  readonly table: { readonly x: number; readonly y: number; readonly rx: number; readonly ry: number };
  readonly format: "bilateral" | "multilateral";
  /** Nameplate centre of each seat, by actor id, and the point at the table's edge in front of it. */
  readonly seats: ReadonlyMap<string, { readonly plate: Point; readonly edge: Point }>;
  readonly plate: { readonly width: number; readonly height: number };
  readonly clock: { readonly x: number; readonly y: number; readonly r: number };
  readonly agenda: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  readonly title: Point;
}

/**
 * Lays the table out: two sides facing for a bilateral meeting; an oval with the chair at the head for a
 * multilateral one, the others spaced round it in speaking order.
 */
export function layoutTable(model: TableModel, width: number, height: number): Layout {
  const compact = width < 520;
  // Whole pixels, so that a small resize keeps the same fonts (each new one is measured; see draw.ts).
  const font = Math.round(Math.max(13, Math.min(17, width / 52)));
  const top = font * (compact ? 3.4 : 3.8);
  const agendaHeight = font * (compact ? 2.4 : 3.2);
  const bottom = height - agendaHeight - font * 1.4;
  const cx = width / 2;
  const cy = top + (bottom - top) / 2;
  const plate = { width: Math.min(compact ? 124 : 200, width * 0.3), height: font * (compact ? 2.9 : 3.3) };
  const markers = font * 1.1;
  const rx = Math.max(60, Math.min(width * 0.34, width / 2 - plate.width * 0.7));
  const ry = Math.max(36, Math.min(rx * 0.62, (bottom - top) / 2 - plate.height * 0.9 - markers * 0.5));
  const clampX = (x: number) => Math.max(plate.width / 2 + 6, Math.min(width - plate.width / 2 - 6, x));
  const clampY = (y: number) =>
    Math.max(top + markers + plate.height / 2, Math.min(bottom - plate.height / 2, y));
  const seats = new Map<string, { plate: Point; edge: Point }>();
  const ids = model.seats.map((s) => s.id);
  if (model.meeting.format === "bilateral" && ids.length === 2) {
    const [a, b] = ids as [string, string];
    seats.set(a, {
      plate: { x: cx, y: clampY(cy - ry - plate.height * 0.6) },
      edge: { x: cx, y: cy - ry * 0.7 },
    });
    seats.set(b, {
      plate: { x: cx, y: clampY(cy + ry + plate.height * 0.6) },
      edge: { x: cx, y: cy + ry * 0.7 },
    });
  } else {
    const chair = model.meeting.chair;
    const ordered =
      chair !== null && ids.includes(chair) ? [chair, ...ids.filter((id) => id !== chair)] : ids;
    ordered.forEach((id, i) => {
      const angle = -Math.PI / 2 + (i * 2 * Math.PI) / ordered.length;
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      seats.set(id, {
        plate: {
          x: clampX(cx + cos * (rx + plate.width * 0.3)),
          y: clampY(cy + sin * (ry + plate.height * 0.75)),
        },
        edge: { x: cx + cos * rx * 0.8, y: cy + sin * ry * 0.8 },
      });
    });
  }
  const clockR = Math.max(18, Math.min(width, height) * (compact ? 0.055 : 0.06));
  return {
    width,
    height,
    font,
    compact,
    table: { x: cx, y: cy, rx, ry },
    format: model.meeting.format,
    seats,
    plate,
    clock: { x: width - clockR - font, y: clockR + font * 0.6, r: clockR },
    agenda: { x: font, y: height - agendaHeight - font * 0.6, width: width - 2 * font, height: agendaHeight },
    title: { x: font, y: font * 0.7 },
  };
}
