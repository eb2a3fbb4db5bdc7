import type { DemandValue, RedLineValue, StanceValue, TrackPhase } from "../machines/index.js";
import type { ResultKind } from "../vocabulary/lists.js";
import type { Terms } from "../vocabulary/moves.js";
import type { CollapseCause } from "./state.js";

/**
 * What a move set off, in scenario ids: the consequences a view or a transcript shows beyond the move itself.
 * Built only when someone listens (the public path); the simulation core reports nothing.
 */
export type GameEvent =
  | { readonly type: "track-opened"; readonly track: string }
  | { readonly type: "proposal-opened"; readonly terms: Terms; readonly by: string }
  | {
      readonly type: "proposal-withdrawn";
      readonly terms: Terms;
      readonly by: string;
      /** Turned down by a rejection or a counter-proposal, or left on the table when the meeting ended. */
      readonly reason: "rejected" | "countered" | "meeting-ended";
    }
  | { readonly type: "agreed"; readonly terms: Terms }
  | {
      readonly type: "position-moved";
      readonly actor: string;
      readonly issue: string;
      readonly option: string;
    }
  | { readonly type: "red-line"; readonly redLine: string; readonly status: RedLineValue }
  | { readonly type: "demand"; readonly demand: string; readonly status: DemandValue }
  | { readonly type: "stance"; readonly actor: string; readonly stance: StanceValue }
  | { readonly type: "inject"; readonly inject: string; readonly text: string }
  | { readonly type: "agenda-item"; readonly track: string; readonly issue: string }
  | { readonly type: "phase"; readonly track: string; readonly phase: TrackPhase }
  | { readonly type: "cohesion-cost"; readonly actor: string; readonly ally: string; readonly amount: number }
  | { readonly type: "follow-up"; readonly track: string; readonly agreed: boolean }
  | {
      readonly type: "track-concluded";
      readonly track: string;
      readonly result: ResultKind;
      readonly cause: CollapseCause | null;
    }
  | { readonly type: "game-over" };
