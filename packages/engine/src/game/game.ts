import { freeze, produce } from "immer";
import { applyRules } from "../rules/apply.js";
import { checkMove, listLegalMoves, type MoveError } from "../rules/check.js";
import type { GameEvent } from "../rules/events.js";
import { stateHash } from "../rules/hash.js";
import { initialState } from "../rules/initial.js";
import { computeOutcome, type Outcome } from "../rules/outcome.js";
import { speaker } from "../rules/query.js";
import type { GameState } from "../rules/state.js";
import type { Scenario } from "../scenario/schema.js";
import { type Move, moveSchema } from "../vocabulary/moves.js";
import { err, ok, type Result } from "../vocabulary/result.js";

/** Options of {@link createGame}. */
export interface GameOptions {
  /** Every random event of the game follows from this seed. */
  readonly seed: string | number;
}

/** The answer of {@link applyMove}: the next state and what the move set off, or why it was refused. */
export type MoveResult =
  | { readonly ok: true; readonly state: GameState; readonly events: readonly GameEvent[] }
  | { readonly ok: false; readonly error: MoveError };

/** Why {@link replay} stopped: the index of the first refused move and the reason. */
export interface ReplayError {
  readonly index: number;
  readonly move: unknown;
  readonly error: MoveError;
}

/**
 * Starts a game of a validated scenario (see `parseScenario`) with a seed. The scenario becomes part of the
 * game's immutable state and is deep-frozen here; to play a variant, change a copy (`structuredClone`).
 */
export function createGame(scenario: Scenario, options: GameOptions): GameState {
  return initialState(freeze(scenario, true), String(options.seed));
}

/** The id of the actor who has the floor, or `null` when the game is over. */
export function currentActor(state: GameState): string | null {
  const a = speaker(state);
  return a === -1 ? null : (state.scenario.actors[a]?.id ?? null);
}

/** Every move the actor on the floor may make now, in a stable order; empty when the game is over. */
export function legalMoves(state: GameState): Move[] {
  return listLegalMoves(state);
}

function describeInput(move: unknown): string {
  if (move === null) return "null";
  if (Array.isArray(move)) return "an array";
  return typeof move === "object" ? "an object" : `a ${typeof move}`;
}

/** Checks that `move` is a well-formed move object; never throws. */
export function parseMove(move: unknown): Result<Move, MoveError> {
  const parsed = moveSchema.safeParse(move);
  if (parsed.success) return ok(parsed.data);
  const first = parsed.error.issues[0];
  const where = first && first.path.length > 0 ? ` at '${first.path.join(".")}'` : "";
  const hint =
    typeof move === "object" && move !== null && !Array.isArray(move)
      ? `${first?.message ?? "invalid"}${where}`
      : `expected a move object like { "type": "pass", "actor": "..." }, got ${describeInput(move)}`;
  return err({ code: "malformed", message: `Not a valid move: ${hint}.` });
}

/**
 * Applies a move. An illegal, malformed or out-of-turn move comes back as an error with a reason a person
 * can read, and the state passed in is untouched (states are immutable).
 */
export function applyMove(state: GameState, move: unknown): MoveResult {
  const parsed = parseMove(move);
  if (!parsed.ok) return parsed;
  const refusal = checkMove(state, parsed.value);
  if (refusal !== null) return { ok: false, error: refusal };
  const events: GameEvent[] = [];
  const next = produce(state, (draft) => {
    applyRules(draft, parsed.value, events);
  });
  return { ok: true, state: next, events };
}

/** Whether the game is over (the last track has concluded, or the talks collapsed). */
export function isOver(state: GameState): boolean {
  return state.over;
}

/** The outcome of the game, or of the game so far: per track, overall, and every actor's utility. */
export function outcome(state: GameState): Outcome {
  return computeOutcome(state);
}

/** Replays a line of play from the start: `state = f(scenario, seed, moves)`. Stops at the first refused move. */
export function replay(
  scenario: Scenario,
  play: { readonly seed: string | number; readonly moves: readonly unknown[] },
): Result<GameState, ReplayError> {
  let state = createGame(scenario, { seed: play.seed });
  for (let index = 0; index < play.moves.length; index++) {
    const move = play.moves[index];
    const result = applyMove(state, move);
    if (!result.ok) return err({ index, move, error: result.error });
    state = result.state;
  }
  return ok(state);
}

export { stateHash };
