/**
 * The class view: several finished games of one scenario (a class's save files or replay links), each in a
 * row, and the spread of their outcomes beside a simulated distribution of the same scenario with bots.
 * Every figure is the engine's (`debrief`, `gamesReport`, `simulate`); these are its words and numbers.
 */
export interface ClassModel {
  /** The scenario of the class (of its first game); null while it has none. */
  readonly scenario: { readonly id: string; readonly title: string } | null;
  readonly games: readonly ClassGameModel[];
  /**
   * Entries that were not taken, each with its reason, in the order they were given: the newest
   * `CLASS_LIMITS.problems` of them.
   */
  readonly problems: readonly ClassProblemModel[];
  /** How many older entries not taken were dropped from `problems` to keep it short. */
  readonly droppedProblems: number;
  /** The class's figures (the engine's `gamesReport` of its games); null without games or when it failed. */
  readonly figures: SpreadFigures | null;
  /** Why the engine could not sum up the class's games, when it could not; null otherwise. */
  readonly notice: string | null;
  /** The simulation of the same scenario with bots; null before one is asked for. */
  readonly simulation: ClassSimulationModel | null;
  /** Each outcome class of the class or the simulation, the class's share beside the simulation's. */
  readonly outcomes: readonly OutcomeRowModel[];
  /** Each party's utility: the class's games beside the simulation's figures. */
  readonly parties: readonly PartyRowModel[];
}

/** One game of the class. */
export interface ClassGameModel {
  /** Its file name, or "link 3" for the third pasted line. */
  readonly name: string;
  /** The seats people played, by name; null when the file does not say (a save file or link does not). */
  readonly people: readonly string[] | null;
  readonly meetings: readonly {
    readonly title: string;
    /** The meeting's result in words, with its cause for a collapse; null when it was never held. */
    readonly result: string | null;
    readonly followUp: boolean | null;
  }[];
  /** The game's outcome class in words ("No breakthrough, no follow-up"). */
  readonly outcome: string;
  /** The outcome class's key (the engine's `gameClass`), to compare with other games and the simulation. */
  readonly outcomeKey: string;
  /** Each party's utility (0..1), in the scenario's actor order. */
  readonly utilities: readonly { readonly name: string; readonly utility: number }[];
  readonly fingerprint: string;
  readonly moveCount: number;
  readonly seed: string;
}

/** An entry that was not taken into the class. */
export interface ClassProblemModel {
  readonly name: string;
  readonly message: string;
}

/** How often an outcome class came up among some games. */
export interface OutcomeShareModel {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  readonly share: number;
  /** Wilson's 95 % interval of the share. */
  readonly low: number;
  readonly high: number;
}

/** A party's utility over some games. */
export interface UtilityFigureModel {
  readonly id: string;
  readonly name: string;
  readonly mean: number;
  /** The 95 % interval of the mean. */
  readonly low: number;
  readonly high: number;
  readonly min: number;
  readonly max: number;
}

/** The figures of a set of games: outcome classes and utilities. */
export interface SpreadFigures {
  readonly games: number;
  readonly outcomes: readonly OutcomeShareModel[];
  readonly utilities: readonly UtilityFigureModel[];
}

/** A simulation of the class's scenario with bots, running or done. */
export interface ClassSimulationModel {
  /** Which run this is: a new run replaces an older one. */
  readonly run: number;
  readonly status: "running" | "done" | "cancelled" | "failed";
  /** Games played so far, of `total`. */
  readonly done: number;
  readonly total: number;
  /** Game k was seeded `${base}:${k}` (as `parley simulate` seeds them). */
  readonly base: string;
  /** The figures of the games played (of all of them once done); null before any. */
  readonly figures: SpreadFigures | null;
  /** Why it failed, when it did. */
  readonly message: string | null;
}

/** One outcome class: its share in the class and in the simulation. */
export interface OutcomeRowModel {
  readonly key: string;
  readonly label: string;
  readonly classCount: number;
  readonly classShare: number;
  /** Null until the simulation has figures. */
  readonly simulated: OutcomeShareModel | null;
}

/** One party's utility in the class's games beside the simulation's. */
export interface PartyRowModel {
  readonly id: string;
  readonly name: string;
  /** Its utility in each of the class's games, in the order of the games. */
  readonly games: readonly number[];
  readonly classFigure: UtilityFigureModel | null;
  readonly simulated: UtilityFigureModel | null;
}

/** Most games a class view reads, most entries not taken it lists, and most a simulation beside it plays. */
export const CLASS_LIMITS = {
  games: 200,
  /** Longest file or link read, in characters (a save is a few KB; a web save with its scenario, 6 MB). */
  textLength: 6_000_000,
  simulationGames: 5000,
  /** Most entries not taken that the class lists (the newest; the count of the others is given). */
  problems: 50,
  defaultSimulationGames: 200,
} as const;
