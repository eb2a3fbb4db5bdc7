import * as fc from "fast-check";
import { applyMove, createGame, legalMoves } from "../game/game.js";
import type { Scenario } from "../scenario/schema.js";
import { type Move, moveKey } from "../vocabulary/moves.js";
import { checkHistory } from "./history.js";
import { type Invariant, invariants } from "./invariants.js";
import { arbLegalPlay, labelled, type Play, playChoices, traceOf } from "./play.js";
import { type Replay, toReplay } from "./replay.js";

/** Options of {@link checkScenario}. */
export interface CheckOptions {
  /** How many plays to try. */
  readonly numRuns: number;
  /** fast-check's seed, to repeat a run exactly; by default fast-check picks one (and reports it). */
  readonly seed?: number;
  /**
   * The invariants to check, by name. Default: every one of the kit's {@link invariants}. Add a scenario's
   * own properties with `{ ...invariants, "southland keeps the harbour": keepsHarbour }`.
   */
  readonly invariants?: Readonly<Record<string, Invariant>>;
  /** The plays to try. Default {@link arbCheckPlay}`(scenario)`. */
  readonly plays?: fc.Arbitrary<Play>;
  /**
   * Whether to check the scenario's historical record too (see {@link checkHistory}); a failure is
   * reported as invariant `history`, with the record's moves as the replay. Default true.
   */
  readonly history?: boolean;
}

/** One invariant that failed, with the shortest failing play found. */
export interface ScenarioFailure {
  /** The invariant's name. */
  readonly invariant: string;
  /** What went wrong on the shrunk play. */
  readonly message: string;
  /** The shrunk counterexample, ready for `parley replay` or a replay link. */
  readonly replay: Replay;
  /**
   * fast-check's seed for the run that found it: `checkScenario(scenario, { numRuns, seed })` repeats the
   * run. For a `history` failure, the seed passed in (or 0).
   */
  readonly seed: number;
  /** fast-check's path to the counterexample within that run (empty for a `history` failure). */
  readonly path: string;
  /** Plays tried up to the first failure. */
  readonly numRuns: number;
  /** fast-check's shrinking steps after it (the kit's own minimising comes on top). */
  readonly numShrinks: number;
}

/**
 * The plays `checkScenario` tries by default: half run to the end of the game without walk-outs (long
 * games, all the tracks), a quarter run to the end with walk-outs allowed, a quarter are prefixes of any
 * length with any legal move.
 */
export function arbCheckPlay(scenario: Scenario): fc.Arbitrary<Play> {
  return fc.oneof(
    { weight: 2, arbitrary: arbLegalPlay(scenario, { toEnd: true, exclude: ["walk-out"] }) },
    { weight: 1, arbitrary: arbLegalPlay(scenario, { toEnd: true }) },
    { weight: 1, arbitrary: arbLegalPlay(scenario) },
  );
}

/** Runs one invariant on a play; an exception is a failure too (the engine threw). */
function runInvariant(invariant: Invariant, scenario: Scenario, play: Play): string | null {
  try {
    return invariant(scenario, play);
  } catch (error) {
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}

/** The first of the invariants that fails on the play, by name, with its message. */
function firstFailure(
  named: readonly (readonly [string, Invariant])[],
  scenario: Scenario,
  play: Play,
): { name: string; message: string } | null {
  for (const [name, invariant] of named) {
    const message = runInvariant(invariant, scenario, play);
    if (message !== null) return { name, message };
  }
  return null;
}

/** A failing play and what the invariant says about it. */
interface Found {
  readonly play: Play;
  readonly message: string;
}

/** The invariant's failure on a play, or null when it holds (or the play is not legal). */
function failsOn(
  scenario: Scenario,
  invariant: Invariant,
  moves: readonly Move[],
  seed: string,
): Found | null {
  const play = labelled({ seed, moves });
  if (traceOf(scenario, play).refused !== null) return null;
  const message = runInvariant(invariant, scenario, play);
  return message === null ? null : { play, message };
}

/**
 * The shortest prefix of a failing play on which the invariant still fails (the play itself at worst).
 * Shrinking the choices of a play that runs to the end cannot cut its tail; a prefix of a legal play is a
 * legal play.
 */
function shortestPrefix(scenario: Scenario, found: Found, invariant: Invariant): Found {
  const { seed, moves } = found.play;
  for (let length = 0; length <= moves.length; length++) {
    const failure = failsOn(scenario, invariant, moves.slice(0, length), seed);
    if (failure !== null) return failure;
  }
  return found;
}

/** The index of each move of a play among the legal moves at its step, or null if one is not listed. */
function choicesOf(scenario: Scenario, play: Play): number[] | null {
  const trace = traceOf(scenario, play);
  if (trace.refused !== null) return null;
  const choices: number[] = [];
  for (const [k, move] of play.moves.entries()) {
    const state = trace.states[k];
    const key = moveKey(move);
    const index = state === undefined ? -1 : legalMoves(state).findIndex((m) => moveKey(m) === key);
    if (index < 0) return null;
    choices.push(index);
  }
  return choices;
}

/**
 * Shrinks a failing play again as a plain list of choices, with its seed held: a play drawn to run to the
 * end, or with some kinds of move excluded, shrinks better this way.
 */
function shrinkChoices(scenario: Scenario, found: Found, invariant: Invariant, seed: number): Found {
  const choices = choicesOf(scenario, found.play);
  if (choices === null) return found;
  const toPlay = (picked: readonly number[]): Play => playChoices(scenario, found.play.seed, picked);
  const property = fc.property(
    fc.array(fc.nat({ max: 255 }), { maxLength: choices.length }),
    (picked) => runInvariant(invariant, scenario, toPlay(picked)) === null,
  );
  const details = fc.check(property, { examples: [[choices]], numRuns: 1, seed });
  if (!details.failed || details.counterexample === null) return found;
  const [picked] = details.counterexample;
  if (picked === undefined) return found;
  const play = toPlay(picked);
  const failure = failsOn(scenario, invariant, play.moves, play.seed);
  return failure !== null && failure.play.moves.length < found.play.moves.length ? failure : found;
}

/** Plays longer than this are not put through {@link dropMoves} (its cost grows with the cube). */
const MAX_DROP_LENGTH = 40;

/** The legal move that stands in for one that is no longer legal: a proposal for a counter and back. */
function standIn(move: Move, legal: readonly Move[]): Move | undefined {
  if (move.type !== "counter" && move.type !== "propose") return undefined;
  const other = move.type === "counter" ? "propose" : "counter";
  return legal.find(
    (m) => m.type === other && m.actor === move.actor && m.issue === move.issue && m.option === move.option,
  );
}

/**
 * Replays moves, putting a stand-in (see {@link standIn}) for any move that has stopped being legal; null
 * when a move is neither legal nor replaceable.
 */
function repair(scenario: Scenario, seed: string, moves: readonly Move[]): Move[] | null {
  let state = createGame(scenario, { seed });
  const out: Move[] = [];
  for (const move of moves) {
    let result = applyMove(state, move);
    let played = move;
    if (!result.ok) {
      const substitute = standIn(move, legalMoves(state));
      if (substitute === undefined) return null;
      result = applyMove(state, substitute);
      played = substitute;
      if (!result.ok) return null;
    }
    state = result.state;
    out.push(played);
  }
  return out;
}

/**
 * Removes runs of moves from a failing play, longest first, keeping each removal after which the rest of
 * the play is still legal and still fails: a move-level shrink that choice-level shrinking misses (removing
 * a choice changes every later move).
 */
function dropMoves(scenario: Scenario, found: Found, invariant: Invariant): Found {
  let best = found;
  let improved = true;
  while (improved && best.play.moves.length <= MAX_DROP_LENGTH) {
    improved = false;
    const moves = best.play.moves;
    for (let width = moves.length - 1; width >= 1 && !improved; width--) {
      for (let start = 0; start + width <= moves.length && !improved; start++) {
        const rest = repair(scenario, best.play.seed, [
          ...moves.slice(0, start),
          ...moves.slice(start + width),
        ]);
        const failure = rest === null ? null : failsOn(scenario, invariant, rest, best.play.seed);
        if (failure !== null) {
          best = failure;
          improved = true;
        }
      }
    }
  }
  return best;
}

/** Plays longer than this are not put through {@link shortcut}. */
const MAX_SHORTCUT_LENGTH = 12;

/**
 * Looks for a shorter failing play that keeps a prefix of this one and ends with one or two other legal
 * moves, shortest first: it finds, for instance, that Northland could have made the proposal that
 * Southland made a move later.
 */
function shortcut(scenario: Scenario, found: Found, invariant: Invariant): Found {
  const { seed, moves } = found.play;
  if (moves.length > MAX_SHORTCUT_LENGTH) return found;
  const trace = traceOf(scenario, found.play);
  for (let length = 1; length < moves.length; length++) {
    for (let tail = 1; tail <= Math.min(2, length); tail++) {
      const kept = moves.slice(0, length - tail);
      const start = trace.states[length - tail];
      if (start === undefined) continue;
      for (const first of legalMoves(start)) {
        if (tail === 1) {
          const failure = failsOn(scenario, invariant, [...kept, first], seed);
          if (failure !== null) return failure;
          continue;
        }
        const next = applyMove(start, first);
        if (!next.ok) continue;
        for (const second of legalMoves(next.state)) {
          const failure = failsOn(scenario, invariant, [...kept, first, second], seed);
          if (failure !== null) return failure;
        }
      }
    }
  }
  return found;
}

/**
 * Swaps two moves of the same actor when that lets {@link dropMoves} remove more: it finds, for instance,
 * that Southland could have conceded before the statement it made instead.
 */
function swapMoves(scenario: Scenario, found: Found, invariant: Invariant): Found {
  let best = found;
  let improved = true;
  while (improved && best.play.moves.length <= MAX_SHORTCUT_LENGTH) {
    improved = false;
    const moves = best.play.moves;
    for (let i = 1; i < moves.length && !improved; i++) {
      for (let p = 0; p < i && !improved; p++) {
        const early = moves[p];
        const late = moves[i];
        if (early === undefined || late === undefined || early.actor !== late.actor) continue;
        const swapped = [...moves];
        swapped[p] = late;
        swapped[i] = early;
        const legal = repair(scenario, best.play.seed, swapped);
        const failure = legal === null ? null : failsOn(scenario, invariant, legal, best.play.seed);
        if (failure === null) continue;
        const shorter = shortestPrefix(scenario, dropMoves(scenario, failure, invariant), invariant);
        if (shorter.play.moves.length < best.play.moves.length) {
          best = shorter;
          improved = true;
        }
      }
    }
  }
  return best;
}

/**
 * Makes a failing play as short as the kit can: the shortest failing prefix, choice-level shrinking, move
 * removal, a search for a shorter ending, then swaps of moves that allow more removal.
 */
function minimise(scenario: Scenario, found: Found, invariant: Invariant, seed: number): Found {
  const prefix = shortestPrefix(scenario, found, invariant);
  const reshrunk = shortestPrefix(scenario, shrinkChoices(scenario, prefix, invariant, seed), invariant);
  const dropped = shortestPrefix(scenario, dropMoves(scenario, reshrunk, invariant), invariant);
  return swapMoves(scenario, shortcut(scenario, dropped, invariant), invariant);
}

/**
 * Checks a scenario against invariants on random legal plays and returns what failed: an empty list when
 * everything held. All the invariants are checked on each play (it is replayed once for all of them); when
 * one fails, fast-check shrinks the play to a short one that still fails, the failure is recorded with that
 * replay, and the search goes on for the remaining invariants. Never throws for a failure.
 *
 * @example
 * ```ts
 * expect(checkScenario(scenario, { numRuns: 50 })).toEqual([]);
 * ```
 */
export function checkScenario(scenario: Scenario, options: CheckOptions): ScenarioFailure[] {
  let remaining: [string, Invariant][] = Object.entries(options.invariants ?? invariants);
  const plays = options.plays ?? arbCheckPlay(scenario);
  const failures: ScenarioFailure[] = [];
  const history = options.history === false ? null : checkHistory(scenario);
  if (history !== null && scenario.history !== undefined) {
    const { seed, moves } = scenario.history;
    failures.push({
      invariant: "history",
      message: history,
      replay: { scenarioId: scenario.id, seed: String(seed), moves },
      seed: options.seed ?? 0,
      path: "",
      numRuns: 0,
      numShrinks: 0,
    });
  }
  while (remaining.length > 0) {
    const named = remaining;
    const property = fc.property(plays, (play) => firstFailure(named, scenario, play) === null);
    const parameters: fc.Parameters<[Play]> =
      options.seed === undefined
        ? { numRuns: options.numRuns }
        : { numRuns: options.numRuns, seed: options.seed };
    const details = fc.check(property, parameters);
    if (!details.failed || details.counterexample === null) break;
    const [shrunk] = details.counterexample;
    const found = firstFailure(named, scenario, shrunk);
    const invariant = named.find(([name]) => name === found?.name)?.[1];
    if (found === null || invariant === undefined) break;
    const { play, message } = minimise(
      scenario,
      { play: shrunk, message: found.message },
      invariant,
      details.seed,
    );
    failures.push({
      invariant: found.name,
      message,
      replay: toReplay(scenario, play),
      seed: details.seed,
      path: details.counterexamplePath ?? "",
      numRuns: details.numRuns,
      numShrinks: details.numShrinks,
    });
    remaining = remaining.filter(([name]) => name !== found.name);
  }
  return failures;
}

/** A failure in a few lines: the invariant, the message, the replay as JSON, and how to repeat the search. */
export function formatFailure(failure: ScenarioFailure): string {
  const lines = [
    `${failure.invariant}: ${failure.message}`,
    `  replay (${failure.replay.moves.length} moves): ${JSON.stringify(failure.replay)}`,
  ];
  if (failure.invariant !== "history" || failure.path !== "")
    lines.push(
      `  repeat the search: checkScenario(scenario, { numRuns: ${failure.numRuns}, seed: ${failure.seed} })`,
    );
  return lines.join("\n");
}
