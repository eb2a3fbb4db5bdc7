import * as fc from "fast-check";
import {
  codeType,
  judge,
  listMoves,
  type MoveBuffer,
  moveBuffer,
  moveOfCode,
  playCode,
  type Sim,
  start,
} from "../core/index.js";
import { applyRules } from "../rules/apply.js";
import { moveBound } from "../rules/bound.js";
import { compiledOf } from "../rules/compile.js";
import type { GameState } from "../rules/state.js";
import type { ValidScenario } from "../scenario/schema.js";
import type { Move, MoveType } from "../vocabulary/moves.js";

/**
 * A line of play: a seed and the moves made from the start of the game, in order. With the scenario it
 * determines the whole game (`state = f(scenario, seed, moves)`); it is plain JSON.
 */
export interface Play {
  readonly seed: string;
  readonly moves: readonly Move[];
}

/** Options of {@link arbLegalPlay}. */
export interface LegalPlayOptions {
  /**
   * Most moves drawn at random. Default: `moveBound(scenario)`, enough to reach the end of any game. With
   * `toEnd` the play may go on past this.
   */
  readonly maxMoves?: number;
  /** Fewest moves drawn (a play still stops early when the game ends). Default 0. */
  readonly minMoves?: number;
  /**
   * Kinds of move never chosen, e.g. `["walk-out"]` to keep the talks going (a walk-out is legal almost
   * always and ends the game, or the meeting, at once). When every legal move at some point is excluded, the
   * play ends there.
   */
  readonly exclude?: readonly MoveType[];
  /**
   * Play on to the end of the game: once the drawn choices are used up, they are used again from the
   * first (an empty list chooses the first legal move every time). The play stops after
   * `moveBound(scenario) + 1` moves even if the game is not over, so that a game that never ends still
   * gives a finite play (which the `terminates` invariant reports). Default `false`.
   */
  readonly toEnd?: boolean;
  /** The seed, or an arbitrary of seeds. Default {@link arbSeed}`()`. */
  readonly seed?: string | fc.Arbitrary<string>;
}

/**
 * Seeds for `createGame`: short lower-case words that shrink towards `"0"`. Every random draw of a game
 * (hidden types and reservations, uncertain and random events) follows from its seed.
 */
export function arbSeed(): fc.Arbitrary<string> {
  return fc.nat({ max: 0x7fffffff }).map((n) => n.toString(36));
}

/** The seeds an option asks for: a fixed seed, an arbitrary of seeds, or {@link arbSeed}. */
export function seedsOf(seed: string | fc.Arbitrary<string> | undefined): fc.Arbitrary<string> {
  if (seed === undefined) return arbSeed();
  return typeof seed === "string" ? fc.constant(seed) : seed;
}

/** A move in a few words, as `actor kind [details]`, for reports. */
export function moveLabel(move: Move): string {
  switch (move.type) {
    case "statement":
      return `${move.actor} statement ${move.tone}`;
    case "propose":
    case "counter":
      return `${move.actor} ${move.type} ${Object.entries(move.terms)
        .map(([issue, option]) => `${issue}=${option}`)
        .join(",")}`;
    case "accept":
    case "reject":
      return `${move.actor} ${move.type} ${move.issues.join(",")}`;
    case "concede":
      return `${move.actor} concede ${move.issue}`;
    case "reaffirm":
    case "cross":
      return `${move.actor} ${move.type} ${move.redLine}`;
    default:
      return `${move.actor} ${move.type}`;
  }
}

/** A play in one line, as fast-check prints counterexamples: the seed, then each move. */
export function playLabel(play: Play): string {
  const moves = play.moves.map((move, i) => `${i + 1}. ${moveLabel(move)}`).join("; ");
  return `play(seed ${JSON.stringify(play.seed)}, ${play.moves.length} moves${moves === "" ? "" : `: ${moves}`})`;
}

/**
 * A frozen copy of a play that fast-check prints with {@link playLabel}. It stays plain JSON: the label is
 * a non-enumerable property.
 */
export function labelled(play: Play): Play {
  const out: Play = { seed: play.seed, moves: Object.freeze([...play.moves]) };
  Object.defineProperty(out, fc.toStringMethod, { value: () => playLabel(out), enumerable: false });
  return Object.freeze(out);
}

/**
 * Chooses the move to play: the index of a code in `buf` (the `count` listed ones, or one a bot's policy
 * added after them), a move object (a package composed rather than listed, say), or -1 to stop the play.
 * Called once per move, with the move's index in the play.
 */
export type Chooser = (sim: Sim, buf: MoveBuffer, count: number, step: number) => number | Move;

/** Plays a move object on the sim if the rules allow it; returns whether it did. */
export function playMove(sim: Sim, move: Move): boolean {
  if (judge(sim.ctx.c, sim.state as GameState, move, sim.scratch) !== null) return false;
  applyRules(sim.ctx, sim.state, sim.scratch);
  return true;
}

/**
 * Plays a game on the simulation core (the engine's fast path) from the seed until it ends, `limit` moves
 * are made, or `choose` stops (or chooses a move the rules refuse); returns the moves made. An exception on a
 * legal move keeps the move and stops, so that the invariants, replaying the play with `applyMove`, meet the
 * same exception and report it.
 */
export function playOnCore(scenario: ValidScenario, seed: string, limit: number, choose: Chooser): Play {
  const sim = start(compiledOf(scenario), seed, false);
  const buf = moveBuffer();
  const moves: Move[] = [];
  for (let step = 0; step < limit && !sim.state.over; step++) {
    const count = listMoves(sim, buf);
    if (count === 0) break;
    const chosen = choose(sim, buf, count, step);
    const code = typeof chosen === "number" ? buf.codes[chosen] : undefined;
    if (typeof chosen === "number" && (chosen < 0 || chosen >= buf.count || code === undefined)) break;
    const move = typeof chosen === "number" ? moveOfCode(sim, buf, code ?? 0) : chosen;
    try {
      if (typeof chosen === "number") playCode(sim, buf, code ?? 0);
      else if (!playMove(sim, chosen)) break;
    } catch {
      moves.push(move);
      break;
    }
    moves.push(move);
  }
  return labelled({ seed, moves });
}

/**
 * The indexes of the listed codes in the order choices count them, excluded kinds left out: a pass first
 * (the simplest move, which changes nothing but the clock and the floor, so that failing plays shrink towards
 * passes), then the others as listed.
 */
export function choiceOrder(
  buf: MoveBuffer,
  count: number,
  exclude: ReadonlySet<MoveType> = new Set(),
): number[] {
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    const type = codeType(buf.codes[k] ?? 0);
    if (exclude.has(type)) continue;
    if (type === "pass") out.unshift(k);
    else out.push(k);
  }
  return out;
}

/**
 * Plays a list of choices: at each step the choice, modulo the number of legal moves (less the excluded
 * kinds), picks the move, counting from a pass (a pass first, then the other moves as the simulation core lists them). Runs on the simulation core, so it
 * is quick.
 */
export function playChoices(
  scenario: ValidScenario,
  seed: string,
  choices: readonly number[],
  options: Pick<LegalPlayOptions, "exclude" | "toEnd"> = {},
): Play {
  const exclude = new Set<MoveType>(options.exclude ?? []);
  const limit = options.toEnd === true ? moveBound(compiledOf(scenario)) + 1 : choices.length;
  return playOnCore(scenario, seed, limit, (_sim, buf, count, step) => {
    const order = choiceOrder(buf, count, exclude);
    if (order.length === 0) return -1;
    const choice = choices.length === 0 ? 0 : (choices[step % choices.length] ?? 0);
    return order[choice % order.length] ?? -1;
  });
}

/**
 * Plays of legal moves only. A play is drawn as a seed and a list of small integers, each one an index
 * (modulo their number) into the legal moves at its step, so that fast-check shrinks a failing play to a
 * short one made of passes and early-listed moves. The play ends when the game does.
 *
 * @example
 * ```ts
 * test.prop([arbLegalPlay(scenario, { exclude: ["walk-out"] })])("…", (play) => { … });
 * ```
 */
export function arbLegalPlay(scenario: ValidScenario, options: LegalPlayOptions = {}): fc.Arbitrary<Play> {
  const maxMoves = Math.max(0, Math.trunc(options.maxMoves ?? moveBound(compiledOf(scenario))));
  const minMoves = Math.min(Math.max(0, Math.trunc(options.minMoves ?? 0)), maxMoves);
  // A prefix is sized to the whole range (fast-check's default size keeps arrays to about ten items); a play
  // to the end keeps few choices, which it cycles through: the same moves again and again push tension, trust
  // and the clock to their limits.
  const size = options.toEnd === true ? undefined : "max";
  const choices = fc.array(fc.nat({ max: 255 }), {
    minLength: minMoves,
    maxLength: maxMoves,
    ...(size === undefined ? {} : { size }),
  });
  return fc
    .tuple(seedsOf(options.seed), choices)
    .map(([seed, picked]) => playChoices(scenario, seed, picked, options));
}
