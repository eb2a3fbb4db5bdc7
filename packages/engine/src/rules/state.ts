import type { DemandValue, RedLineValue, StanceValue, TrackPhase } from "../machines/index.js";
import type { ValidScenario } from "../scenario/schema.js";
import type { ResultKind } from "../vocabulary/lists.js";
import type { Move } from "../vocabulary/moves.js";
import type { RngState } from "../vocabulary/random.js";

/**
 * An open proposal: its terms as one option per issue (`-1` where it says nothing), who tabled it, and
 * everyone who has accepted it (the proposer first, when it is a party).
 */
export interface Proposal {
  readonly options: readonly number[];
  readonly by: number;
  readonly accepted: readonly number[];
}

/** A follow-up meeting proposed during closing, with the actors who agreed to it (proposer first). */
export interface FollowUp {
  readonly by: number;
  readonly accepted: readonly number[];
}

/** The meeting being played. Indexes refer to the scenario's arrays. */
export interface TrackRun {
  readonly index: number;
  readonly phase: TrackPhase;
  readonly clock: number;
  /** Position in the meeting's speaking order of the actor who has the floor. */
  readonly floor: number;
  readonly agendaIndex: number;
  readonly itemStartedAt: number;
  readonly passesInRow: number;
  /** Moves made in the current phase (opening and closing are counted in rounds). */
  readonly phaseMoves: number;
  readonly followUp: FollowUp | null;
  readonly cbmUsed: readonly number[];
  /** Issues agreed at this meeting. */
  readonly agreedHere: readonly number[];
  /** Minutes injects have added to (or taken from) the time the meeting may run. */
  readonly deadline: number;
}

/** Why a meeting collapsed: an actor walked out, or tension reached its limit. */
export type CollapseCause =
  | { readonly kind: "walk-out"; readonly actor: string }
  | { readonly kind: "tension" };

/** How a finished meeting ended, in scenario ids. */
export interface TrackResult {
  readonly track: string;
  readonly result: ResultKind;
  /** Issues agreed at this meeting: `{ [issueId]: optionId }`. */
  readonly agreed: Readonly<Record<string, string>>;
  /** What was still on the table when it ended: one entry per issue of each open proposal. */
  readonly tabled: readonly { readonly issue: string; readonly option: string; readonly by: string }[];
  readonly followUp: boolean;
  /** Minutes on the meeting's clock when it ended. */
  readonly minutes: number;
  /** For a collapse, why; otherwise null. */
  readonly cause: CollapseCause | null;
}

/** Whether a scheduled or random event has happened, will not happen in this game, or may still happen. */
export type InjectStatus = "pending" | "fired" | "cancelled";

/** How many moves a chunk of the move log holds (see {@link GameState.moves}). */
export const MOVE_CHUNK = 256;

/**
 * The whole state of a game: plain, immutable data that survives `structuredClone` and JSON. `scenario` is a
 * shared reference to the rules' input; everything else is what the moves (and the seed) have produced, and
 * is what `stateHash` and saves cover. Indexes refer to the scenario's arrays.
 */
export interface GameState {
  readonly scenario: ValidScenario;
  readonly seed: string;
  readonly rng: RngState;
  readonly over: boolean;
  readonly track: TrackRun;
  readonly results: readonly TrackResult[];
  readonly tension: number;
  readonly cohesion: number;
  /** `trust[from][to]`, 0..100. */
  readonly trust: readonly (readonly number[])[];
  readonly stances: readonly StanceValue[];
  /** `positions[actor][issue]`: the worst option the actor still accepts on the issue alone. */
  readonly positions: readonly (readonly number[])[];
  /** `agreed[issue]`: the agreed option, or null. */
  readonly agreed: readonly (number | null)[];
  /** The open proposals, oldest first; at most one covers an issue. */
  readonly table: readonly Proposal[];
  readonly demands: readonly DemandValue[];
  readonly redLines: readonly RedLineValue[];
  readonly injects: readonly InjectStatus[];
  /** `types[actor]`: the index of the actor's drawn hidden type, or -1 when it has none. */
  readonly types: readonly number[];
  /** `reservations[actor]`: what walking away is worth to the actor in this game. */
  readonly reservations: readonly number[];
  /** `walkOuts[actor]`: how many times it walked out. */
  readonly walkOuts: readonly number[];
  readonly moveCount: number;
  /**
   * Every move applied, in order, in chunks of 256 moves (so that adding one copies a chunk, not the
   * whole history: a long game stays linear). `gameMoves(state)` gives them as one list.
   */
  readonly moves: readonly (readonly Move[])[];
}
