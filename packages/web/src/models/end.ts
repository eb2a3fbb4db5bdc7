/** The debrief: what came of each meeting beside what really happened, and every actor's utility. */
export interface EndModel {
  readonly scenarioTitle: string;
  readonly overall: string;
  readonly historicalOverall: string | null;
  readonly meetings: readonly EndMeeting[];
  readonly actors: readonly EndActor[];
  /** The final state's fingerprint (the engine's `stateHash`), to compare games. */
  readonly fingerprint: string;
  readonly moveCount: number;
}

/** One meeting's result in this game and in the record. */
export interface EndMeeting {
  readonly title: string;
  readonly date: string;
  readonly result: string;
  readonly agreed: readonly string[];
  readonly historical: string | null;
  readonly historicalAgreed: readonly string[];
}

/** An actor's utility (0..1) in this game and on the historical line. */
export interface EndActor {
  readonly id: string;
  readonly name: string;
  readonly utility: number;
  readonly historical: number | null;
  readonly controller: string;
}
