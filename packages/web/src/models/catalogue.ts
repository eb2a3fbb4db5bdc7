/** A scenario as the chooser shows it. */
export interface ScenarioCard {
  readonly id: string;
  readonly title: string;
  /** The meetings' dates, e.g. "10–13 January 2022". */
  readonly dates: string;
  /** Where the meetings take place, joined. */
  readonly venues: string;
  /** The summary without its source keys, to show in two lines. */
  readonly summary: string;
  /** Scheduled minutes of all meetings together. */
  readonly scheduledMinutes: number;
  readonly meetings: number;
  /** The delegations a player can take: actors that sit at one of the meetings at least. */
  readonly seats: readonly SeatCard[];
}

/** A delegation as the chooser shows it. */
export interface SeatCard {
  readonly actorId: string;
  readonly name: string;
  /** Who leads the delegation, with their office; null when the scenario names nobody. */
  readonly head: string | null;
  /** What the delegation wants, in one line. */
  readonly wants: string;
  /** The bot the scenario gives the actor by default. */
  readonly persona: string;
}
