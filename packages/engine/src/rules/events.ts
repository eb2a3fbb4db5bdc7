import type { DemandValue, RedLineValue, StanceValue, TrackPhase } from "../machines/index.js";

/**
 * What a move set off, in scenario ids: the consequences a view or a transcript shows beyond the move itself.
 */
export type GameEvent =
  | { readonly type: "proposal-opened"; readonly issue: string; readonly option: string; readonly by: string }
  | { readonly type: "proposal-withdrawn"; readonly issue: string; readonly option: string }
  | { readonly type: "issue-agreed"; readonly issue: string; readonly option: string }
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
  | { readonly type: "follow-up"; readonly track: string; readonly agreed: boolean }
  | { readonly type: "track-concluded"; readonly track: string; readonly result: string }
  | { readonly type: "game-over" };

/** Where the rules report events; `null` on the hot path, where nobody reads them. */
export type EventSink = GameEvent[] | null;
