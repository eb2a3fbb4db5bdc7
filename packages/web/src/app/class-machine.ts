import { assign, enqueueActions, setup } from "xstate";
import type { ClassModel } from "../models/index.js";
import type { EngineCommand, EngineReport } from "../worker/protocol.js";
import { type EngineReportEvent, engineSlot } from "./machine.js";

/**
 * The class view as an xstate actor: it owns an engine worker of its own for as long as the view is open
 * (closing the view ends the worker, and with it any simulation), sends it the class's entries, and drives a
 * simulation chunk by chunk: each answer of a running simulation asks for the next chunk, unless the person
 * stopped it. The figures are the worker's; this actor only keeps the latest class it was sent.
 */

/** The class actor's context. */
export interface ClassContext {
  readonly model: ClassModel | null;
  /** The worker's latest refusal, in words; null when there is none. */
  readonly notice: string | null;
  /** Whether entries are being read. */
  readonly reading: boolean;
  /** The number of the latest simulation run asked for. */
  readonly run: number;
  /** The run the person stopped, so that a chunk already under way asks for no more. */
  readonly stopped: number;
}

/** Everything the class actor reacts to. */
export type ClassEvent =
  | {
      readonly type: "ADD";
      readonly entries: readonly { readonly name: string; readonly text: string }[];
      /** Entries the page refused before reading them (too large, say), with their reason. */
      readonly refused?: readonly { readonly name: string; readonly message: string }[];
    }
  | { readonly type: "CLEAR" }
  | { readonly type: "SIMULATE"; readonly games: number }
  | { readonly type: "CANCEL" }
  | { readonly type: "DISMISS_NOTICE" }
  | EngineReportEvent;

function reportOf(event: ClassEvent): EngineReport | null {
  return event.type === "ENGINE.REPORT" ? event.report : null;
}

export const classMachine = setup({
  types: { context: {} as ClassContext, events: {} as ClassEvent },
  actors: { engine: engineSlot },
}).createMachine({
  id: "class",
  context: { model: null, notice: null, reading: false, run: 0, stopped: 0 },
  invoke: { id: "engine", src: "engine" },
  on: {
    ADD: {
      actions: enqueueActions(({ enqueue, event }) => {
        enqueue.assign({ reading: true, notice: null });
        enqueue.sendTo("engine", {
          type: "class-add",
          entries: event.entries,
          refused: event.refused ?? [],
        } satisfies EngineCommand);
      }),
    },
    CLEAR: {
      actions: enqueueActions(({ enqueue, context }) => {
        enqueue.assign({ notice: null, stopped: context.run });
        enqueue.sendTo("engine", { type: "class-clear" } satisfies EngineCommand);
      }),
    },
    SIMULATE: {
      actions: enqueueActions(({ enqueue, context, event }) => {
        const run = context.run + 1;
        enqueue.assign({ run, notice: null });
        enqueue.sendTo("engine", { type: "class-simulate", run, games: event.games } satisfies EngineCommand);
      }),
    },
    CANCEL: {
      actions: enqueueActions(({ enqueue, context }) => {
        enqueue.assign({ stopped: context.run });
        enqueue.sendTo("engine", { type: "class-cancel", run: context.run } satisfies EngineCommand);
      }),
    },
    DISMISS_NOTICE: { actions: assign({ notice: null }) },
    "ENGINE.REPORT": {
      actions: enqueueActions(({ enqueue, context, event }) => {
        const report = reportOf(event);
        if (report?.type === "refused") {
          enqueue.assign({ notice: report.message, reading: false });
          return;
        }
        if (report?.type !== "class") return;
        enqueue.assign({ model: report.model, reading: false });
        const sim = report.model.simulation;
        if (sim?.status === "running" && sim.run === context.run && context.stopped !== sim.run)
          enqueue.sendTo("engine", { type: "class-simulate-more", run: sim.run } satisfies EngineCommand);
      }),
    },
  },
});
