// PixiJS compiles shader and uniform code with `new Function` unless this module replaces those paths with
// static ones; the page's Content-Security-Policy forbids eval, so it is imported before any renderer exists.
import "pixi.js/unsafe-eval";
import "pixi.js/graphics";
import "pixi.js/text";
import { autoDetectRenderer, Container, Graphics, type Renderer } from "pixi.js";
import type { MoveEventModel, TableModel } from "../models/index.js";
import {
  drawAgenda,
  drawClock,
  drawProposals,
  drawRoom,
  drawSeats,
  drawTable,
  drawTitle,
  drawTrust,
  warmFonts,
} from "./draw.js";
import { type Layout, layoutTable } from "./layout.js";
import { PALETTE } from "./palette.js";
import { rendererPreference } from "./renderer-choice.js";
import { TextPool } from "./texts.js";

/** A move to animate: what happened, for how long, and whether motion is allowed. */
export interface SceneAnimation {
  readonly event: MoveEventModel;
  readonly duration: number;
  /** Reduced motion: the speaker is lit for the duration, nothing moves. */
  readonly still: boolean;
  readonly done: () => void;
}

/** The table on a canvas. It draws when told to and while an animation runs, never on an idle ticker. */
export interface Scene {
  readonly canvas: HTMLCanvasElement;
  /** Draws a model, animating the move that led to it if one is given. */
  show(model: TableModel, animation: SceneAnimation | null): void;
  destroy(): void;
}

const measuring = new URLSearchParams(globalThis.location?.search ?? "").has("measure");

function easeInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/** Creates the scene inside `host`, sized to it, and keeps it sized when the host resizes. */
export async function createScene(host: HTMLElement): Promise<Scene> {
  const size = () => ({ width: Math.max(200, host.clientWidth), height: Math.max(200, host.clientHeight) });
  const renderer: Renderer = await autoDetectRenderer({
    ...size(),
    preference: rendererPreference(),
    resolution: Math.min(2, globalThis.devicePixelRatio || 1),
    autoDensity: true,
    antialias: true,
    background: PALETTE.roomCalm,
    skipExtensionImports: true,
    hello: false,
  });
  const canvas = renderer.canvas as HTMLCanvasElement;
  canvas.setAttribute("aria-hidden", "true");
  // Which renderer drew the table ("webgl" or "canvas"), for measurements and bug reports.
  host.dataset.renderer = renderer.name;
  host.appendChild(canvas);

  const stage = new Container();
  const back = new Graphics();
  const front = new Graphics();
  const words = new Container();
  const fx = new Graphics();
  stage.addChild(back, front, words, fx);
  const texts = new TextPool();

  let model: TableModel | null = null;
  let layout: Layout | null = null;
  let frame = 0;
  let finish: (() => void) | null = null;

  const draw = () => {
    if (model === null) return;
    const { width, height } = size();
    if (renderer.width !== width || renderer.height !== height) renderer.resize(width, height);
    const next = layoutTable(model, width, height);
    if (next.font !== layout?.font) warmFonts(next);
    layout = next;
    back.clear();
    front.clear();
    words.removeChildren();
    texts.begin();
    drawRoom(back, model, layout);
    drawTrust(back, model, layout);
    drawTable(back, layout);
    drawSeats(front, texts, words, model, layout);
    drawProposals(front, texts, words, model, layout);
    drawClock(front, texts, words, model, layout);
    drawAgenda(front, texts, words, model, layout);
    drawTitle(texts, words, model, layout);
    texts.end();
  };

  const render = () => {
    const start = performance.now();
    renderer.render(stage);
    if (measuring) performance.measure("parley:render", { start, end: performance.now() });
  };

  /** Draws one frame of a move's animation, `p` from 0 to 1. */
  const animateFrame = (a: SceneAnimation, p: number) => {
    fx.clear();
    if (layout === null) return;
    const seat = layout.seats.get(a.event.actor);
    if (seat === undefined) return;
    const { plate, edge } = seat;
    const fade = 1 - p;
    if (a.still) {
      fx.roundRect(
        plate.x - layout.plate.width / 2 - 6,
        plate.y - layout.plate.height / 2 - 6,
        layout.plate.width + 12,
        layout.plate.height + 12,
        10,
      ).stroke({ width: 3, color: PALETTE.lamp, alpha: 0.8 });
      return;
    }
    const e = easeInOut(p);
    switch (a.event.group) {
      case "speak":
        for (let i = 0; i < 2; i++) {
          const k = Math.min(1, e + i * 0.25);
          fx.ellipse(
            plate.x,
            plate.y,
            layout.plate.width * (0.55 + k * 0.5),
            layout.plate.height * (0.6 + k * 1.2),
          ).stroke({ width: 2, color: PALETTE.lamp, alpha: 0.6 * (1 - k) });
        }
        break;
      case "propose":
      case "respond": {
        // A sheet of paper crosses from the speaker's place to the middle of the table.
        const x = edge.x + (layout.table.x - edge.x) * e;
        const y = edge.y + (layout.table.y - edge.y) * e;
        const w = layout.font * (a.event.group === "propose" ? 4.2 : 2.2);
        const h = layout.font * (a.event.group === "propose" ? 2.8 : 1.6);
        fx.roundRect(x - w / 2, y - h / 2, w, h, 3)
          .fill({ color: PALETTE.paper, alpha: 0.3 + 0.7 * Math.min(1, fade * 2) })
          .stroke({ width: 1, color: PALETTE.brass });
        break;
      }
      case "red-lines":
        fx.roundRect(
          plate.x - layout.plate.width / 2 - 4 - e * 14,
          plate.y - layout.plate.height / 2 - 4 - e * 14,
          layout.plate.width + 8 + e * 28,
          layout.plate.height + 8 + e * 28,
          8,
        ).stroke({ width: 3, color: PALETTE.risk, alpha: fade });
        break;
      case "procedure":
        fx.circle(edge.x, edge.y, layout.font * (0.5 + e * 2)).stroke({
          width: 2,
          color: PALETTE.brass,
          alpha: fade,
        });
        break;
    }
  };

  const stop = () => {
    if (frame !== 0) cancelAnimationFrame(frame);
    frame = 0;
    fx.clear();
    const done = finish;
    finish = null;
    done?.();
  };

  const resizeObserver = new ResizeObserver(() => {
    if (model === null) return;
    draw();
    if (frame === 0) render();
  });
  resizeObserver.observe(host);

  return {
    canvas,
    show(next, animation) {
      stop();
      model = next;
      const t0 = performance.now();
      draw();
      render();
      if (measuring) performance.measure("parley:frame", { start: t0, end: performance.now() });
      if (animation === null || animation.duration <= 0) {
        animation?.done();
        return;
      }
      finish = animation.done;
      const began = performance.now();
      const tick = (now: number) => {
        const t1 = performance.now();
        const p = Math.min(1, (now - began) / animation.duration);
        animateFrame(animation, p);
        render();
        if (measuring) performance.measure("parley:frame", { start: t1, end: performance.now() });
        if (p < 1) frame = requestAnimationFrame(tick);
        else {
          frame = 0;
          fx.clear();
          render();
          const done = finish;
          finish = null;
          done?.();
        }
      };
      frame = requestAnimationFrame(tick);
    },
    destroy() {
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
      finish = null;
      resizeObserver.disconnect();
      texts.destroy();
      stage.destroy({ children: true });
      renderer.destroy({ removeView: true });
    },
  };
}
