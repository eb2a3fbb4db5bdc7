import type { Outcome } from "../rules/outcome.js";
import type { ValidScenario } from "../scenario/schema.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { gameClass, NOT_HELD, trackClass } from "./classes.js";
import { addDistinct, type DistinctSketch, mergeDistinct } from "./distinct.js";
import { addExact, type ExactSum, mergeExact } from "./exact-sum.js";

/**
 * The streaming summary of a simulation: what its games had in common, in memory that does not grow with
 * their number. Every part is a count, a minimum, a maximum, an exact sum, a histogram of whole values or a
 * bottom-k sketch, so two summaries merge into exactly the summary of all their games, whichever way the
 * games were split and in whatever order the parts are merged: one worker or eight give the same figures.
 * Plain data (Maps and arrays), so a worker thread can send it.
 */

/** A running minimum, maximum and exact sum (and sum of squares) of numbers. */
export interface Moments {
  min: number;
  max: number;
  readonly sum: ExactSum;
  readonly sumOfSquares: ExactSum;
}

/** One meeting over the games: how it ended and how long it ran. */
export interface MeetingTally {
  /** Games by the meeting's class ({@link trackClass}, or {@link NOT_HELD}). */
  readonly classes: Map<string, number>;
  /** Games by the meeting's length in minutes (meetings held only). */
  readonly minutes: Map<number, number>;
}

/** The seeds a summary covers: games `start` to `start + count − 1`, game k seeded `${base}:${k}`. */
export interface SeedRange {
  readonly base: string;
  readonly start: number;
  readonly count: number;
}

/** The streaming summary of a simulation's games (see the module comment). */
export interface SimulationSummary {
  /** `scenarioHash` of the scenario played: summaries of different scenarios never merge. */
  readonly scenarioHash: string;
  readonly seeds: SeedRange;
  /** Games by class ({@link gameClass}). */
  readonly classes: Map<string, number>;
  /** One per track of the scenario, in its order. */
  readonly meetings: MeetingTally[];
  /** One per actor of the scenario, in its order. */
  readonly utilities: Moments[];
  /** `agreed[issue][option]`: games that agreed the issue on that option. */
  readonly agreed: number[][];
  /** `redLinesCrossed[r]`: games in which red line r was crossed. */
  readonly redLinesCrossed: number[];
  readonly tension: Moments;
  /** Moves per game. */
  readonly moves: Moments;
  readonly distinct: DistinctSketch;
}

function emptyMoments(): Moments {
  return { min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY, sum: [], sumOfSquares: [] };
}

function addMoment(m: Moments, x: number): void {
  if (x < m.min) m.min = x;
  if (x > m.max) m.max = x;
  addExact(m.sum, x);
  addExact(m.sumOfSquares, x * x);
}

function mergeMoments(a: Moments, b: Moments): Moments {
  const sum = [...a.sum];
  mergeExact(sum, b.sum);
  const sumOfSquares = [...a.sumOfSquares];
  mergeExact(sumOfSquares, b.sumOfSquares);
  return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max), sum, sumOfSquares };
}

function countIn<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function mergeCounts<K>(a: ReadonlyMap<K, number>, b: ReadonlyMap<K, number>): Map<K, number> {
  const out = new Map(a);
  for (const [key, n] of b) countIn(out, key, n);
  return out;
}

/** The summary of no games yet: games from `seeds.start` on, with `seeds.count` 0. */
export function emptySummary(
  scenario: ValidScenario,
  scenarioHash: string,
  seeds: { readonly base: string; readonly start: number },
): SimulationSummary {
  return {
    scenarioHash,
    seeds: { base: seeds.base, start: seeds.start, count: 0 },
    classes: new Map(),
    meetings: scenario.tracks.map(() => ({ classes: new Map(), minutes: new Map() })),
    utilities: scenario.actors.map(emptyMoments),
    agreed: scenario.issues.map((issue) => issue.options.map(() => 0)),
    redLinesCrossed: scenario.redLines.map(() => 0),
    tension: emptyMoments(),
    moves: emptyMoments(),
    distinct: [],
  };
}

/** Index lookups of a scenario, built once per simulation rather than per game. */
export interface ScenarioIndex {
  readonly tracks: ReadonlyMap<string, number>;
  readonly issues: ReadonlyMap<
    string,
    { readonly index: number; readonly options: ReadonlyMap<string, number> }
  >;
  readonly redLines: ReadonlyMap<string, number>;
}

/** The indexes of a scenario's tracks, issues and options, and red lines, by id. */
export function scenarioIndex(scenario: ValidScenario): ScenarioIndex {
  return {
    tracks: new Map(scenario.tracks.map((t, i) => [t.id, i])),
    issues: new Map(
      scenario.issues.map((issue, i) => [
        issue.id,
        { index: i, options: new Map(issue.options.map((o, k) => [o.id, k])) },
      ]),
    ),
    redLines: new Map(scenario.redLines.map((r, i) => [r.id, i])),
  };
}

/** One finished game as the summary takes it. */
export interface GameRecord {
  readonly outcome: Outcome;
  readonly moves: number;
  /** The game's value for the distinct-games sketch (`gameHash`). */
  readonly hash: number;
}

/**
 * Adds the next game (the one seeded `${base}:${start + count}`) to a summary, in place. The summary must
 * be one this module made; its seed count grows by one.
 */
export function addGame(
  summary: SimulationSummary,
  scenario: ValidScenario,
  index: ScenarioIndex,
  game: GameRecord,
): void {
  const { outcome } = game;
  (summary.seeds as { count: number }).count++;
  countIn(summary.classes, gameClass(outcome));
  const held = new Set<number>();
  for (const result of outcome.tracks) {
    const t = index.tracks.get(result.track);
    const meeting = t === undefined ? undefined : summary.meetings[t];
    if (t === undefined || meeting === undefined) continue;
    held.add(t);
    countIn(meeting.classes, trackClass(result));
    countIn(meeting.minutes, result.minutes);
  }
  summary.meetings.forEach((meeting, t) => {
    if (!held.has(t)) countIn(meeting.classes, NOT_HELD);
  });
  scenario.actors.forEach((actor, a) => {
    const m = summary.utilities[a];
    if (m !== undefined) addMoment(m, outcome.utilities[actor.id] ?? 0);
  });
  for (const [issueId, optionId] of Object.entries(outcome.agreed)) {
    const issue = index.issues.get(issueId);
    const k = issue?.options.get(optionId);
    const row = issue === undefined ? undefined : summary.agreed[issue.index];
    if (row !== undefined && k !== undefined) row[k] = (row[k] ?? 0) + 1;
  }
  for (const id of outcome.redLinesCrossed) {
    const r = index.redLines.get(id);
    if (r !== undefined) summary.redLinesCrossed[r] = (summary.redLinesCrossed[r] ?? 0) + 1;
  }
  addMoment(summary.tension, outcome.tension);
  addMoment(summary.moves, game.moves);
  addDistinct(summary.distinct, game.hash);
}

/** Why two summaries cannot be merged. */
export interface MergeError {
  readonly code: "different-scenario" | "seeds-not-adjacent";
  readonly message: string;
}

/**
 * The summary of the games of `a` followed by those of `b`: `b`'s seeds must continue `a`'s (same base,
 * `b.start = a.start + a.count`) and both must be of the same scenario. Exact, and associative: merging
 * chunks in any grouping gives the same summary figures. Neither argument is changed.
 */
export function mergeSummaries(
  a: SimulationSummary,
  b: SimulationSummary,
): Result<SimulationSummary, MergeError> {
  if (a.scenarioHash !== b.scenarioHash || a.meetings.length !== b.meetings.length)
    return err({ code: "different-scenario", message: "These summaries are of different scenarios." });
  if (a.seeds.base !== b.seeds.base || a.seeds.start + a.seeds.count !== b.seeds.start)
    return err({
      code: "seeds-not-adjacent",
      message: `The second summary's games must follow the first's: games ${a.seeds.start}–${a.seeds.start + a.seeds.count - 1} of '${a.seeds.base}', then ${b.seeds.start}… of '${b.seeds.base}'.`,
    });
  return ok({
    scenarioHash: a.scenarioHash,
    seeds: { base: a.seeds.base, start: a.seeds.start, count: a.seeds.count + b.seeds.count },
    classes: mergeCounts(a.classes, b.classes),
    meetings: a.meetings.map((m, t) => {
      const o = b.meetings[t] ?? { classes: new Map(), minutes: new Map() };
      return { classes: mergeCounts(m.classes, o.classes), minutes: mergeCounts(m.minutes, o.minutes) };
    }),
    utilities: a.utilities.map((m, i) => mergeMoments(m, b.utilities[i] ?? emptyMoments())),
    agreed: a.agreed.map((row, i) => row.map((n, k) => n + (b.agreed[i]?.[k] ?? 0))),
    redLinesCrossed: a.redLinesCrossed.map((n, r) => n + (b.redLinesCrossed[r] ?? 0)),
    tension: mergeMoments(a.tension, b.tension),
    moves: mergeMoments(a.moves, b.moves),
    distinct: mergeDistinct(a.distinct, b.distinct),
  });
}
