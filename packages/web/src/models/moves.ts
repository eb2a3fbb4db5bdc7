import type { MoveGroup } from "./table.js";

/** The moves the seat on the floor may make, grouped by kind, with those it may not make and why. */
export interface MovesModel {
  /** The actor on the floor; null when the game is over. */
  readonly actor: string | null;
  readonly actorName: string;
  readonly groups: readonly MoveGroupModel[];
  readonly unavailable: readonly UnavailableMoveModel[];
}

/** A group of moves of one kind. */
export interface MoveGroupModel {
  readonly group: MoveGroup;
  readonly title: string;
  readonly moves: readonly MoveChoiceModel[];
}

/** A move the player can make. */
export interface MoveChoiceModel {
  /** Identifies the move in the match's current version; sent back to play it. */
  readonly id: string;
  /** The move in words, e.g. "Counter with “Hotlines” on Risk reduction". */
  readonly label: string;
  readonly minutes: number;
  /** What the move does beyond its words, when known. */
  readonly effects: readonly string[];
}

/** A kind of move the player cannot make now, and why. */
export interface UnavailableMoveModel {
  readonly group: MoveGroup;
  readonly label: string;
  /** A stable code for programs, and a reason for people. */
  readonly code: string;
  readonly reason: string;
}
