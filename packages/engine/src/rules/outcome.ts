import type { DemandValue } from "../machines/index.js";
import type { Package } from "../vocabulary/utility.js";
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
 * An actor's utility at this point of the game, in [0, 1]: `packageUtility` of the agreed package (status quo
 * elsewhere), or its reservation value if `collapsed`, less the price of every red line it crossed. Read from
 * the compiled weights and values (the same numbers `packageUtility` sums), as bots call it in their hot loop.
 */
export function actorUtility(state: GameState, actor: number, collapsed: boolean): number {
  const c = state.compiled;
  let u = 0;
  if (collapsed) u = c.scenario.actors[actor]?.reservation ?? 0;
  else {
    const weights = c.weights[actor] ?? [];
    const values = c.values[actor] ?? [];
    for (let i = 0; i < weights.length; i++) {
      u += (weights[i] ?? 0) * (values[i]?.[state.agreed[i] ?? c.statusQuo[i] ?? 0] ?? 0);
    }
  }
  // Each crossed red line's price is taken off in turn: the order of the sums is part of the result.
  for (let r = 0; r < c.redLineActor.length; r++) {
    if (c.redLineActor[r] === actor && state.redLines[r] === "crossed")
      u -= c.scenario.redLines[r]?.price.utility ?? 0;
  }
  return Math.min(1, Math.max(0, u));
}

/** Whether a track of the game has collapsed (which ends it). */
export function hasCollapsed(state: GameState): boolean {
  return state.results.some((r) => r.result === "collapse");
}

/** Computes the {@link Outcome} of a state. */
export function computeOutcome(state: GameState): Outcome {
  const { scenario } = state;
  const collapsed = hasCollapsed(state);
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
    utilities[actor.id] = actorUtility(state, i, collapsed);
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
