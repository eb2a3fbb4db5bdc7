import { outcome } from "../game/game.js";
import type { GameState } from "../rules/state.js";
import type { ValidScenario } from "../scenario/schema.js";
import type { MoveType } from "../vocabulary/moves.js";
import { DEFAULT_MINUTES, DEFAULT_RULES } from "../vocabulary/rule-numbers.js";
import { type Invariant, stepwise, throughout } from "./invariant.js";
import type { Play } from "./play.js";
import { moveAt, watchOne } from "./walk.js";

/** Every actor's utility, at every point of the game, is a number in [0, 1]. */
export const utilitiesInRange: Invariant = throughout((state) => {
  const utilities = outcome(state).utilities;
  for (const actor of state.scenario.actors) {
    const u = utilities[actor.id];
    if (typeof u !== "number" || !Number.isFinite(u) || u < 0 || u > 1)
      return `${actor.id}'s utility is ${String(u)}, outside [0, 1]`;
  }
  const extra = Object.keys(utilities).find((id) => !state.scenario.actors.some((a) => a.id === id));
  return extra === undefined ? null : `the outcome has a utility for '${extra}', who is no actor`;
});

/** Tension, cohesion and every trust are numbers in [0, 100] at every point of the game. */
export const gaugesInRange: Invariant = throughout((state) => {
  const inRange = (x: number | undefined): boolean =>
    typeof x === "number" && Number.isFinite(x) && x >= 0 && x <= 100;
  if (!inRange(state.tension)) return `tension is ${state.tension}`;
  if (!inRange(state.cohesion)) return `cohesion is ${state.cohesion}`;
  const ids = state.scenario.actors.map((a) => a.id);
  for (const [from, truster] of ids.entries()) {
    if (state.trust[from]?.length !== ids.length) return `trust from ${truster} is not given for every actor`;
    for (const [to, trusted] of ids.entries()) {
      const t = state.trust[from]?.[to];
      if (!inRange(t)) return `trust from ${truster} to ${trusted} is ${String(t)}`;
    }
  }
  return null;
});

/**
 * Tension at the limit ends the talks (docs/rules.md, "Collapse"): no state short of the end of the game
 * has tension at or above `collapseAt` (100), whether a move, an event after it, or an event as a meeting
 * opens (a scheduled event at minute 0, or the next meeting opening after a walk-out that ends only its own)
 * brought it there. The kit found the rules missing the last two cases; `tests/properties-rules-findings.test.ts`
 * keeps those games.
 */
export const collapsesAtTensionLimit: Invariant = throughout((state) =>
  state.tension >= DEFAULT_RULES.collapseAt && !state.over
    ? `tension is ${state.tension}, at the limit of ${DEFAULT_RULES.collapseAt}, and the talks go on`
    : null,
);

/** A red line crossed without its owner's explicit `cross` move, or an agreement across a standing one. */
export interface SilentCrossing {
  readonly redLine: string;
  readonly owner: string;
  /** The move (index in the play) after which it was found. */
  readonly index: number;
  /**
   * `agreed`: an issue was agreed on an option the red line forbids while the red line stood, or before its
   * owner crossed it with a `cross` move; `status`: the red line reads crossed without such a move.
   */
  readonly how: "agreed" | "status";
  readonly issue: string;
  readonly option: string | null;
}

/** Watches a play for silent crossings, calling `found` for each one. */
function crossingWatcher(
  scenario: ValidScenario,
  found: (crossing: SilentCrossing) => boolean,
): (before: GameState, after: GameState, moveIndex: number, crossedBy: ReadonlySet<string>) => boolean {
  return (before, after, index, crossed) => {
    for (const [i, issue] of scenario.issues.entries()) {
      const was = before.agreed[i] ?? null;
      const now = after.agreed[i] ?? null;
      if (now === null || was === now) continue;
      const option = issue.options[now]?.id ?? "";
      for (const [r, line] of scenario.redLines.entries()) {
        if (line.issue !== issue.id || !line.forbidden.includes(option)) continue;
        if (crossed.has(line.id) && before.redLines[r] === "crossed") continue;
        const crossing = {
          redLine: line.id,
          owner: line.actor,
          index,
          how: "agreed",
          issue: issue.id,
          option,
        };
        if (found(crossing as SilentCrossing)) return true;
      }
    }
    for (const [r, line] of scenario.redLines.entries()) {
      if (after.redLines[r] !== "crossed" || before.redLines[r] === "crossed" || crossed.has(line.id))
        continue;
      const crossing = {
        redLine: line.id,
        owner: line.actor,
        index,
        how: "status",
        issue: line.issue,
        option: null,
      };
      if (found(crossing as SilentCrossing)) return true;
    }
    return false;
  };
}

/** Walks a play and reports silent crossings until `found` says to stop. */
function watchCrossings(
  scenario: ValidScenario,
  play: Play,
  found: (crossing: SilentCrossing) => boolean,
): string | null {
  const crossed = new Set<string>();
  const watch = crossingWatcher(scenario, found);
  return watchOne(scenario, play, {
    step: ({ index, move, before, after }) => {
      if (
        move.type === "cross" &&
        scenario.redLines.some((r) => r.id === move.redLine && r.actor === move.actor)
      )
        crossed.add(move.redLine);
      return watch(before, after, index, crossed) ? "stop" : null;
    },
  });
}

/**
 * The red lines a play crosses silently: an issue agreed on an option that a red line forbids while that
 * red line stands (whoever holds it: a party, a mediator, or an actor not at the table), or before its owner
 * made an explicit `cross` move of it; or a red line that reads `crossed` without one. A move the engine
 * refuses ends the search (see {@link redLinesNeverSilentlyCrossed}).
 *
 * @example
 * ```ts
 * expect(silentCrossings(nrc, play).filter((c) => c.redLine === "nato-open-door")).toEqual([]);
 * ```
 */
export function silentCrossings(scenario: ValidScenario, play: Play): SilentCrossing[] {
  const out: SilentCrossing[] = [];
  watchCrossings(scenario, play, (crossing) => {
    out.push(crossing);
    return false;
  });
  return out;
}

/**
 * No package (or item) is ever agreed across a standing red line of anyone, and a red line is only crossed
 * by its owner's explicit `cross` move: an issue is agreed on an option a red line forbids only after that
 * move, and a red line only reads `crossed` after it.
 */
export const redLinesNeverSilentlyCrossed: Invariant = stepwise((scenario, play) => {
  const crossed = new Set<string>();
  let first: SilentCrossing | null = null;
  const watch = crossingWatcher(scenario, (crossing) => {
    first = crossing;
    return true;
  });
  return {
    step: ({ index, move, before, after }) => {
      if (
        move.type === "cross" &&
        scenario.redLines.some((r) => r.id === move.redLine && r.actor === move.actor)
      )
        crossed.add(move.redLine);
      if (!watch(before, after, index, crossed)) return null;
      const c = first as SilentCrossing | null;
      if (c === null) return null;
      return c.how === "agreed"
        ? `'${c.issue}' was agreed on '${c.option}' after ${moveAt(play, c.index)}, which ${c.owner}'s red line '${c.redLine}' forbids, and ${c.owner} had not crossed it`
        : `${c.owner}'s red line '${c.redLine}' reads crossed after ${moveAt(play, c.index)} without a cross move`;
    },
  };
});

/** Minutes each kind of move takes in a scenario: the defaults, with the scenario's overrides. */
function minutesOf(scenario: ValidScenario): Record<MoveType, number> {
  const out = { ...DEFAULT_MINUTES };
  const overrides = scenario.rules?.minutes ?? {};
  for (const type of Object.keys(out) as MoveType[]) {
    const value = Object.hasOwn(overrides, type) ? overrides[type] : undefined;
    if (value !== undefined) out[type] = value;
  }
  return out;
}

/**
 * Within a track the clock never goes back: every move adds exactly its minutes. Tracks are played in the
 * scenario's order, one after the other: a track that ends is recorded with the minutes it took, and the
 * next one starts at minute 0 (and, if it opens with tension at the limit, collapses there and is recorded
 * at 0 minutes).
 */
export const clockMonotone: Invariant = stepwise((scenario, play) => {
  const minutes = minutesOf(scenario);
  return {
    step: ({ index, move, before, after }) => {
      const where = `after ${moveAt(play, index)}`;
      const expected = before.track.clock + minutes[move.type];
      for (const [r, result] of after.results.entries()) {
        if (result.track !== scenario.tracks[r]?.id)
          return `${where}: result ${r + 1} is of track '${result.track}', not '${scenario.tracks[r]?.id}'`;
      }
      if (after.track.index === before.track.index) {
        if (after.track.clock !== expected)
          return `${where}: the clock went from ${before.track.clock} to ${after.track.clock}, not ${expected}`;
        const ended = after.results.length - before.results.length;
        if (ended !== (after.over && !before.over ? 1 : 0))
          return `${where}: ${ended} track results were added while the track ${after.over ? "ended the game" : "went on"}`;
        return null;
      }
      if (after.track.index !== before.track.index + 1)
        return `${where}: the track went from ${before.track.index + 1} to ${after.track.index + 1}`;
      const result = after.results[before.results.length];
      const added = after.results.length - before.results.length;
      // The next meeting may open with tension at its limit and collapse at once: it is recorded too.
      const opening = after.results[before.results.length + 1];
      const collapsedOpening =
        added === 2 &&
        after.over &&
        opening?.result === "collapse" &&
        opening.cause?.kind === "tension" &&
        opening.minutes === 0;
      if ((added !== 1 && !collapsedOpening) || result === undefined)
        return `${where}: track ${before.track.index + 1} ended without a result`;
      if (result.minutes !== expected)
        return `${where}: track '${result.track}' is recorded as ${result.minutes} minutes long, but its clock reached ${expected}`;
      return after.track.clock === 0
        ? null
        : `${where}: the next track starts at minute ${after.track.clock}, not 0`;
    },
  };
});
