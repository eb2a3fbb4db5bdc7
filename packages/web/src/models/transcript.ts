/** The record of the game: meetings with their lines, oldest first. */
export interface TranscriptModel {
  readonly meetings: readonly TranscriptMeeting[];
  /** How many lines there are in all (the newest line's number). */
  readonly lineCount: number;
}

/** A meeting's part of the transcript. */
export interface TranscriptMeeting {
  readonly id: string;
  readonly title: string;
  readonly venue: string;
  readonly date: string;
  readonly lines: readonly TranscriptLineModel[];
}

/** One line: a move, or what a move set off (actor null). */
export interface TranscriptLineModel {
  /** 1-based number of the line in the whole transcript. */
  readonly n: number;
  /** For a delegation's move, its 1-based number in the game (the game after it is "after move n"); else null. */
  readonly move: number | null;
  /** Minutes on the meeting's clock. */
  readonly minute: number;
  readonly actor: string | null;
  readonly text: string;
  /** For a statement, the words from the scenario's record that it quotes, and who said them. */
  readonly quote: { readonly text: string; readonly speaker: string } | null;
}
