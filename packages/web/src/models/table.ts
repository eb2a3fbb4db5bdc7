/**
 * The table as one seat sees it: the picture the Pixi scene draws and the side panel writes out in words.
 * Plain JSON built by the engine adapter in the worker.
 */
export interface TableModel {
  readonly scenarioTitle: string;
  readonly meeting: MeetingModel;
  readonly seats: readonly SeatModel[];
  /** Id of the actor who has the floor; null when the game is over. */
  readonly floor: string | null;
  readonly clock: ClockModel;
  readonly agenda: readonly AgendaItemModel[];
  readonly proposals: readonly ProposalModel[];
  readonly demands: readonly DemandModel[];
  readonly redLines: readonly RedLineModel[];
  /** 0..100: how strained the room is. */
  readonly tension: number;
  /** 0..100: how united the alliance is. */
  readonly cohesion: number;
  /** Trust between the delegations at this meeting, 0..100, both ways. */
  readonly trust: readonly TrustModel[];
  readonly over: boolean;
  /** Moves played so far in the game. */
  readonly moveCount: number;
}

/** The meeting being played. */
export interface MeetingModel {
  readonly id: string;
  readonly title: string;
  readonly venue: string;
  readonly date: string;
  readonly format: "bilateral" | "multilateral";
  /** Actor id of the chair; null at a bilateral meeting. */
  readonly chair: string | null;
  readonly chairPerson: string | null;
  /** 1-based position of this meeting in the scenario, and how many there are. */
  readonly number: number;
  readonly of: number;
  readonly phase: "scheduled" | "opening" | "agenda" | "overrun" | "closing" | "concluded";
}

/** Who controls a seat in this match. */
export type SeatController = "you" | "person" | "bot";

/** A delegation at the table. */
export interface SeatModel {
  readonly id: string;
  readonly name: string;
  /** The head of delegation's name, or null. */
  readonly head: string | null;
  readonly controller: SeatController;
  /** The bot's name when a bot plays the seat. */
  readonly bot: string | null;
  readonly stance: "engaged" | "hardened" | "walkedOut";
  readonly chair: boolean;
}

/** The meeting clock in minutes. */
export interface ClockModel {
  readonly minute: number;
  readonly scheduled: number;
  /** The latest the meeting may run: scheduled plus the allowed overrun. */
  readonly limit: number;
  readonly overrun: boolean;
}

/** An agenda item. */
export interface AgendaItemModel {
  readonly issue: string;
  readonly title: string;
  readonly minutes: number;
  readonly status: "done" | "current" | "upcoming";
  /** The agreed option's label, when the issue is settled. */
  readonly agreed: string | null;
}

/** An open proposal: one item, or a package of several issues. */
export interface ProposalModel {
  /** Tells proposals apart (its proposer and issues). */
  readonly key: string;
  /** The issues it covers, joined: "Risk reduction + Missiles in Europe". */
  readonly title: string;
  /** The options it proposes, in the same order, joined. */
  readonly terms: string;
  readonly by: string;
  /** Actor ids of every party that has accepted it (the proposer first). */
  readonly acceptedBy: readonly string[];
  /** Parties whose acceptance it still needs. */
  readonly waitingFor: readonly string[];
}

/** A demand's life, as the engine's demand machine has it. */
export type DemandState = "tabled" | "underDiscussion" | "accepted" | "rejected" | "deferred" | "withdrawn";

/** A demand and where it stands. */
export interface DemandModel {
  readonly id: string;
  readonly by: string;
  readonly issueTitle: string;
  readonly text: string;
  readonly state: DemandState;
}

/** A red line's life, as the engine's red-line machine has it. */
export type RedLineState = "intact" | "challenged" | "held" | "crossed";

/** A red line and where it stands. */
export interface RedLineModel {
  readonly id: string;
  readonly by: string;
  readonly issueTitle: string;
  readonly text: string;
  readonly state: RedLineState;
}

/** How much one delegation trusts another. */
export interface TrustModel {
  readonly from: string;
  readonly to: string;
  readonly value: number;
}

/** What just happened, for the scene to animate: who moved and what kind of move it was. */
export interface MoveEventModel {
  readonly actor: string;
  readonly group: MoveGroup;
  readonly text: string;
}

/** The kinds of move, as the engine's move menu groups them. */
export type MoveGroup = "speak" | "propose" | "respond" | "concede" | "red-lines" | "procedure";
