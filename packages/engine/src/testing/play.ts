import * as fc from "fast-check";
import { applyMove, createGame } from "../game/game.js";
import { applyRules } from "../rules/apply.js";
import { moveBound } from "../rules/bound.js";
import { listLegalMoves } from "../rules/check.js";
import type { GameEvent } from "../rules/events.js";
import { cloneState } from "../rules/initial.js";
import type { GameState } from "../rules/state.js";
import type { Scenario } from "../scenario/schema.js";
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
   * always and ends the game at once). When every legal move at some point is excluded, the play ends there.
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
 * Seeds for `createGame`: short lower-case words that shrink towards `"0"`. Every random event of a game
 * (random injects) follows from its seed.
 */
export function arbSeed(): fc.Arbitrary<string> {
  return fc.nat({ max: 0x7fffffff }).map((n) => n.toString(36));
}

/** A move in a few words, as `actor kind [details]`, for reports. */
export function moveLabel(move: Move): string {
  switch (move.type) {
    case "statement":
      return `${move.actor} statement ${move.tone}`;
    case "propose":
    case "counter":
      return `${move.actor} ${move.type} ${move.issue}=${move.option}`;
    case "accept":
    case "reject":
    case "concede":
      return `${move.actor} ${move.type} ${move.issue}`;
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

/** Plays made by the kit: frozen, so that their traces can be remembered. */
const kitPlays = new WeakSet<Play>();

/**
 * A frozen copy of a play that fast-check prints with {@link playLabel}. It stays plain JSON: the label is
 * a non-enumerable property.
 */
export function labelled(play: Play): Play {
  const out: Play = { seed: play.seed, moves: Object.freeze([...play.moves]) };
  Object.defineProperty(out, fc.toStringMethod, { value: () => playLabel(out), enumerable: false });
  Object.freeze(out);
  kitPlays.add(out);
  return out;
}

/**
 * Plays a list of choices: at each step the choice, modulo the number of legal moves (less the excluded
 * kinds), picks the move. Runs on a private copy of the state (the engine's lean path), so it is quick.
 */
export function playChoices(
  scenario: Scenario,
  seed: string,
  choices: readonly number[],
  options: Pick<LegalPlayOptions, "exclude" | "toEnd"> = {},
): Play {
  const exclude = new Set<MoveType>(options.exclude ?? []);
  const state = cloneState(createGame(scenario, { seed }));
  const moves: Move[] = [];
  const limit = options.toEnd === true ? moveBound(scenario) + 1 : choices.length;
  for (let step = 0; step < limit && !state.over; step++) {
    const legal = listLegalMoves(state as GameState).filter((move) => !exclude.has(move.type));
    if (legal.length === 0) break;
    const choice = choices.length === 0 ? 0 : (choices[step % choices.length] ?? 0);
    const move = legal[choice % legal.length];
    if (move === undefined) break;
    moves.push(move);
    try {
      applyRules(state, move, null);
    } catch {
      // The engine threw on a legal move: keep the move and stop, so that the invariants, replaying the
      // play with applyMove, meet the same exception and report it with this play.
      break;
    }
  }
  return labelled({ seed, moves });
}

/**
 * Plays of legal moves only. A play is drawn as a seed and a list of small integers, each one an index
 * (modulo their number) into the legal moves at its step, so that fast-check shrinks a failing play to a
 * short one made of early-listed moves. The play ends when the game does.
 *
 * @example
 * ```ts
 * test.prop([arbLegalPlay(scenario, { exclude: ["walk-out"] })])("…", (play) => { … });
 * ```
 */
export function arbLegalPlay(scenario: Scenario, options: LegalPlayOptions = {}): fc.Arbitrary<Play> {
  const maxMoves = options.maxMoves ?? moveBound(scenario);
  const minMoves = Math.min(options.minMoves ?? 0, maxMoves);
  const seeds =
    options.seed === undefined
      ? arbSeed()
      : typeof options.seed === "string"
        ? fc.constant(options.seed)
        : options.seed;
  const choices = fc.array(fc.nat({ max: 255 }), { minLength: minMoves, maxLength: maxMoves });
  return fc.tuple(seeds, choices).map(([seed, picked]) => playChoices(scenario, seed, picked, options));
}

/** Every state of a play and what each move set off, replayed through the public `applyMove`. */
export interface PlayTrace {
  /** `states[0]` is the start; `states[k + 1]` follows `play.moves[k]`. */
  readonly states: readonly GameState[];
  /** `events[k]`: what `play.moves[k]` set off. */
  readonly events: readonly (readonly GameEvent[])[];
  /** The first move the engine refused, if any; the trace stops before it. */
  readonly refused: { readonly index: number; readonly move: Move; readonly message: string } | null;
}

const traces = new WeakMap<Play, { readonly scenario: Scenario; readonly trace: PlayTrace }>();

/**
 * Replays a play move by move with the public `applyMove`, keeping every state. The traces of the (frozen)
 * plays the kit makes are remembered, so the invariants that `checkScenario` runs on one play replay it once.
 */
export function traceOf(scenario: Scenario, play: Play): PlayTrace {
  const known = traces.get(play);
  if (known !== undefined && known.scenario === scenario) return known.trace;
  const trace = freshTrace(scenario, play);
  if (kitPlays.has(play)) traces.set(play, { scenario, trace });
  return trace;
}

/** Like {@link traceOf}, but always replays (for comparing two replays of the same play). */
export function freshTrace(scenario: Scenario, play: Play): PlayTrace {
  let state = createGame(scenario, { seed: play.seed });
  const states: GameState[] = [state];
  const events: (readonly GameEvent[])[] = [];
  for (const [index, move] of play.moves.entries()) {
    const result = applyMove(state, move);
    if (!result.ok) {
      const message = `${result.error.code}: ${result.error.message}`;
      return { states, events, refused: { index, move, message } };
    }
    state = result.state;
    states.push(state);
    events.push(result.events);
  }
  return { states, events, refused: null };
}
