import type { DemandValue, RedLineValue, StanceValue, TrackPhase } from "../machines/index.js";
import type { Scenario } from "../scenario/schema.js";
import type { Move } from "../vocabulary/moves.js";
import type { RngState } from "../vocabulary/random.js";
import type { CompiledScenario } from "./compile.js";

/** An open proposal on an issue: the option, its proposer and everyone who has accepted it (proposer first). */
export interface Proposal {
  readonly option: number;
  readonly by: number;
  readonly accepted: readonly number[];
}

/** A follow-up meeting proposed during closing, with the actors who agreed to it (proposer first). */
export interface FollowUp {
  readonly by: number;
  readonly accepted: readonly number[];
}

/** The track being played. Indexes refer to the scenario's arrays. */
export interface TrackRun {
  readonly index: number;
  readonly phase: TrackPhase;
  readonly clock: number;
  /** Position in the track's speaking order of the actor who has the floor. */
  readonly floor: number;
  readonly agendaIndex: number;
  readonly itemStartedAt: number;
  readonly passesInRow: number;
  /** Moves made in the current phase (opening and closing are counted in rounds). */
  readonly phaseMoves: number;
  readonly followUp: FollowUp | null;
  readonly cbmUsed: readonly number[];
  readonly agreedHere: readonly number[];
}

/** How a finished track ended, in scenario ids. */
export interface TrackResult {
  readonly track: string;
  readonly result: "agreement" | "partial-agreement" | "no-breakthrough" | "collapse";
  /** Issues agreed on this track: `{ [issueId]: optionId }`. */
  readonly agreed: Readonly<Record<string, string>>;
  /** Proposals still open when the track ended. */
  readonly tabled: readonly { readonly issue: string; readonly option: string; readonly by: string }[];
  readonly followUp: boolean;
  /** Minutes on the track clock when it ended. */
  readonly minutes: number;
}

/**
 * The whole state of a game: plain, immutable data. `scenario` and `compiled` are shared references to the
 * rules' input; everything else is what the moves have produced, and is what `stateHash` and saves cover.
 */
export interface GameState {
  readonly scenario: Scenario;
  readonly compiled: CompiledScenario;
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
  /** `positions[actor][issue]`: the worst option the actor still accepts. */
  readonly positions: readonly (readonly number[])[];
  /** `agreed[issue]`: the agreed option, or null. */
  readonly agreed: readonly (number | null)[];
  readonly proposals: readonly (Proposal | null)[];
  readonly demands: readonly DemandValue[];
  readonly redLines: readonly RedLineValue[];
  readonly injectsFired: readonly boolean[];
  /** Every move applied, in order. */
  readonly moves: readonly Move[];
}
