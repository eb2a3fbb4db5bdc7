/** The player's instructions before taking a seat. Every text is scenario data, shown as text. */
export interface BriefingModel {
  readonly scenarioTitle: string;
  readonly summary: string;
  readonly seed: string;
  /** The actor the brief is for. */
  readonly you: { readonly id: string; readonly name: string };
  readonly meetings: readonly BriefingMeeting[];
  /** The player's goals, heaviest first. */
  readonly goals: readonly BriefingGoal[];
  /** What walking away leaves the player with, 0..1 on the scale of the outcome's utility. */
  readonly fallback: number;
  readonly demands: readonly BriefingStatement[];
  readonly redLines: readonly BriefingStatement[];
  readonly sources: readonly { readonly key: string; readonly title: string }[];
}

/** One meeting: who sits where and what is on the agenda. */
export interface BriefingMeeting {
  readonly title: string;
  readonly venue: string;
  readonly date: string;
  readonly chair: string | null;
  readonly scheduledMinutes: number;
  readonly delegations: readonly {
    readonly name: string;
    readonly people: readonly string[];
    readonly player: string;
  }[];
  readonly agenda: readonly { readonly title: string; readonly minutes: number }[];
}

/** An issue the player cares about: how much, and the outcome they would like best. */
export interface BriefingGoal {
  readonly issue: string;
  /** Share of the player's interest, in percent. */
  readonly weight: number;
  readonly best: string;
  readonly statusQuo: string;
}

/** A demand or a red line as stated publicly. */
export interface BriefingStatement {
  readonly by: string;
  readonly issue: string;
  readonly text: string;
  readonly yours: boolean;
  readonly sources: readonly string[];
}
