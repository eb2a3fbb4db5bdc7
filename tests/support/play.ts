import {
  applyMove,
  createGame,
  type GameEvent,
  type GameOptions,
  type GameState,
  isOver,
  legalMoves,
  type Move,
  type ValidScenario,
} from "@parley/engine";

/**
 * Playing games in tests: a new game that must start, a list of moves that must be legal, or moves picked
 * among the legal ones by index. They throw with the engine's own message when something is refused, so a
 * test fails saying why.
 */

/** A new game of a scenario that must start (a test fails with the reason otherwise). */
export function newGame(scenario: ValidScenario, options: GameOptions): GameState {
  const game = createGame(scenario, options);
  if (!game.ok) throw new Error(game.error.message);
  return game.value;
}

/** Called before each move is applied, with the state it is applied to. */
export type BeforeMove = (state: GameState, move: Move, index: number) => void;

/** Applies one move that must be legal; `index` only names it in the error. */
function applyLegal(
  state: GameState,
  move: Move,
  index: number,
): { state: GameState; events: readonly GameEvent[] } {
  const result = applyMove(state, move);
  if (!result.ok) throw new Error(`move ${index} (${move.actor} ${move.type}): ${result.error.message}`);
  return result.value;
}

/** Applies moves that must be legal, in order, and returns the last state and every event they set off. */
export function playMoves(
  from: GameState,
  moves: Iterable<Move>,
  before?: BeforeMove,
): { state: GameState; events: GameEvent[] } {
  let state = from;
  const events: GameEvent[] = [];
  let index = 0;
  for (const move of moves) {
    before?.(state, move, index);
    const result = applyLegal(state, move, index++);
    state = result.state;
    events.push(...result.events);
  }
  return { state, events };
}

/** {@link playMoves} with the moves as arguments. */
export function play(state: GameState, ...moves: Move[]): { state: GameState; events: GameEvent[] } {
  return playMoves(state, moves);
}

/** How `playChoices` picks. */
export interface ChoiceOptions {
  /** Whether walking out may be picked (default true); without it, most games run to their end. */
  readonly walkOuts?: boolean;
  /** Stop after this many moves even if the game goes on (for endless choices; default no limit). */
  readonly maxMoves?: number;
}

/**
 * Plays from `from`, each move the legal move at index `choice % number of legal moves`, until the game ends,
 * the choices run out or `maxMoves` moves are made. Returns the last state and the moves made.
 */
export function playChoices(
  from: GameState,
  choices: Iterable<number>,
  options: ChoiceOptions = {},
): { state: GameState; moves: Move[] } {
  const { walkOuts = true, maxMoves = Number.POSITIVE_INFINITY } = options;
  let state = from;
  const moves: Move[] = [];
  for (const choice of choices) {
    if (isOver(state) || moves.length >= maxMoves) break;
    const legal = legalMoves(state).filter((m) => walkOuts || m.type !== "walk-out");
    const move = legal[choice % legal.length];
    if (move === undefined) throw new Error(`no legal move after ${moves.length} moves of a game not over`);
    state = applyLegal(state, move, moves.length).state;
    moves.push(move);
  }
  return { state, moves };
}

/** Endless choices of the first legal move. */
export function* firstMoves(): Generator<number> {
  for (;;) yield 0;
}
