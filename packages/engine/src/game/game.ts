import { fork, judge, seal, snapshot } from "../core/index.js";
import { applyRules, lastLogged } from "../rules/apply.js";
import { moveBound as boundOf } from "../rules/bound.js";
import { type CompiledScenario, compiledOf } from "../rules/compile.js";
import type { RuleContext } from "../rules/context.js";
import type { GameEvent } from "../rules/events.js";
import { stateHash as hashOf } from "../rules/hash.js";
import { initialState } from "../rules/initial.js";
import { computeOutcome, type Outcome } from "../rules/outcome.js";
import { speaker } from "../rules/query.js";
import type { Refusal } from "../rules/refusal.js";
import type { GameState } from "../rules/state.js";
import { blankMove } from "../rules/verdict.js";
import type { ScenarioIssue } from "../scenario/parse.js";
import { parseScenario } from "../scenario/parse.js";
import type { ValidScenario } from "../scenario/schema.js";
import { isValidatedScenario } from "../scenario/validated.js";
import { InvariantError } from "../vocabulary/assert.js";
import { deepFreeze } from "../vocabulary/freeze.js";
import type { Move } from "../vocabulary/moves.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { explainRefusal } from "../words/refusal.js";
import { admit, rebuild } from "./admit.js";
import { readMove } from "./input.js";
import { legalMoveList } from "./legal.js";

/** Options of {@link createGame}. */
export interface GameOptions {
  /** Every random draw of the game (hidden types, events) follows from this seed: text or a finite number. */
  readonly seed: string | number;
}

/** Why a move was refused: a stable `code`, the facts behind it (`params`), and a sentence for people. */
export type MoveError = Refusal & { readonly message: string };

/** Why {@link createGame} could not start a game. */
export type GameError =
  | {
      readonly code: "invalid-scenario";
      readonly message: string;
      readonly problems: readonly ScenarioIssue[];
    }
  | { readonly code: "invalid-seed"; readonly message: string };

/** A move applied: the next state, what the move set off, and the move as the engine read it. */
export interface Applied {
  readonly state: GameState;
  readonly events: readonly GameEvent[];
  readonly move: Move;
}

/** Why {@link replay} stopped: the index of the first refused move and the reason. */
export interface ReplayError {
  readonly index: number;
  readonly move: unknown;
  readonly error: MoveError | GameError;
}

/** Longest seed text a game takes. */
const MAX_SEED_LENGTH = 1000;

function moveError(scenario: ValidScenario, refusal: Refusal, move: Move | null): MoveError {
  return { ...refusal, message: explainRefusal(scenario, refusal, move) } as MoveError;
}

function invalidState(reason: string): MoveError {
  return {
    code: "invalid-state",
    params: { reason },
    message: `This game state cannot be used: ${reason}. Load the game again from its save.`,
  };
}

function internal(error: unknown): MoveError {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: "internal",
    params: { reason },
    message: `Something went wrong inside the engine (${reason}); please report it with the game's save.`,
  };
}

/** The seed as the game keeps it, or why it cannot be one. */
function seedText(seed: unknown): Result<string, GameError> {
  if (typeof seed === "string" && seed.length <= MAX_SEED_LENGTH) return ok(seed);
  if (typeof seed === "number" && Number.isFinite(seed)) return ok(String(seed));
  const got = typeof seed === "string" ? `text of ${seed.length} characters` : String(seed);
  return err({
    code: "invalid-seed",
    message: `A seed is text of at most ${MAX_SEED_LENGTH} characters or a finite number; got ${got}.`,
  });
}

/**
 * Starts a game of a scenario `parseScenario` has checked, with a seed. The hidden information (types,
 * reservations, uncertain events) is drawn from the seed now. A scenario that did not come from
 * `parseScenario` is checked first; every problem comes back as an error.
 */
export function createGame(scenario: ValidScenario, options: GameOptions): Result<GameState, GameError> {
  const seed = seedText((options as Partial<GameOptions> | undefined)?.seed);
  if (!seed.ok) return seed;
  let valid: ValidScenario = scenario;
  if (!isValidatedScenario(scenario)) {
    // Not from parseScenario (plain JSON, say): check it now, and play the checked copy.
    const checked = parseScenario(scenario);
    if (!checked.ok) {
      const first = checked.error[0];
      const count = checked.error.length;
      return err({
        code: "invalid-scenario",
        message: `This is not a valid scenario (${count} problem${count === 1 ? "" : "s"}; the first: ${first?.path}: ${first?.message}).`,
        problems: checked.error,
      });
    }
    valid = checked.value;
  }
  const c = compiledOf(valid);
  return ok(seal(initialState(c, seed.value)));
}

/**
 * The engine's own copy of a state from outside (storage, JSON, `structuredClone`, a Web Worker): rebuilt
 * from its seed and moves and checked to equal it, or an `invalid-state` error saying why it cannot be used.
 */
export function admitState(value: unknown): Result<GameState, MoveError> {
  const admitted = admit(value, readMove);
  return admitted.ok ? ok(admitted.value.state) : err(invalidState(admitted.error.reason));
}

/** The compiled scenario and the engine's state for a state passed in, or null when it cannot be used. */
function admitted(state: GameState): { c: CompiledScenario; state: GameState } | null {
  const found = admit(state, readMove);
  return found.ok ? found.value : null;
}

/** The id of the actor who has the floor, or `null` when the game is over (or the state cannot be used). */
export function currentActor(state: GameState): string | null {
  const game = admitted(state);
  if (game === null) return null;
  const a = speaker(game.c, game.state);
  return a === -1 ? null : (game.c.scenario.actors[a]?.id ?? null);
}

/**
 * The moves the actor on the floor may make now, in a stable order; empty when the game is over. Every item
 * move is listed; of packages, a bounded set worth offering (docs/rules.md, "Legal moves and composed
 * packages"): any other legal package is accepted by {@link applyMove} too.
 */
export function legalMoves(state: GameState): Move[] {
  const game = admitted(state);
  return game === null ? [] : legalMoveList(game.c, game.state);
}

/** Judges a move (any input) in a state: the move as read, if legal; else why not. Never throws. */
export function checkMove(state: GameState, move: unknown): Result<Move, MoveError> {
  try {
    const game = admit(state, readMove);
    if (!game.ok) return err(invalidState(game.error.reason));
    const { c } = game.value;
    const read = readMove(move);
    if (!read.ok) return err(moveError(c.scenario, read.error, null));
    const refused = judge(c, game.value.state, read.value, blankMove(c.issueCount));
    return refused === null ? ok(read.value) : err(moveError(c.scenario, refused, read.value));
  } catch (error) {
    return err(internal(error));
  }
}

/**
 * Applies a move. A malformed, illegal or out-of-turn move comes back as an error with its code, its facts
 * and a sentence a person can read; the state passed in is never changed (states are immutable).
 */
export function applyMove(state: GameState, move: unknown): Result<Applied, MoveError> {
  try {
    const game = admit(state, readMove);
    if (!game.ok) return err(invalidState(game.error.reason));
    const { c, state: current } = game.value;
    const read = readMove(move);
    if (!read.ok) return err(moveError(c.scenario, read.error, null));
    const m = blankMove(c.issueCount);
    const refused = judge(c, current, read.value, m);
    if (refused !== null) return err(moveError(c.scenario, refused, read.value));
    const events: GameEvent[] = [];
    // A private copy of the state takes the move, then becomes the next state, frozen.
    const sim = fork(c, current, true);
    const ctx: RuleContext = { c, random: sim.ctx.random, sink: events, record: true };
    applyRules(ctx, sim.state, m);
    const next = snapshot(sim);
    return ok({ state: next, events, move: lastLogged(next) });
  } catch (error) {
    if (error instanceof InvariantError) return err(internal(error));
    return err(internal(error));
  }
}

/** Whether the game is over (the last meeting has concluded, or the talks collapsed). */
export function isOver(state: GameState): boolean {
  return admitted(state)?.state.over ?? true;
}

const EMPTY_OUTCOME: Outcome = deepFreeze({
  overall: "no-breakthrough",
  finished: false,
  tracks: [],
  agreed: {},
  utilities: {},
  redLinesCrossed: [],
  demands: {},
  tension: 0,
  cohesion: 0,
  types: {},
  reservations: {},
});

/**
 * The outcome of the game, or of the game so far: per meeting, overall, and every actor's utility. A state
 * the engine cannot use (see {@link admitState}) gives an empty outcome.
 */
export function outcome(state: GameState): Outcome {
  const game = admitted(state);
  return game === null ? EMPTY_OUTCOME : computeOutcome(game.c, game.state);
}

/** Every move of the game so far, in order (the state keeps them in chunks). */
export function gameMoves(state: GameState): Move[] {
  const game = admitted(state);
  return game === null ? [] : game.state.moves.flat();
}

/** A hash of everything the seed and the moves have produced: equal states give equal hashes. */
export function stateHash(state: GameState): string {
  const game = admitted(state);
  return game === null ? "" : hashOf(game.state);
}

/** The most moves a game of the scenario can take (see docs/rules.md, "Termination"). */
export function moveBound(scenario: ValidScenario): number {
  return isValidatedScenario(scenario) ? boundOf(compiledOf(scenario)) : 0;
}

/** Replays a line of play from the start: `state = f(scenario, seed, moves)`. Stops at the first refused move. */
export function replay(
  scenario: ValidScenario,
  play: { readonly seed: string | number; readonly moves: readonly unknown[] },
): Result<GameState, ReplayError> {
  const start = createGame(scenario, { seed: play.seed });
  if (!start.ok) return err({ index: -1, move: null, error: start.error });
  const c = compiledOf(start.value.scenario);
  const moves = Array.isArray(play.moves) ? play.moves : [];
  const rebuilt = rebuild(c, start.value.seed, moves, readMove);
  if (rebuilt.ok) return rebuilt;
  // Find out why the first bad move was refused, on the public path (it is one move, not the whole game).
  const index = rebuilt.error.index;
  const before = rebuild(c, start.value.seed, moves.slice(0, index), readMove);
  const move = moves[index];
  const why = before.ok ? checkMove(before.value, move) : null;
  const error = why !== null && !why.ok ? why.error : internal(new Error("replay disagreed with itself"));
  return err({ index, move, error });
}
