/**
 * The debrief's "why it ended so", in words a screen shows: per meeting, each issue's zone of possible
 * agreement and what excluded each option; and the Pareto view of one meeting for two chosen actors. Every
 * figure is the engine's (`debriefZones`, `debriefFrontier`); ids stay beside the words only where the page
 * needs them to ask again (meetings and actors).
 */
export interface WhyModel {
  /** The game's fingerprint (the engine's `stateHash`): which game these figures are of. */
  readonly fingerprint: string;
  readonly meetings: readonly WhyMeeting[];
  /**
   * The Pareto view asked for, defaults filled in (the first meeting, its first two parties): what the page's
   * choice shows, made or not.
   */
  readonly view: { readonly track: string; readonly actors: readonly string[] };
  /** The Pareto view asked for; null when the engine could not make it (`paretoProblem` says why). */
  readonly pareto: ParetoModel | null;
  readonly paretoProblem: string | null;
}

/** One meeting's zones of possible agreement. */
export interface WhyMeeting {
  readonly track: string;
  readonly title: string;
  /** The actors seated there, whose red lines and reservation values decide. */
  readonly parties: readonly { readonly id: string; readonly name: string }[];
  /** The two parties its Pareto view shows unless the reader chooses (the engine's `defaultParetoActors`). */
  readonly defaultPair: readonly string[];
  /** What earlier meetings of this game agreed, in words ("Issue: option"); those issues have no zone here. */
  readonly settled: readonly string[];
  readonly issues: readonly WhyIssue[];
}

/** One issue's zone. */
export interface WhyIssue {
  readonly title: string;
  /** The labels of the options in the zone. */
  readonly zone: readonly string[];
  readonly options: readonly WhyOption[];
}

/** One option of an issue: in the zone, or what excluded it. */
export interface WhyOption {
  readonly label: string;
  readonly inZone: boolean;
  /** Each red line and reservation value that excluded it. */
  readonly excludedBy: readonly WhyExclusion[];
}

/** What excluded an option: a red line (in words), or an actor's reservation value (the page says the figures). */
export type WhyExclusion =
  | { readonly kind: "red-line"; readonly text: string }
  | {
      readonly kind: "reservation";
      /** Whose, in words: "Russia's reservation value". */
      readonly whose: string;
      /** Its utility (0..1) of the option, the other issues where they stay. */
      readonly utility: number;
      /** Its reservation value (0..1). */
      readonly reservation: number;
    };

/** What a point of the Pareto view is. */
export type ParetoPointKind = "frontier" | "beyond" | "nash" | "ks" | "game" | "record" | "disagreement";

/** One plotted point. */
export interface ParetoPoint {
  readonly kind: ParetoPointKind;
  /** What it is, in words ("Nash point", "Pareto frontier", "Beyond a red line"...). */
  readonly label: string;
  /** The first actor's utility (0..1). */
  readonly x: number;
  /** The second actor's utility (0..1). */
  readonly y: number;
  /** The package, in words ("Issue: option"); empty for the disagreement point. */
  readonly terms: readonly string[];
  /** The red lines the package crosses, in words. */
  readonly crosses: readonly string[];
}

/** The Pareto view of one meeting for two actors. */
export interface ParetoModel {
  readonly track: string;
  readonly meeting: string;
  readonly actors: readonly [
    { readonly id: string; readonly name: string },
    { readonly id: string; readonly name: string },
  ];
  /** Every point, frontier first, then the packages beyond red lines, then the marked points. */
  readonly points: readonly ParetoPoint[];
  /** Why a bargaining point is missing (no Nash or no Kalai–Smorodinsky point), in words. */
  readonly missing: readonly string[];
  /**
   * Whether some package within red lines gives both actors at least this game's outcome and one more. The
   * game's point is its final whole-game utilities: exact for a single-meeting scenario, a whole-game point
   * set in one meeting's package space otherwise.
   */
  readonly gameDominated: boolean;
}
