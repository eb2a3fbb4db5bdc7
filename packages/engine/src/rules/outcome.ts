import type { DemandValue } from "../machines/index.js";
import { at } from "../vocabulary/assert.js";
import type { ResultKind } from "../vocabulary/lists.js";
import type { Package } from "../vocabulary/utility.js";
import type { CompiledScenario } from "./compile.js";
import { standing, weightsOf } from "./query.js";
import type { GameState, TrackResult } from "./state.js";

/** The result of a game (or of the game so far), in scenario ids. */
export interface Outcome {
  /** How the game ended overall (docs/rules.md, "Utility and outcome"). */
  readonly overall: ResultKind;
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
  /** Each actor's drawn hidden type (its id), where it has types. */
  readonly types: Readonly<Record<string, string>>;
  /** Each actor's reservation value in this game, as drawn and moved by events. */
  readonly reservations: Readonly<Record<string, number>>;
}

/** The agreed package of a state: `{ [issueId]: optionId }` for every agreed issue. */
export function agreedPackage(c: CompiledScenario, state: GameState): Record<string, string> {
  const agreed: Record<string, string> = {};
  state.agreed.forEach((option, i) => {
    const issue = at(c.scenario.issues, i, "issue");
    if (option !== null) agreed[issue.id] = at(issue.options, option, "option").id;
  });
  return agreed;
}

/**
 * Whether the game has ended in collapse: tension reached its limit, or a walk-out ended the game (a walk-out
 * from a meeting whose rule is `ends-track` ends only that meeting).
 */
export function gameCollapsed(c: CompiledScenario, state: GameState): boolean {
  for (const result of state.results) {
    if (result.result !== "collapse") continue;
    if (result.cause?.kind !== "walk-out") return true;
    const track = c.tracks[c.scenario.tracks.findIndex((t) => t.id === result.track)];
    if (track?.walkOutEndsGame !== false) return true;
  }
  return false;
}

/**
 * An actor's utility at this point of the game, in [0, 1]: its weighted value of the agreed package (status
 * quo elsewhere), or its reservation value if `collapsed`; less the price of every red line it crossed and
 * the cost of every walk-out it made. Index-based: bots call it in their hot loop.
 */
export function actorUtility(
  c: CompiledScenario,
  state: GameState,
  actor: number,
  collapsed: boolean,
): number {
  let u = 0;
  if (collapsed) u = state.reservations[actor] ?? 0;
  else {
    const weights = weightsOf(c, state, actor);
    const values = at(c.values, actor, "values");
    for (let i = 0; i < weights.length; i++) {
      u += (weights[i] ?? 0) * (values[i]?.[state.agreed[i] ?? c.statusQuo[i] ?? 0] ?? 0);
    }
  }
  // Each crossed red line's price is taken off in turn: the order of the sums is part of the result.
  for (let r = 0; r < c.redLineActor.length; r++) {
    if (c.redLineActor[r] === actor && !standing(state, r)) u -= c.scenario.redLines[r]?.price.utility ?? 0;
  }
  u -= (state.walkOuts[actor] ?? 0) * (c.walkOutCost[actor]?.utility ?? 0);
  return Math.min(1, Math.max(0, u));
}

/** Over every agenda, how far the agreement reaches (docs/rules.md, "Utility and outcome"). */
function overallResult(c: CompiledScenario, state: GameState): ResultKind {
  if (gameCollapsed(c, state)) return "collapse";
  let substance = 0;
  let substanceAgreed = 0;
  let process = 0;
  let processAgreed = 0;
  c.scenario.issues.forEach((_, i) => {
    if (!c.tracks.some((t) => t.onAgenda[i] === true)) return;
    const agreed = state.agreed[i] !== null;
    if (c.isProcess[i] === true) {
      process++;
      if (agreed) processAgreed++;
    } else {
      substance++;
      if (agreed) substanceAgreed++;
    }
  });
  if (substance > 0 ? substanceAgreed === substance : process > 0 && processAgreed === process)
    return "agreement";
  if (substanceAgreed > 0) return "partial-agreement";
  return processAgreed > 0 ? "procedural-agreement" : "no-breakthrough";
}

/** Computes the {@link Outcome} of a state. */
export function computeOutcome(c: CompiledScenario, state: GameState): Outcome {
  const scenario = c.scenario;
  const collapsed = gameCollapsed(c, state);
  const utilities: Record<string, number> = {};
  const types: Record<string, string> = {};
  const reservations: Record<string, number> = {};
  scenario.actors.forEach((actor, a) => {
    utilities[actor.id] = actorUtility(c, state, a, collapsed);
    reservations[actor.id] = state.reservations[a] ?? actor.reservation;
    const t = state.types[a] ?? -1;
    if (t >= 0) types[actor.id] = at(actor.types, t, "type").id;
  });
  const demands: Record<string, DemandValue> = {};
  scenario.demands.forEach((d, i) => {
    demands[d.id] = state.demands[i] ?? "tabled";
  });
  return {
    overall: overallResult(c, state),
    finished: state.over,
    tracks: state.results,
    agreed: agreedPackage(c, state),
    utilities,
    redLinesCrossed: scenario.redLines.filter((_, r) => !standing(state, r)).map((r) => r.id),
    demands,
    tension: state.tension,
    cohesion: state.cohesion,
    types,
    reservations,
  };
}
