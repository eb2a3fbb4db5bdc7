import { CanvasTextMetrics, type Container, type Graphics, TextStyle, type TextStyleOptions } from "pixi.js";
import type { DemandState, RedLineState, TableModel } from "../models/index.js";
import type { Layout, Point } from "./layout.js";
import { mix, PALETTE, SERIF } from "./palette.js";
import type { TextPool } from "./texts.js";

/**
 * Drawing the table from a model: pure functions of (model, layout) onto Pixi graphics and pooled texts.
 * Every state the canvas shows has a shape as well as a colour, and every fact is also in the side panel.
 */

/**
 * The few faces the canvas uses. Few on purpose: PixiJS measures each new font (size, weight, style) by
 * drawing and reading back pixels, which is slow; {@link warmFonts} measures them all before the first draw.
 */
const FACES = {
  small: { scale: 0.78 },
  smallItalic: { scale: 0.78, fontStyle: "italic" },
  body: { scale: 0.85 },
  bodyItalic: { scale: 0.85, fontStyle: "italic" },
  strong: { scale: 0.95, fontWeight: "bold" },
  title: { scale: 1.15, fontWeight: "bold" },
} as const;

type Face = keyof typeof FACES;

function style(
  L: Layout,
  face: Face,
  color: number,
  extra: Partial<TextStyleOptions> = {},
): TextStyleOptions {
  const { scale, ...rest } = FACES[face];
  return { fontFamily: SERIF, fontSize: Math.round(L.font * scale), fill: color, ...rest, ...extra };
}

/** Measures every face at this layout's size, so that no later redraw pays for a first measurement. */
export function warmFonts(L: Layout): void {
  for (const face of Object.keys(FACES) as Face[])
    CanvasTextMetrics.measureText("Ag", new TextStyle(style(L, face, 0)));
}

function clip(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}

function hm(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, "0")}`;
}

/** The room: its light follows the tension (a warm lamp when calm, a dim red room when strained). */
export function drawRoom(g: Graphics, model: TableModel, L: Layout): void {
  const t = model.tension / 100;
  g.rect(0, 0, L.width, L.height).fill(mix(PALETTE.roomCalm, PALETTE.roomStrained, t));
  const { x, y, rx, ry } = L.table;
  for (let i = 0; i < 6; i++) {
    const k = 1.9 - i * 0.14;
    g.ellipse(x, y, rx * k, ry * (k + 0.2)).fill({
      color: mix(PALETTE.lamp, PALETTE.risk, t * 0.8),
      alpha: 0.035 * (1 - t * 0.5),
    });
  }
}

/** Threads between the delegations: thicker and brighter the more they trust each other. */
export function drawTrust(g: Graphics, model: TableModel, L: Layout): void {
  const ids = model.seats.map((s) => s.id);
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = L.seats.get(ids[i] ?? "");
      const b = L.seats.get(ids[j] ?? "");
      if (a === undefined || b === undefined) continue;
      const ab = model.trust.find((x) => x.from === ids[i] && x.to === ids[j])?.value ?? 0;
      const ba = model.trust.find((x) => x.from === ids[j] && x.to === ids[i])?.value ?? 0;
      const mutual = (ab + ba) / 2;
      g.moveTo(a.edge.x, a.edge.y)
        .quadraticCurveTo(L.table.x, L.table.y, b.edge.x, b.edge.y)
        .stroke({ width: 1 + mutual / 25, color: PALETTE.thread, alpha: 0.12 + mutual / 180 });
    }
  }
}

/** The table: an oval for a multilateral meeting, a long table for a bilateral one. */
export function drawTable(g: Graphics, L: Layout): void {
  const { x, y, rx, ry } = L.table;
  if (L.format === "bilateral") {
    g.roundRect(x - rx, y - ry * 0.75, rx * 2, ry * 1.5, 18)
      .fill(PALETTE.wood)
      .stroke({ width: 3, color: PALETTE.woodRim });
    g.roundRect(x - rx + 10, y - ry * 0.75 + 10, rx * 2 - 20, ry * 1.5 - 20, 12).stroke({
      width: 1,
      color: PALETTE.inlay,
      alpha: 0.6,
    });
  } else {
    g.ellipse(x, y, rx, ry).fill(PALETTE.wood).stroke({ width: 3, color: PALETTE.woodRim });
    g.ellipse(x, y, rx - 10, ry - 10).stroke({ width: 1, color: PALETTE.inlay, alpha: 0.6 });
  }
}

/** The proposals on the table as paper cards, with a mark for each party that has accepted. */
export function drawProposals(
  g: Graphics,
  texts: TextPool,
  layer: Container,
  model: TableModel,
  L: Layout,
): void {
  const names = new Map(model.seats.map((s) => [s.id, s.name]));
  const width = Math.min(L.table.rx * 1.25, L.compact ? 170 : 260);
  const pad = L.font * 0.3;
  const height = pad * 2 + L.font * 3.05;
  const max = Math.max(1, Math.floor((L.table.ry * 1.5) / (height + 6)));
  const shown = model.proposals.slice(0, max);
  const top = L.table.y - (shown.length * (height + 6) - 6) / 2;
  shown.forEach((p, i) => {
    const x = L.table.x - width / 2;
    const y = top + i * (height + 6);
    g.roundRect(x + 2, y + 3, width, height, 4).fill({ color: 0x000000, alpha: 0.25 });
    g.roundRect(x, y, width, height, 4).fill(PALETTE.paper).stroke({ width: 1, color: PALETTE.paperEdge });
    const chars = Math.floor(width / (L.font * 0.5));
    texts
      .put(`proposal-issue-${p.key}`, clip(p.title, chars), style(L, "small", PALETTE.inkSoft), layer)
      .position.set(x + 8, y + pad);
    texts
      .put(
        `proposal-option-${p.key}`,
        clip(`“${p.terms}”`, chars - 2),
        style(L, "bodyItalic", PALETTE.ink),
        layer,
      )
      .position.set(x + 8, y + pad + L.font * 0.95);
    const by = `tabled by ${names.get(p.by) ?? p.by}`;
    texts
      .put(
        `proposal-by-${p.key}`,
        clip(by, chars - p.acceptedBy.length * 3),
        style(L, "small", PALETTE.inkSoft),
        layer,
      )
      .position.set(x + 8, y + pad + L.font * 2.1);
    // One tick per party that has accepted: a ring with a check, so that it reads without colour.
    p.acceptedBy.forEach((_, k) => {
      const cx = x + width - 10 - k * (L.font * 1.05);
      const cy = y + height - L.font * 0.6;
      const r = L.font * 0.4;
      g.circle(cx, cy, r).stroke({ width: 1.5, color: PALETTE.agreed });
      g.moveTo(cx - r * 0.5, cy)
        .lineTo(cx - r * 0.1, cy + r * 0.45)
        .lineTo(cx + r * 0.55, cy - r * 0.45)
        .stroke({ width: 1.5, color: PALETTE.ink });
    });
  });
  if (model.proposals.length > shown.length) {
    texts
      .put(
        "proposal-more",
        `and ${model.proposals.length - shown.length} more`,
        style(L, "small", PALETTE.text),
        layer,
      )
      .position.set(L.table.x - width / 2, top + shown.length * (height + 6));
  } else texts.put("proposal-more", "", style(L, "small", PALETTE.text), layer);
  if (model.proposals.length === 0) {
    const t = texts.put(
      "proposal-none",
      "Nothing on the table",
      style(L, "bodyItalic", PALETTE.textSoft),
      layer,
    );
    t.anchor.set(0.5);
    t.position.set(L.table.x, L.table.y);
  } else texts.put("proposal-none", "", style(L, "body", PALETTE.textSoft), layer);
}

/** A red-line marker: ring (intact), ring with a notch (challenged), double ring (held), cross (crossed). */
function redLineMarker(g: Graphics, p: Point, r: number, state: RedLineState): void {
  switch (state) {
    case "intact":
      g.circle(p.x, p.y, r).stroke({ width: 2, color: PALETTE.risk });
      break;
    case "challenged":
      g.circle(p.x, p.y, r).stroke({ width: 2, color: PALETTE.risk });
      g.moveTo(p.x, p.y - r * 0.55)
        .lineTo(p.x, p.y + r * 0.15)
        .stroke({ width: 2, color: PALETTE.lamp });
      g.circle(p.x, p.y + r * 0.5, 1.2).fill(PALETTE.lamp);
      break;
    case "held":
      g.circle(p.x, p.y, r).fill(PALETTE.brass).stroke({ width: 2, color: PALETTE.risk });
      g.circle(p.x, p.y, r * 0.45).stroke({ width: 1.5, color: PALETTE.ink });
      break;
    case "crossed":
      g.moveTo(p.x - r, p.y - r)
        .lineTo(p.x + r, p.y + r)
        .moveTo(p.x + r, p.y - r)
        .lineTo(p.x - r, p.y + r)
        .stroke({ width: 2.5, color: PALETTE.risk });
      break;
  }
}

/** A demand marker: an outlined square (tabled), filled (under discussion), with a tick (accepted), struck (rejected), half (deferred), faint (withdrawn). */
function demandMarker(g: Graphics, p: Point, r: number, state: DemandState): void {
  const x = p.x - r;
  const y = p.y - r;
  const s = r * 2;
  switch (state) {
    case "tabled":
      g.rect(x, y, s, s).stroke({ width: 1.5, color: PALETTE.paper });
      break;
    case "underDiscussion":
      g.rect(x, y, s, s).fill(PALETTE.paper);
      break;
    case "accepted":
      g.rect(x, y, s, s).fill(PALETTE.agreed);
      g.moveTo(x + s * 0.2, y + s * 0.55)
        .lineTo(x + s * 0.42, y + s * 0.78)
        .lineTo(x + s * 0.82, y + s * 0.25)
        .stroke({ width: 1.5, color: PALETTE.ink });
      break;
    case "rejected":
      g.rect(x, y, s, s).stroke({ width: 1.5, color: PALETTE.paper });
      g.moveTo(x, y + s)
        .lineTo(x + s, y)
        .stroke({ width: 2, color: PALETTE.risk });
      break;
    case "deferred":
      g.rect(x, y, s, s).stroke({ width: 1.5, color: PALETTE.paper });
      g.rect(x, y + s / 2, s, s / 2).fill(PALETTE.paper);
      break;
    case "withdrawn":
      g.rect(x, y, s, s).stroke({ width: 1, color: PALETTE.paper, alpha: 0.35 });
      break;
  }
}

/** The nameplates: name and head of delegation, the floor holder lit, the stance in words, and markers. */
export function drawSeats(
  g: Graphics,
  texts: TextPool,
  layer: Container,
  model: TableModel,
  L: Layout,
): void {
  const { width, height } = L.plate;
  for (const seat of model.seats) {
    const at = L.seats.get(seat.id);
    if (at === undefined) continue;
    const x = at.plate.x - width / 2;
    const y = at.plate.y - height / 2;
    const lit = model.floor === seat.id;
    const away = seat.stance === "walkedOut";
    if (lit) {
      for (let i = 3; i > 0; i--)
        g.roundRect(x - i * 4, y - i * 4, width + i * 8, height + i * 8, 8 + i * 3).fill({
          color: PALETTE.lamp,
          alpha: 0.07,
        });
    }
    g.roundRect(x + 2, y + 3, width, height, 5).fill({ color: 0x000000, alpha: 0.3 });
    g.roundRect(x, y, width, height, 5)
      .fill(away ? PALETTE.paperDim : PALETTE.paper)
      .stroke({ width: lit ? 3 : 1, color: lit ? PALETTE.brass : PALETTE.paperEdge });
    const chars = Math.floor(width / (L.font * 0.52));
    texts
      .put(`seat-name-${seat.id}`, clip(seat.name, chars), style(L, "strong", PALETTE.ink), layer)
      .position.set(x + 8, y + 4);
    const notes = [
      seat.controller === "you" ? "you" : null,
      seat.chair ? "chair" : null,
      lit ? "has the floor" : null,
      seat.stance === "hardened" ? "hardened" : away ? "walked out" : null,
    ].filter((n): n is string => n !== null);
    const second = L.compact
      ? notes.join(" · ")
      : [seat.head, notes.join(" · ")].filter((x) => x !== null && x !== "").join(" — ");
    texts
      .put(
        `seat-note-${seat.id}`,
        clip(second, Math.floor(chars * 1.25)),
        style(L, "smallItalic", PALETTE.inkSoft),
        layer,
      )
      .position.set(x + 8, y + 4 + L.font * 1.2);
    // Markers above the plate: red lines (rings) then demands (squares).
    const r = L.font * 0.36;
    let mx = x + r + 2;
    const my = y - r - 5;
    for (const line of model.redLines.filter((l) => l.by === seat.id)) {
      redLineMarker(g, { x: mx, y: my }, r, line.state);
      mx += r * 2.8;
    }
    for (const demand of model.demands.filter((d) => d.by === seat.id)) {
      demandMarker(g, { x: mx, y: my }, r * 0.85, demand.state);
      mx += r * 2.6;
    }
  }
}

/** The meeting clock: the scheduled time as a paper arc, the allowed overrun as a red arc, time used in brass. */
export function drawClock(
  g: Graphics,
  texts: TextPool,
  layer: Container,
  model: TableModel,
  L: Layout,
): void {
  const { x, y, r } = L.clock;
  const { minute, scheduled, limit, overrun } = model.clock;
  const start = -Math.PI / 2;
  const angle = (m: number) => start + (Math.min(m, limit) / Math.max(1, limit)) * Math.PI * 2;
  g.circle(x, y, r).fill({ color: 0x000000, alpha: 0.25 });
  // Each arc starts a path of its own, or the graphics would join it to the previous shape with a line.
  const arc = (radius: number, from: number, to: number) =>
    g.moveTo(x + Math.cos(from) * radius, y + Math.sin(from) * radius).arc(x, y, radius, from, to);
  arc(r, start, angle(scheduled)).stroke({ width: r * 0.16, color: PALETTE.paper, alpha: 0.55 });
  arc(r, angle(scheduled), angle(limit)).stroke({ width: r * 0.16, color: PALETTE.risk, alpha: 0.6 });
  if (minute > 0)
    arc(r * 0.78, start, angle(minute)).stroke({
      width: r * 0.2,
      color: overrun ? PALETTE.risk : PALETTE.brass,
    });
  const hand = angle(minute);
  g.moveTo(x, y)
    .lineTo(x + Math.cos(hand) * r * 0.7, y + Math.sin(hand) * r * 0.7)
    .stroke({ width: 2, color: PALETTE.text });
  const label = texts.put("clock-used", hm(minute), style(L, "strong", PALETTE.text), layer);
  label.anchor.set(0.5, 0);
  label.position.set(x, y + r + 4);
  const sub = texts.put(
    "clock-of",
    overrun ? `${hm(minute - scheduled)} over` : `of ${hm(scheduled)}`,
    style(L, "small", overrun ? PALETTE.lamp : PALETTE.textSoft),
    layer,
  );
  sub.anchor.set(0.5, 0);
  sub.position.set(x, y + r + 4 + L.font);
}

/** The agenda as a strip of tabs, the current item raised, settled items marked. */
export function drawAgenda(
  g: Graphics,
  texts: TextPool,
  layer: Container,
  model: TableModel,
  L: Layout,
): void {
  const n = Math.max(1, model.agenda.length);
  const gap = 4;
  const w = (L.agenda.width - gap * (n - 1)) / n;
  const chars = Math.floor(w / (L.font * 0.45));
  model.agenda.forEach((item, i) => {
    const x = L.agenda.x + i * (w + gap);
    const raised = item.status === "current" ? L.font * 0.5 : 0;
    const y = L.agenda.y - raised;
    const h = L.agenda.height;
    if (item.status === "current")
      g.roundRect(x, y, w, h, 4).fill(PALETTE.paper).stroke({ width: 2, color: PALETTE.brass });
    else if (item.status === "done")
      g.roundRect(x, y, w, h, 4).fill({ color: PALETTE.paperDim, alpha: 0.55 });
    else g.roundRect(x, y, w, h, 4).stroke({ width: 1, color: PALETTE.paperEdge, alpha: 0.7 });
    const ink = item.status === "upcoming" ? PALETTE.textSoft : PALETTE.ink;
    const mark = item.agreed !== null ? "✓ " : item.status === "current" ? "▸ " : "";
    const words = L.compact ? `${mark}${i + 1}` : clip(`${mark}${item.title}`, chars * 2);
    const t = texts.put(
      `agenda-${i}`,
      words,
      style(L, "small", ink, {
        wordWrap: true,
        wordWrapWidth: w - 8,
        breakWords: true,
        lineHeight: L.font * 0.85,
      }),
      layer,
    );
    t.position.set(x + 4, y + 3);
  });
}

/** The meeting's title and the room's gauges, top left. */
export function drawTitle(texts: TextPool, layer: Container, model: TableModel, L: Layout): void {
  const chars = Math.floor((L.width - L.clock.r * 2 - L.font * 3) / (L.font * 0.55));
  const title =
    model.meeting.of > 1
      ? `${model.meeting.title} (${model.meeting.number} of ${model.meeting.of})`
      : model.meeting.title;
  texts
    .put("title", clip(title, chars), style(L, "title", PALETTE.text), layer)
    .position.set(L.title.x, L.title.y);
  const gauges = `Tension ${Math.round(model.tension)} · Cohesion ${Math.round(model.cohesion)}`;
  const line = L.compact ? gauges : `${model.meeting.venue} · ${gauges}`;
  texts
    .put("subtitle", clip(line, Math.floor(chars * 1.3)), style(L, "small", PALETTE.textSoft), layer)
    .position.set(L.title.x, L.title.y + L.font * 1.5);
}
