import { useEffect, useRef } from "preact/hooks";
import type { MoveEventModel, TableModel } from "../models/index.js";
import type { Scene } from "../scene/scene.js";
import { hoursAndMinutes } from "./format.js";

/** A move for the table to animate, identified so that it runs once. */
export interface TableAnimation {
  readonly id: number;
  readonly event: MoveEventModel;
  readonly duration: number;
}

interface Props {
  readonly table: TableModel;
  readonly animation: TableAnimation | null;
  readonly onAnimationDone: () => void;
}

const reducedMotion = (): boolean =>
  globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

/** The canvas's text alternative: the picture in one sentence; the side panel has every detail in words. */
function describe(table: TableModel): string {
  const floor = table.seats.find((s) => s.id === table.floor)?.name;
  const proposals = table.proposals.length;
  return [
    `The ${table.meeting.title} table: ${table.seats.map((s) => (s.chair ? `${s.name} (chair)` : s.name)).join(", ")}.`,
    floor === undefined ? "Nobody has the floor." : `${floor} has the floor.`,
    `Clock at ${hoursAndMinutes(table.clock.minute)} of ${hoursAndMinutes(table.clock.scheduled)}.`,
    proposals === 0
      ? "Nothing on the table."
      : `${proposals} proposal${proposals === 1 ? "" : "s"} on the table.`,
    `Tension ${Math.round(table.tension)} of 100.`,
  ].join(" ");
}

/**
 * The table drawn by PixiJS. The drawing code is loaded on first use; until it is ready (or if the browser
 * cannot draw it) the description and the side panel carry everything.
 */
export function TableView({ table, animation, onAnimationDone }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const scene = useRef<Scene | null>(null);
  const latest = useRef({ table, animation, onAnimationDone });
  latest.current = { table, animation, onAnimationDone };
  const shown = useRef<number | null>(null);

  const show = () => {
    const s = scene.current;
    const { table: t, animation: a, onAnimationDone: done } = latest.current;
    if (s === null) {
      if (a !== null) done();
      return;
    }
    if (a !== null && shown.current !== a.id) {
      shown.current = a.id;
      s.show(t, { event: a.event, duration: a.duration, still: reducedMotion(), done });
    } else s.show(t, null);
  };

  useEffect(() => {
    let alive = true;
    const element = host.current;
    if (element === null) return;
    import("../scene/scene.js")
      .then(({ createScene }) => createScene(element))
      .then((s) => {
        if (!alive) {
          s.destroy();
          return;
        }
        scene.current = s;
        show();
        performance.mark("parley:table-drawn");
      })
      .catch(() => {
        // No WebGL and no canvas: the words beside the table say everything the picture would.
        element.dataset.failed = "true";
      });
    return () => {
      alive = false;
      scene.current?.destroy();
      scene.current = null;
    };
  }, []);

  useEffect(show, [table, animation?.id]);

  return <div class="table-canvas" ref={host} role="img" aria-label={describe(table)} />;
}
