/**
 * The debrief: the engine's `debrief` of a game in words a screen shows. Each meeting beside the record,
 * every actor's utility against its status quo, fallback and the record, the hidden types revealed, what
 * happened next, and the game's course move by move for the charts. Results, terms and sources are already
 * in words (labels and titles, never ids or keys).
 */
export interface EndModel {
  readonly scenarioTitle: string;
  readonly overall: string;
  readonly historicalOverall: string | null;
  readonly meetings: readonly EndMeeting[];
  readonly actors: readonly EndActor[];
  readonly epilogue: readonly EndEpilogueEvent[];
  readonly course: CourseModel;
  /** The final state's fingerprint (the engine's `stateHash`), to compare games. */
  readonly fingerprint: string;
  readonly moveCount: number;
  /** The engine's save of the game (what `parley replay --save FILE` opens). */
  readonly gameSave: string;
  /** The scenario's id, to name exported files. */
  readonly scenarioId: string;
  /** The game's seed, to name exported files. */
  readonly seed: string;
}

/** A source as a reader sees it: its title, and its key to tell apart sources of the same title. */
export interface SourceModel {
  readonly key: string;
  readonly title: string;
}

/** One meeting in this game and in the record. */
export interface EndMeeting {
  readonly title: string;
  readonly venue: string;
  readonly date: string;
  readonly scheduledMinutes: number;
  /** This game's meeting; null when the talks ended before it. */
  readonly game: {
    readonly result: string;
    /** Why it collapsed, in words, when it did. */
    readonly cause: string | null;
    readonly followUp: boolean;
    readonly agreed: readonly string[];
    readonly tabled: readonly string[];
    readonly minutes: number;
    readonly tension: number;
  } | null;
  /** The record's meeting (what the record leaves out is null); null when the scenario records none. */
  readonly record: {
    readonly result: string;
    readonly followUp: boolean | null;
    readonly agreed: readonly string[] | null;
    readonly tabled: readonly string[] | null;
    /** Tension at its end in the model's replay of the record. */
    readonly tension: number | null;
  } | null;
  /** Whether this game's result and follow-up are the record's; null when either is missing. */
  readonly asRecorded: boolean | null;
  /** The lengths the sources report, every one where they disagree. */
  readonly reportedLengths: readonly {
    readonly minutes: number;
    readonly note: string | null;
    readonly sources: readonly SourceModel[];
  }[];
}

/** An actor's utilities (0..1) and its hidden type, revealed. */
export interface EndActor {
  readonly id: string;
  readonly name: string;
  readonly controller: string;
  /** Of this game's outcome. */
  readonly utility: number;
  /** Of nothing agreed. */
  readonly statusQuo: number;
  /** Of walking away, in this game. */
  readonly fallback: number;
  /** Of the record's outcome; null without a record. */
  readonly record: number | null;
  readonly type: { readonly title: string; readonly description: string | null } | null;
}

/** What happened after the talks. */
export interface EndEpilogueEvent {
  readonly date: string;
  readonly title: string;
  readonly text: string;
  readonly sources: readonly SourceModel[];
}

/** The game move by move, for the charts of the debrief. */
export interface CourseModel {
  /** The actors, in the order of each point's `agreed`. */
  readonly actors: readonly { readonly id: string; readonly name: string }[];
  /** The start (move 0), then one point per move (move n after the n-th move). */
  readonly points: readonly CoursePointModel[];
}

/** The game after a move. */
export interface CoursePointModel {
  readonly move: number;
  readonly meeting: string;
  readonly minute: number;
  readonly tension: number;
  readonly cohesion: number;
  /** Each actor's utility (0..1) of what is agreed so far, in `CourseModel.actors` order. */
  readonly agreed: readonly number[];
  /**
   * Each actor's utility (0..1) of the best it could have from the table: what is agreed plus the open
   * proposal it values most (the engine's `CoursePoint.table`), in `CourseModel.actors` order.
   */
  readonly table: readonly number[];
  /** `trust[from][to]`, in `CourseModel.actors` order. */
  readonly trust: readonly (readonly number[])[];
  /** News and meetings opening or ending at this point, in words. */
  readonly marks: readonly CourseMarkModel[];
}

/** A point worth marking on a chart. */
export interface CourseMarkModel {
  readonly kind: "news" | "meeting-opened" | "meeting-ended";
  readonly text: string;
}

/** An earlier line of a game, kept when the player went back to play on from a point of it (a what-if). */
export interface BranchModel {
  /** Which line: 1 for the first played. */
  readonly number: number;
  /** The move it was left from: the new line shares its first `from` moves. */
  readonly from: number;
  readonly moveCount: number;
  readonly overall: string;
  /** Each party's utility of this line's outcome, in the debrief's actor order. */
  readonly utilities: readonly { readonly name: string; readonly utility: number }[];
  readonly fingerprint: string;
  /** Its replay link's code; null for a scenario opened from a file. */
  readonly replay: string | null;
}
