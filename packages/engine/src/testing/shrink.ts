import * as fc from "fast-check";
import { listMoves } from "../core/index.js";
import type { ValidScenario } from "../scenario/schema.js";
import type { Move } from "../vocabulary/moves.js";
import {
  afterPasses,
  type CoreGame,
  forkGame,
  gameAfter,
  indexOf,
  legalOf,
  newGame,
  playIndex,
  repair,
} from "./edit.js";
import { failsOn, runInvariant } from "./evaluate.js";
import type { Invariant } from "./invariant.js";
import { choiceOrder, labelled, type Play, playChoices } from "./play.js";

/**
 * Making a failing play as short as the kit can. Every candidate is replayed from the start and kept only
 * if it is legal and still fails, so the play kept is always a legal, failing play. The searches that cost
 * more than linear time are bounded by the play's length.
 */

/** A failing play, what the invariant says about it, and after how many moves (if it says). */
export interface Shrunk {
  readonly play: Play;
  readonly message: string;
  readonly at: number | null;
}

/** Plays up to this long are cut to their shortest failing prefix move by move; longer ones by halving. */
const LINEAR_PREFIX_UP_TO = 60;
/** Plays up to this long are shrunk again as lists of choices. */
const RESHRINK_UP_TO = 400;
/** Most plays tried when shrinking again as lists of choices (each is replayed through the invariant). */
const RESHRINK_BUDGET = 120;
/** Plays up to this long are put through {@link dropMoves} (its cost grows with the cube). */
const DROP_UP_TO = 40;
/** Plays up to this long are put through {@link shortcut} and {@link swapMoves}. */
const SHORTCUT_UP_TO = 12;

/** The invariant's failure on these moves, as a shrunk play, or null. */
function attempt(
  scenario: ValidScenario,
  invariant: Invariant,
  seed: string,
  moves: readonly Move[],
): Shrunk | null {
  const play = labelled({ seed, moves });
  const failure = failsOn(scenario, invariant, play);
  return failure === null ? null : { play, message: failure.message, at: failure.moves };
}

/**
 * The shortest prefix of a failing play on which the invariant still fails (the play itself at worst). When
 * the invariant said after how many moves it failed (one that watches the play step by step) and that
 * prefix fails, it is the one: no shorter prefix reached the failing state.
 */
export function shortestPrefix(scenario: ValidScenario, found: Shrunk, invariant: Invariant): Shrunk {
  const { seed, moves } = found.play;
  const foundAt = found.at;
  if (foundAt !== null && foundAt <= moves.length) {
    const cut =
      foundAt === moves.length ? found : attempt(scenario, invariant, seed, moves.slice(0, foundAt));
    if (cut !== null) return cut;
  }
  const n = moves.length;
  if (n <= LINEAR_PREFIX_UP_TO) {
    for (let length = 0; length < n; length++) {
      const shorter = attempt(scenario, invariant, seed, moves.slice(0, length));
      if (shorter !== null) return shorter;
    }
    return found;
  }
  // Halving: the shortest failing prefix when failing is monotone in the length, a shorter one at least.
  let best = found;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const shorter = attempt(scenario, invariant, seed, moves.slice(0, mid));
    if (shorter === null) lo = mid + 1;
    else {
      best = shorter;
      hi = mid;
    }
  }
  return best;
}

/** The choice (see `choiceOrder`) that plays each move of a play, or null if one is not listed. */
function choicesOf(scenario: ValidScenario, play: Play): number[] | null {
  const game = newGame(scenario, play.seed);
  const choices: number[] = [];
  for (const move of play.moves) {
    const k = indexOf(game, move);
    if (k < 0) return null;
    choices.push(choiceOrder(game.buf, listMoves(game.sim, game.buf)).indexOf(k));
    playIndex(game, k);
  }
  return choices;
}

/**
 * Shrinks a failing play again as a plain list of choices, with its seed held: a play drawn to run to the
 * end, guided, or with some kinds of move excluded, shrinks better this way.
 */
function shrinkChoices(scenario: ValidScenario, found: Shrunk, invariant: Invariant, seed: number): Shrunk {
  if (found.play.moves.length > RESHRINK_UP_TO) return found;
  const choices = choicesOf(scenario, found.play);
  if (choices === null) return found;
  const toPlay = (picked: readonly number[]): Play => playChoices(scenario, found.play.seed, picked);
  // Past the budget every candidate passes, which ends fast-check's shrinking with the best one so far.
  let budget = RESHRINK_BUDGET;
  const property = fc.property(
    fc.array(fc.nat({ max: 255 }), { maxLength: choices.length }),
    (picked) => budget-- <= 0 || runInvariant(invariant, scenario, toPlay(picked)) === null,
  );
  const details = fc.check(property, { examples: [[choices]], numRuns: 1, seed });
  const picked = details.counterexample?.[0];
  if (!details.failed || picked === undefined) return found;
  const shrunk = attempt(scenario, invariant, found.play.seed, toPlay(picked).moves);
  return shrunk !== null && shrunk.play.moves.length < found.play.moves.length ? shrunk : found;
}

/**
 * Removes runs of moves from a failing play, longest first, keeping each removal after which the rest of
 * the play is still legal and still fails: a move-level shrink that choice-level shrinking misses (removing
 * a choice changes every later move).
 */
function dropMoves(scenario: ValidScenario, found: Shrunk, invariant: Invariant): Shrunk {
  let best = found;
  let improved = true;
  while (improved && best.play.moves.length <= DROP_UP_TO) {
    improved = false;
    const moves = best.play.moves;
    for (let width = moves.length - 1; width >= 1 && !improved; width--) {
      for (let from = 0; from + width <= moves.length && !improved; from++) {
        const rest = repair(scenario, best.play.seed, [
          ...moves.slice(0, from),
          ...moves.slice(from + width),
        ]);
        const shorter = rest === null ? null : attempt(scenario, invariant, best.play.seed, rest);
        if (shorter !== null) {
          best = shorter;
          improved = true;
        }
      }
    }
  }
  return best;
}

/**
 * Looks for a shorter failing play that keeps a prefix of this one and ends with one or two other legal
 * moves, shortest first: it finds, for instance, that Northland could have made the proposal that
 * Southland made a move later.
 */
function shortcut(scenario: ValidScenario, found: Shrunk, invariant: Invariant): Shrunk {
  const { seed, moves } = found.play;
  if (moves.length > SHORTCUT_UP_TO) return found;
  for (let length = 1; length < moves.length; length++) {
    for (let tail = 1; tail <= Math.min(2, length); tail++) {
      const kept = moves.slice(0, length - tail);
      const game = gameAfter(scenario, seed, kept);
      if (game === null) continue;
      for (const first of legalOf(game)) {
        if (tail === 1) {
          const shorter = attempt(scenario, invariant, seed, [...kept, first]);
          if (shorter !== null) return shorter;
          continue;
        }
        const next: CoreGame = forkGame(game);
        const j = indexOf(next, first);
        if (j < 0) continue;
        playIndex(next, j);
        for (const second of legalOf(next)) {
          const shorter = attempt(scenario, invariant, seed, [...kept, first, second]);
          if (shorter !== null) return shorter;
        }
      }
    }
  }
  return found;
}

/**
 * A swapped play, made legal and failing: as it is, or without a run of one or two moves from the later of
 * the two swapped on (a swap can break what follows: passes that are now in a row end an agenda item).
 */
function legalSwap(
  scenario: ValidScenario,
  invariant: Invariant,
  seed: string,
  swapped: readonly Move[],
  late: number,
): Shrunk | null {
  const candidates: Move[][] = [[...swapped]];
  for (let width = 1; width <= 2; width++) {
    for (let from = late; from + width <= swapped.length; from++)
      candidates.push([...swapped.slice(0, from), ...swapped.slice(from + width)]);
  }
  for (const candidate of candidates) {
    const legal = repair(scenario, seed, candidate);
    const failing = legal === null ? null : attempt(scenario, invariant, seed, legal);
    if (failing !== null) return failing;
  }
  return null;
}

/**
 * Swaps two moves of the same actor when that lets {@link dropMoves} remove more: it finds, for instance,
 * that Southland could have conceded before the statement it made instead.
 */
function swapMoves(scenario: ValidScenario, found: Shrunk, invariant: Invariant): Shrunk {
  let best = found;
  let improved = true;
  while (improved && best.play.moves.length <= SHORTCUT_UP_TO) {
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
        const failing = legalSwap(scenario, invariant, best.play.seed, swapped, i);
        if (failing === null) continue;
        const shorter = shortestPrefix(scenario, dropMoves(scenario, failing, invariant), invariant);
        if (shorter.play.moves.length < best.play.moves.length) {
          best = shorter;
          improved = true;
        }
      }
    }
  }
  return best;
}

/** Plays up to this long are tried as passes followed by their last few moves (see {@link passesThenTail}). */
const PASSES_UP_TO = 60;
/** The most moves of a play's end kept after the passes. */
const TAIL_MOVES = 3;

/**
 * Looks for a shorter failing play made of passes and then the last one, two or three moves of this one,
 * fewest moves first: most failures need only a few moves at the right point of the game, and passes reach
 * that point soonest. It finds, for instance, that the opening statements and proposals before a red line
 * was reaffirmed did not matter, only that its agenda item had come.
 */
function passesThenTail(scenario: ValidScenario, found: Shrunk, invariant: Invariant): Shrunk {
  const { seed, moves } = found.play;
  if (moves.length > PASSES_UP_TO) return found;
  for (let length = 1; length < moves.length; length++) {
    for (let tail = 1; tail <= Math.min(TAIL_MOVES, length); tail++) {
      const candidate = afterPasses(scenario, seed, length - tail, moves.slice(moves.length - tail));
      const shorter = candidate === null ? null : attempt(scenario, invariant, seed, candidate);
      if (shorter !== null) return shorter;
    }
  }
  return found;
}

/**
 * Makes a failing play as short as the kit can: the shortest failing prefix (from where the failure was
 * found), choice-level shrinking, move removal, passes then the play's last moves, a search for a shorter
 * ending, then swaps of moves that allow more removal.
 */
export function minimise(scenario: ValidScenario, found: Shrunk, invariant: Invariant, seed: number): Shrunk {
  const prefix = shortestPrefix(scenario, found, invariant);
  const reshrunk = shortestPrefix(scenario, shrinkChoices(scenario, prefix, invariant, seed), invariant);
  const dropped = shortestPrefix(scenario, dropMoves(scenario, reshrunk, invariant), invariant);
  const passed = passesThenTail(scenario, dropped, invariant);
  return swapMoves(scenario, shortcut(scenario, passed, invariant), invariant);
}
