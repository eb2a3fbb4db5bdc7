import type {
  BriefingModel,
  ClassModel,
  EndModel,
  MatchSetup,
  MoveEventModel,
  MovesModel,
  SeatController,
  TableModel,
  TranscriptModel,
  WhyModel,
} from "../models/index.js";

/**
 * The messages between the page and the engine worker: plain JSON through `postMessage`. The page sends
 * commands; the worker answers each with one report. Versions make a command about an old state harmless.
 */

/** What the page asks of the engine worker. */
export type EngineCommand = MatchCommand | ClassCommand;

/** What the page asks of the match the worker holds. */
export type MatchCommand =
  | { readonly type: "start"; readonly setup: MatchSetup }
  | { readonly type: "resume"; readonly save: string }
  | { readonly type: "open-replay"; readonly code: string }
  | { readonly type: "move"; readonly version: number; readonly moveId: string }
  | { readonly type: "bot"; readonly version: number }
  | { readonly type: "bots-until-person"; readonly version: number }
  | { readonly type: "undo"; readonly version: number }
  | { readonly type: "rewind"; readonly version: number; readonly to: number }
  | { readonly type: "review"; readonly at: number }
  /** The debrief's "why it ended so": every meeting's zones, and the Pareto view of a meeting for two actors. */
  | {
      readonly type: "why";
      /** The meeting of the Pareto view; null for the first. */
      readonly track: string | null;
      /** Its two actors; null for the meeting's first two parties. */
      readonly actors: readonly string[] | null;
    };

/**
 * What the class view asks of the worker: the class's games and a simulation beside them. Each command is
 * answered with the whole class as it now stands (`class` report).
 */
export type ClassCommand =
  /** Adds games: each entry is a save file's text or a replay link, named for the page ("link 3"). */
  | {
      readonly type: "class-add";
      readonly entries: readonly { readonly name: string; readonly text: string }[];
      /** Entries the page refused before reading them (a file far too large), listed with the others. */
      readonly refused?: readonly { readonly name: string; readonly message: string }[];
    }
  | { readonly type: "class-clear" }
  /** Starts simulation run `run` of `games` games of the class's scenario with bots (its first chunk). */
  | { readonly type: "class-simulate"; readonly run: number; readonly games: number }
  /** Plays the next chunk of run `run`, if it is the current one and still running. */
  | { readonly type: "class-simulate-more"; readonly run: number }
  | { readonly type: "class-cancel"; readonly run: number };

/** Whether a command is the class view's. */
export function isClassCommand(command: EngineCommand): command is ClassCommand {
  return command.type.startsWith("class-");
}

/** Why the worker sent a match snapshot. */
export type SnapshotReason = "started" | "resumed" | "replay" | "moved" | "undone" | "rewound";

/** Everything the page shows of a match after a change. */
export interface MatchSnapshot {
  readonly reason: SnapshotReason;
  readonly version: number;
  /**
   * Which game this is: its scenario, seed and seats, the same for every line of it (what-ifs included), so
   * that what the page keeps about the game (its earlier lines) is found again only for this game.
   */
  readonly game: string;
  readonly table: TableModel;
  /** The moves of the seat on the floor when a person has it; null while a bot has it or at the end. */
  readonly moves: MovesModel | null;
  readonly transcript: TranscriptModel;
  /** Who controls the seat on the floor; null at the end. */
  readonly floorController: SeatController | null;
  /** How many seats people play (more than one: hot seat). */
  readonly people: number;
  /** Whether a move of a person can be taken back. */
  readonly canUndo: boolean;
  /** The moves this change played, oldest first. */
  readonly played: readonly MoveEventModel[];
  /** The player's brief: sent when a match starts or is resumed. */
  readonly briefing: BriefingModel | null;
  readonly end: EndModel | null;
  /** The save to keep in the page's storage. */
  readonly save: string;
  /** The code of the replay link (`#replay=<code>`), or null when the scenario came from a file. */
  readonly replay: string | null;
}

/** A game at one point of its record, for reviewing. */
export interface ReviewSnapshot {
  readonly at: number;
  readonly total: number;
  readonly table: TableModel;
  readonly transcript: TranscriptModel;
}

/** What the worker answers. */
export type EngineReport =
  | { readonly type: "match"; readonly snapshot: MatchSnapshot }
  | { readonly type: "review"; readonly review: ReviewSnapshot }
  | { readonly type: "class"; readonly model: ClassModel }
  | { readonly type: "why"; readonly why: WhyModel }
  | {
      readonly type: "refused";
      readonly command: EngineCommand["type"];
      readonly code: string;
      readonly message: string;
    };
