import { applyMove, currentActor, isOver, legalMoves, outcome, replay, stateHash } from "../game/game.js";
import { applyRules } from "../rules/apply.js";
import { moveBound } from "../rules/bound.js";
import { candidateMoves } from "../rules/check.js";
import { cloneState } from "../rules/initial.js";
import { DEFAULT_MINUTES } from "../rules/minutes.js";
import type { GameState } from "../rules/state.js";
import type { Scenario } from "../scenario/schema.js";
import { deserialize, serialize } from "../session/persist.js";
import { type Move, type MoveType, moveKey } from "../vocabulary/moves.js";
import { freshTrace, moveLabel, type Play, type PlayTrace, traceOf } from "./play.js";

/**
 * A property of every game of a scenario, checked on one play: `null` when it holds, otherwise a
 * description of what went wrong, for people. Invariants never throw for a failure (an exception escaping
 * one is itself a finding: the engine threw).
 */
export type Invariant = (scenario: Scenario, play: Play) => string | null;

/** `move 3 (south accept quota)`: where a failure happened, in words. */
function at(play: Play, index: number): string {
  const move = play.moves[index];
  return `move ${index + 1}${move === undefined ? "" : ` (${moveLabel(move)})`}`;
}

/** The trace, or a failure if the engine refused one of the play's moves. */
function traced(scenario: Scenario, play: Play): PlayTrace | string {
  const trace = traceOf(scenario, play);
  if (trace.refused === null) return trace;
  return `the engine refused ${at(play, trace.refused.index)}, which should be legal: ${trace.refused.message}`;
}

/**
 * Checks every state of a play, from the start to the end: `check(state, index)` returns a failure or
 * `null`; `index` is the number of moves made so far. Makes an {@link Invariant} from a property of states,
 * such as "Southland never agrees to hand over the harbour".
 *
 * @example
 * ```ts
 * const keepsHarbour = throughout((state) =>
 *   outcome(state).agreed.harbour === "north-run" ? "the harbour was handed to Northland" : null);
 * ```
 */
export function throughout(check: (state: GameState, index: number) => string | null): Invariant {
  return (scenario, play) => {
    const trace = traced(scenario, play);
    if (typeof trace === "string") return trace;
    for (const [index, state] of trace.states.entries()) {
      const failure = check(state, index);
      if (failure !== null)
        return index === 0 ? `at the start: ${failure}` : `after ${at(play, index - 1)}: ${failure}`;
    }
    return null;
  };
}

/** The same play gives the same states (by hash) and events every time, whichever way it is replayed. */
export const determinism: Invariant = (scenario, play) => {
  const first = traced(scenario, play);
  if (typeof first === "string") return first;
  const second = freshTrace(scenario, play);
  if (second.refused !== null) return `a second replay refused ${at(play, second.refused.index)}`;
  const lean = cloneState(first.states[0] as GameState);
  for (const [k, state] of first.states.entries()) {
    const hash = stateHash(state);
    const again = second.states[k];
    if (again === undefined || stateHash(again) !== hash) {
      return `two replays differ ${k === 0 ? "at the start" : `after ${at(play, k - 1)}`}`;
    }
    if (k > 0) {
      const a = JSON.stringify(first.events[k - 1]);
      const b = JSON.stringify(second.events[k - 1]);
      if (a !== b) return `two replays report different events for ${at(play, k - 1)}: ${a} and ${b}`;
      const move = play.moves[k - 1] as Move;
      applyRules(lean, move, null);
      if (stateHash(lean as GameState) !== hash)
        return `the engine's lean path (bots, saves) and applyMove differ after ${at(play, k - 1)}`;
    }
  }
  const replayed = replay(scenario, play);
  const last = first.states[first.states.length - 1] as GameState;
  if (!replayed.ok)
    return `replay() refused move ${replayed.error.index + 1}: ${replayed.error.error.message}`;
  if (stateHash(replayed.value) !== stateHash(last)) return "replay() ends in another state than applyMove";
  return null;
};

/**
 * The play ends within `moveBound(scenario)` moves, and no state short of the end leaves the actor on the
 * floor without a legal move. Give it plays that run to the end (`arbLegalPlay(s, { toEnd: true })`, as
 * `checkScenario` does): a play that stops earlier only shows that its prefix stays within the bound.
 */
export const terminates: Invariant = (scenario, play) => {
  const trace = traced(scenario, play);
  if (typeof trace === "string") return trace;
  const bound = moveBound(scenario);
  for (const [k, state] of trace.states.entries()) {
    if (!isOver(state) && legalMoves(state).length === 0) {
      return `deadlock ${k === 0 ? "at the start" : `after ${at(play, k - 1)}`}: the game is not over but ${String(currentActor(state))} has no legal move`;
    }
    if (k > bound)
      return `the game is not over after ${k - 1} moves, more than moveBound(scenario) = ${bound}`;
  }
  return null;
};

/** Every red line the play crossed without its owner's explicit `cross` move, with where it happened. */
export interface SilentCrossing {
  readonly redLine: string;
  readonly owner: string;
  /** The move (index in the play) after which it was found. */
  readonly index: number;
  /** `agreed`: an issue was agreed on an option the red line forbids; `status`: the red line reads crossed. */
  readonly how: "agreed" | "status";
  readonly issue: string;
  readonly option: string | null;
}

/**
 * The red lines a play crosses silently: an issue agreed on an option that a red line forbids before its
 * owner made an explicit `cross` move of it, or a red line that reads `crossed` without one. A refused move
 * ends the search (see {@link redLinesNeverSilentlyCrossed}).
 *
 * @example
 * ```ts
 * expect(silentCrossings(nrc, play).filter((c) => c.redLine === "nato-open-door")).toEqual([]);
 * ```
 */
export function silentCrossings(scenario: Scenario, play: Play): SilentCrossing[] {
  const trace = traceOf(scenario, play);
  const found: SilentCrossing[] = [];
  const crossed = new Set<string>();
  for (let k = 1; k < trace.states.length; k++) {
    const move = play.moves[k - 1] as Move;
    const before = trace.states[k - 1] as GameState;
    const after = trace.states[k] as GameState;
    const line = move.type === "cross" ? scenario.redLines.find((r) => r.id === move.redLine) : undefined;
    if (line !== undefined && line.actor === move.actor) crossed.add(line.id);
    scenario.issues.forEach((issue, i) => {
      const was = before.agreed[i] ?? null;
      const now = after.agreed[i] ?? null;
      if (now === null || was === now) return;
      const option = issue.options[now]?.id ?? "";
      for (const r of scenario.redLines) {
        if (r.issue === issue.id && r.forbidden.includes(option) && !crossed.has(r.id))
          found.push({ redLine: r.id, owner: r.actor, index: k - 1, how: "agreed", issue: issue.id, option });
      }
    });
    scenario.redLines.forEach((r, i) => {
      if (after.redLines[i] === "crossed" && before.redLines[i] !== "crossed" && !crossed.has(r.id))
        found.push({
          redLine: r.id,
          owner: r.actor,
          index: k - 1,
          how: "status",
          issue: r.issue,
          option: null,
        });
    });
  }
  return found;
}

/**
 * An issue is only ever agreed on an option that a red line forbids if that red line's owner crossed it
 * with an explicit `cross` move before; and a red line only reads `crossed` after such a move.
 */
export const redLinesNeverSilentlyCrossed: Invariant = (scenario, play) => {
  const trace = traced(scenario, play);
  if (typeof trace === "string") return trace;
  const first = silentCrossings(scenario, play)[0];
  if (first === undefined) return null;
  return first.how === "agreed"
    ? `'${first.issue}' was agreed on '${first.option}' after ${at(play, first.index)}, which ${first.owner}'s red line '${first.redLine}' forbids, and ${first.owner} never crossed it`
    : `${first.owner}'s red line '${first.redLine}' reads crossed after ${at(play, first.index)} without a cross move`;
};

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
  const n = state.scenario.actors.length;
  for (let from = 0; from < n; from++) {
    for (let to = 0; to < n; to++) {
      const t = state.trust[from]?.[to];
      if (!inRange(t)) return `trust from actor ${from} to actor ${to} is ${String(t)}`;
    }
  }
  return null;
});

/** Minutes each kind of move takes in a scenario (the defaults, with the scenario's overrides). */
function minutesOf(scenario: Scenario): Record<MoveType, number> {
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
 * next one starts at minute 0.
 */
export const clockMonotone: Invariant = (scenario, play) => {
  const trace = traced(scenario, play);
  if (typeof trace === "string") return trace;
  const minutes = minutesOf(scenario);
  for (let k = 1; k < trace.states.length; k++) {
    const move = play.moves[k - 1] as Move;
    const before = trace.states[k - 1] as GameState;
    const after = trace.states[k] as GameState;
    const where = `after ${at(play, k - 1)}`;
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
    } else if (after.track.index === before.track.index + 1) {
      const result = after.results[after.results.length - 1];
      if (after.results.length !== before.results.length + 1 || result === undefined)
        return `${where}: track ${before.track.index + 1} ended without a result`;
      if (result.minutes !== expected)
        return `${where}: track '${result.track}' is recorded as ${result.minutes} minutes long, but its clock reached ${expected}`;
      if (after.track.clock !== 0)
        return `${where}: the next track starts at minute ${after.track.clock}, not 0`;
    } else {
      return `${where}: the track went from ${before.track.index + 1} to ${after.track.index + 1}`;
    }
  }
  return null;
};

/**
 * Saving at any point, loading, and carrying on gives the same states (by hash) as never saving; a loaded
 * game saves to the same text. Checked at every point of a short play and at several points of a long one,
 * carrying on for a few moves after each, and to the end from the middle.
 */
export const saveLoadTransparent: Invariant = (scenario, play) => {
  const trace = traced(scenario, play);
  if (typeof trace === "string") return trace;
  const n = trace.states.length - 1;
  const middle = n >> 1;
  const points = n <= 12 ? [...Array(n + 1).keys()] : [0, 1, n >> 2, middle, (3 * n) >> 2, n - 1, n];
  for (const point of new Set(points)) {
    const saved = trace.states[point] as GameState;
    const text = serialize(saved);
    const loaded = deserialize(scenario, text);
    const where = point === 0 ? "at the start" : `after ${at(play, point - 1)}`;
    if (!loaded.ok)
      return `a game saved ${where} does not load: ${loaded.error.code}: ${loaded.error.message}`;
    let state = loaded.value;
    if (stateHash(state) !== stateHash(saved)) return `a game saved and loaded ${where} is not the same game`;
    if (serialize(state) !== text) return `a game loaded ${where} saves to different text`;
    const end = point === middle ? n : Math.min(n, point + 3);
    for (let k = point; k < end; k++) {
      const result = applyMove(state, play.moves[k]);
      if (!result.ok)
        return `after saving and loading ${where}, ${at(play, k)} is refused: ${result.error.message}`;
      state = result.state;
      if (stateHash(state) !== stateHash(trace.states[k + 1] as GameState))
        return `after saving and loading ${where}, the game differs from the unsaved one after ${at(play, k)}`;
    }
  }
  return null;
};

/** Things that are not legal moves, tried at every point: each must be refused with a reason. */
function probes(state: GameState, actor: string | null): unknown[] {
  const other = state.scenario.actors.find((a) => a.id !== actor)?.id ?? "nobody";
  return [
    null,
    {},
    { type: "pass" },
    { type: "pass", actor: actor ?? "nobody", note: "an unknown field" },
    { type: "pass", actor: "nobody" },
    { type: "pass", actor: other },
  ];
}

/**
 * At every point of the play: the actor on the floor (none once the game is over) is the one every listed
 * move names; there is a legal move unless the game is over; each listed move is accepted; each candidate
 * move that is not listed, and each malformed or out-of-turn probe, is refused with a code and a reason,
 * leaving the state unchanged.
 */
export const legalMovesAccepted: Invariant = (scenario, play) => {
  const trace = traced(scenario, play);
  if (typeof trace === "string") return trace;
  for (const [k, state] of trace.states.entries()) {
    const where = k === 0 ? "at the start" : `after ${at(play, k - 1)}`;
    const hash = stateHash(state);
    const actor = currentActor(state);
    const legal = legalMoves(state);
    if (isOver(state) !== (actor === null)) return `${where}: isOver and currentActor disagree`;
    if (isOver(state) && legal.length > 0) return `${where}: the game is over but there are legal moves`;
    if (!isOver(state) && legal.length === 0)
      return `${where}: the game is not over but there is no legal move`;
    const keys = new Set<string>();
    for (const move of legal) {
      const key = moveKey(move);
      if (keys.has(key)) return `${where}: legalMoves lists ${moveLabel(move)} twice`;
      keys.add(key);
      if (move.actor !== actor)
        return `${where}: legalMoves lists ${moveLabel(move)}, but the floor is ${actor}'s`;
      const result = applyMove(state, move);
      if (!result.ok)
        return `${where}: the listed move ${moveLabel(move)} is refused: ${result.error.message}`;
    }
    const unlisted: unknown[] = candidateMoves(state).filter((m) => !keys.has(moveKey(m)));
    for (const move of [...unlisted, ...probes(state, actor)]) {
      const result = applyMove(state, move);
      const what = JSON.stringify(move);
      if (result.ok) return `${where}: ${what} is not listed in legalMoves, yet it is accepted`;
      if (result.error.message.trim() === "" || String(result.error.code) === "")
        return `${where}: ${what} is refused without a reason`;
      if (stateHash(state) !== hash) return `${where}: refusing ${what} changed the state`;
    }
  }
  return null;
};

/**
 * An agreement is for good: an issue is agreed only by an `accept` of the issue being negotiated, and once
 * agreed it never changes; each track's recorded agreements are the issues agreed on it.
 */
export const agreementsStand: Invariant = (scenario, play) => {
  const trace = traced(scenario, play);
  if (typeof trace === "string") return trace;
  for (let k = 1; k < trace.states.length; k++) {
    const move = play.moves[k - 1] as Move;
    const before = trace.states[k - 1] as GameState;
    const after = trace.states[k] as GameState;
    for (const [i, issue] of scenario.issues.entries()) {
      const was = before.agreed[i] ?? null;
      const now = after.agreed[i] ?? null;
      if (was === now) continue;
      if (was !== null) return `after ${at(play, k - 1)}: '${issue.id}', once agreed, changed`;
      if (move.type !== "accept" || move.issue !== issue.id)
        return `after ${at(play, k - 1)}: '${issue.id}' was agreed by a move that is no acceptance of it`;
    }
  }
  const last = trace.states[trace.states.length - 1] as GameState;
  const recorded = new Map<string, string>();
  for (const result of last.results) {
    for (const [issue, option] of Object.entries(result.agreed)) {
      if (recorded.has(issue)) return `'${issue}' is recorded as agreed on two tracks`;
      recorded.set(issue, option);
    }
  }
  for (const [issue, option] of recorded) {
    if (outcome(last).agreed[issue] !== option)
      return `track results record '${issue}' agreed on '${option}', the outcome does not`;
  }
  return null;
};

/** The invariants every scenario must satisfy, by name: what `checkScenario` runs. */
export const invariants = {
  determinism,
  terminates,
  redLinesNeverSilentlyCrossed,
  utilitiesInRange,
  gaugesInRange,
  clockMonotone,
  saveLoadTransparent,
  legalMovesAccepted,
  agreementsStand,
} as const satisfies Record<string, Invariant>;

/** The name of one of the kit's {@link invariants}. */
export type InvariantName = keyof typeof invariants;
