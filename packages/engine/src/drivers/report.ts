import { replay } from "../game/game.js";
import { compiledOf } from "../rules/compile.js";
import { computeOutcome } from "../rules/outcome.js";
import type { ValidScenario } from "../scenario/schema.js";
import { RESULT_KINDS, type ResultKind } from "../vocabulary/lists.js";
import { RULES_VERSION } from "../vocabulary/version.js";
import { classParts, gameClass } from "./classes.js";
import { type DistinctCount, distinctCount } from "./distinct.js";
import { exactValue } from "./exact-sum.js";
import { type Interval, meanInterval, sampleVariance, wilsonInterval } from "./intervals.js";
import type { Moments, SeedRange, SimulationSummary } from "./summary.js";

/** How often something happened: games, their share of all games, and the share's 95 % interval. */
export interface Share {
  readonly count: number;
  readonly share: number;
  /** Wilson's 95 % interval of the share. */
  readonly interval: Interval;
}

/** How often an outcome class came up (see `gameClass`), with its parts. */
export interface ClassShare extends Share {
  readonly class: string;
  readonly result: string;
  readonly cause: string | null;
  readonly followUp: boolean | null;
}

/** A quantity over the games: its mean with a 95 % interval, standard deviation, least and greatest. */
export interface MeanFigure {
  readonly mean: number;
  /** The normal 95 % interval of the mean. */
  readonly interval: Interval;
  readonly sd: number;
  readonly min: number;
  readonly max: number;
}

/** One meeting over the games. */
export interface MeetingFigures {
  readonly track: string;
  /** Its classes over all games (`not-held` when an earlier meeting ended the game). */
  readonly classes: readonly ClassShare[];
  /** Its length in minutes where it was held; null if it never was. */
  readonly minutes: {
    readonly min: number;
    readonly mean: number;
    readonly median: number;
    readonly max: number;
  } | null;
}

/** How often an issue was agreed, and on which option. */
export interface AgreementFigures extends Share {
  readonly issue: string;
  /** Games by agreed option id (options never agreed left out). */
  readonly options: Readonly<Record<string, number>>;
}

/**
 * What a simulation found, at full precision, and everything needed to reproduce it: the engine's rules
 * version, the scenario's content hash, the bots and the seeds.
 */
export interface SimulationReport {
  readonly rulesVersion: string;
  readonly scenario: { readonly id: string; readonly title: string; readonly hash: string };
  /** Game k (from `start`) was seeded `${base}:${k}`. */
  readonly seeds: SeedRange;
  /** Each actor's bot by name; an actor's default bot plays its drawn type's persona when it has one. */
  readonly bots: Readonly<Record<string, string>>;
  readonly games: number;
  /** Games by overall result kind. */
  readonly results: Readonly<Record<ResultKind, number>>;
  /** Outcome classes, most frequent first. */
  readonly classes: readonly ClassShare[];
  /**
   * The class of the historical record (its moves replayed) and how often the simulation gave it; null when
   * the scenario has no record or its record stops before the end.
   */
  readonly record: ClassShare | null;
  readonly meetings: readonly MeetingFigures[];
  /** Each actor's utility, by actor id. */
  readonly utilities: Readonly<Record<string, MeanFigure>>;
  /** Every issue, in the scenario's order. */
  readonly agreements: readonly AgreementFigures[];
  /** Games in which each red line was crossed, by red-line id. */
  readonly redLinesCrossed: Readonly<Record<string, Share>>;
  /** Tension when the game ended. */
  readonly tension: MeanFigure;
  /** Moves per game. */
  readonly moves: MeanFigure;
  /** Distinct games (the same hidden draws, events and moves are one game): exact up to 2,048. */
  readonly distinctGames: DistinctCount;
}

function share(count: number, games: number): Share {
  return { count, share: games === 0 ? 0 : count / games, interval: wilsonInterval(count, games) };
}

function classShare(name: string, count: number, games: number): ClassShare {
  return { class: name, ...classParts(name), ...share(count, games) };
}

/** Most frequent first; equal counts by name, so the order never depends on how the games were split. */
function classShares(counts: ReadonlyMap<string, number>, games: number): ClassShare[] {
  return [...counts]
    .sort(([x, m], [y, n]) => n - m || (x < y ? -1 : x > y ? 1 : 0))
    .map(([name, count]) => classShare(name, count, games));
}

function meanFigure(m: Moments, count: number): MeanFigure {
  if (count === 0) return { mean: 0, interval: { low: 0, high: 0 }, sd: 0, min: 0, max: 0 };
  const sum = exactValue(m.sum);
  const mean = sum / count;
  const variance = sampleVariance(count, sum, exactValue(m.sumOfSquares), m.min, m.max);
  return {
    mean,
    interval: meanInterval(count, mean, variance),
    sd: Math.sqrt(variance),
    min: m.min,
    max: m.max,
  };
}

function minutesFigures(histogram: ReadonlyMap<number, number>): MeetingFigures["minutes"] {
  const values = [...histogram].sort(([x], [y]) => x - y);
  const held = values.reduce((n, [, count]) => n + count, 0);
  if (held === 0) return null;
  // The median: the middle value, or the mean of the two middle values.
  const at = (rank: number) => {
    let seen = 0;
    for (const [value, count] of values) {
      seen += count;
      if (rank < seen) return value;
    }
    return values[values.length - 1]?.[0] ?? 0;
  };
  const median = (at(Math.floor((held - 1) / 2)) + at(Math.floor(held / 2))) / 2;
  const total = values.reduce((sum, [value, count]) => sum + value * count, 0);
  return {
    min: values[0]?.[0] ?? 0,
    mean: total / held,
    median,
    max: values[values.length - 1]?.[0] ?? 0,
  };
}

/**
 * The class of the historical record: its moves replayed from its seed. Null without a record, or when the
 * record stops before the game is over (its class would be a guess).
 */
export function recordClass(scenario: ValidScenario): string | null {
  const history = scenario.history;
  if (history === undefined) return null;
  const replayed = replay(scenario, { seed: history.seed, moves: history.moves });
  if (!replayed.ok || !replayed.value.over) return null;
  return gameClass(computeOutcome(compiledOf(scenario), replayed.value));
}

/**
 * The figures of a summary: shares with Wilson intervals, means with normal intervals, the record's class,
 * the distinct games; `bots` names each actor's bot. At full precision: round only to show them. `record`
 * is the class to count as the record's (default: `recordClass(scenario)`; a sweep passes the class of the
 * scenario as given, since its changed copies have no record).
 */
export function simulationReport(
  scenario: ValidScenario,
  summary: SimulationSummary,
  bots: Readonly<Record<string, string>>,
  record: string | null = recordClass(scenario),
): SimulationReport {
  const games = summary.seeds.count;
  const results = Object.fromEntries(RESULT_KINDS.map((kind) => [kind, 0])) as Record<ResultKind, number>;
  for (const [name, count] of summary.classes) {
    const { result } = classParts(name);
    if ((RESULT_KINDS as readonly string[]).includes(result)) results[result as ResultKind] += count;
  }
  return {
    rulesVersion: RULES_VERSION,
    scenario: { id: scenario.id, title: scenario.title, hash: summary.scenarioHash },
    seeds: summary.seeds,
    bots,
    games,
    results,
    classes: classShares(summary.classes, games),
    record: record === null ? null : classShare(record, summary.classes.get(record) ?? 0, games),
    meetings: scenario.tracks.map((track, t) => ({
      track: track.id,
      classes: classShares(summary.meetings[t]?.classes ?? new Map(), games),
      minutes: minutesFigures(summary.meetings[t]?.minutes ?? new Map()),
    })),
    utilities: Object.fromEntries(
      scenario.actors.map((actor, a) => [
        actor.id,
        meanFigure(summary.utilities[a] ?? { min: 0, max: 0, sum: [], sumOfSquares: [] }, games),
      ]),
    ),
    agreements: scenario.issues.map((issue, i) => {
      const row = summary.agreed[i] ?? [];
      const agreed = row.reduce((n, x) => n + x, 0);
      const options = Object.fromEntries(
        issue.options.flatMap((option, k) => ((row[k] ?? 0) > 0 ? [[option.id, row[k] ?? 0]] : [])),
      );
      return { issue: issue.id, ...share(agreed, games), options };
    }),
    redLinesCrossed: Object.fromEntries(
      scenario.redLines.map((r, i) => [r.id, share(summary.redLinesCrossed[i] ?? 0, games)]),
    ),
    tension: meanFigure(summary.tension, games),
    moves: meanFigure(summary.moves, games),
    distinctGames: distinctCount(summary.distinct),
  };
}
