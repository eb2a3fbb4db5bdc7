import { type Package, packageUtility } from "../analysis/utility.js";
import type { DemandValue } from "../machines/index.js";
import type { GameState, TrackResult } from "./state.js";

/** How a negotiation ended, overall or on one track. */
export type OverallResult = "agreement" | "partial-agreement" | "no-breakthrough" | "collapse";

/** The result of a game (or of the game so far), in scenario ids. */
export interface Outcome {
  /** `collapse` if a track collapsed; else `agreement` if every issue on any agenda is agreed, `partial-agreement` if some is. */
  readonly overall: OverallResult;
  /** Whether the game is over; an outcome of an unfinished game describes the play so far. */
  readonly finished: boolean;
  readonly tracks: readonly TrackResult[];
  /** Every agreed issue: `{ [issueId]: optionId }`. */
  readonly agreed: Package;
  /** Every actor's utility in [0, 1]. */
  readonly utilities: Readonly<Record<string, number>>;
  readonly redLinesCrossed: readonly string[];
  readonly demands: Readonly<Record<string, DemandValue>>;
  readonly tension: number;
  readonly cohesion: number;
}

/** The agreed package of a state: `{ [issueId]: optionId }` for every agreed issue. */
export function agreedPackage(state: GameState): Record<string, string> {
  const agreed: Record<string, string> = {};
  state.agreed.forEach((option, i) => {
    const issue = state.scenario.issues[i];
    if (option !== null && issue !== undefined) agreed[issue.id] = issue.options[option]?.id ?? "";
  });
  return agreed;
}

/**
 * An actor's utility at this point of the game: of the agreed package (status quo elsewhere), or its
 * reservation value after a collapse, less the price of every red line it crossed; clamped to [0, 1].
 */
export function actorUtility(state: GameState, actor: number, agreed: Package, collapsed: boolean): number {
  const { scenario, compiled: c } = state;
  const a = scenario.actors[actor];
  if (a === undefined) return 0;
  let u = collapsed ? a.reservation : packageUtility(scenario, a.id, agreed);
  for (let r = 0; r < c.redLineActor.length; r++) {
    if (c.redLineActor[r] === actor && state.redLines[r] === "crossed")
      u -= scenario.redLines[r]?.price.utility ?? 0;
  }
  return Math.min(1, Math.max(0, u));
}

/** Computes the {@link Outcome} of a state. */
export function computeOutcome(state: GameState): Outcome {
  const { scenario } = state;
  const collapsed = state.results.some((r) => r.result === "collapse");
  const agreed = agreedPackage(state);
  const onAgenda = new Set(scenario.tracks.flatMap((t) => t.agenda.map((item) => item.issue)));
  const agreedCount = Object.keys(agreed).length;
  const allAgreed = [...onAgenda].every((id) => Object.hasOwn(agreed, id));
  const overall: OverallResult = collapsed
    ? "collapse"
    : allAgreed
      ? "agreement"
      : agreedCount > 0
        ? "partial-agreement"
        : "no-breakthrough";
  const utilities: Record<string, number> = {};
  scenario.actors.forEach((actor, i) => {
    utilities[actor.id] = actorUtility(state, i, agreed, collapsed);
  });
  const demands: Record<string, DemandValue> = {};
  scenario.demands.forEach((d, i) => {
    demands[d.id] = state.demands[i] ?? "tabled";
  });
  return {
    overall,
    finished: state.over,
    tracks: state.results,
    agreed,
    utilities,
    redLinesCrossed: scenario.redLines.filter((_, r) => state.redLines[r] === "crossed").map((r) => r.id),
    demands,
    tension: state.tension,
    cohesion: state.cohesion,
  };
}
