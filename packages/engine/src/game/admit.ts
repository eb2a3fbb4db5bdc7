import { fork, isVouched, judge, snapshot } from "../core/index.js";
import { applyRules } from "../rules/apply.js";
import { type CompiledScenario, compiledOf } from "../rules/compile.js";
import { stateHash } from "../rules/hash.js";
import { initialState } from "../rules/initial.js";
import { type GameState, MOVE_CHUNK } from "../rules/state.js";
import { parseScenario } from "../scenario/parse.js";
import type { ValidScenario } from "../scenario/schema.js";
import { isValidatedScenario } from "../scenario/validated.js";
import { InvariantError } from "../vocabulary/assert.js";
import type { Move } from "../vocabulary/moves.js";
import { err, ok, type Result } from "../vocabulary/result.js";

/**
 * Which states the engine takes. A state the engine made itself is taken as it is (`core/trust.ts`). Any
 * other object claiming to be a state (one that went through `structuredClone`, JSON or a Web Worker's
 * `postMessage`, or was edited) is rebuilt from its scenario, seed and moves, and accepted only if the
 * rebuilt state is the same (equal `stateHash`): so a damaged state is refused with a reason, never trusted
 * and never a crash.
 */

/** Why a state was not admitted. */
export interface InvalidState {
  readonly reason: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** The scenario of a state: the same object if the engine validated it, else validated now. */
function admitScenario(value: unknown): Result<ValidScenario, InvalidState> {
  if (isValidatedScenario(value)) return ok(value);
  const checked = parseScenario(value);
  if (checked.ok) return ok(checked.value);
  const first = checked.error[0];
  return err({
    reason: `its scenario is not valid (${first === undefined ? "" : `${first.path}: ${first.message}`})`,
  });
}

/** The moves of a state's chunked log, checked for shape. */
function movesOf(value: unknown, count: unknown): Result<unknown[], InvalidState> {
  if (!Array.isArray(value)) return err({ reason: "its move log is missing" });
  const moves: unknown[] = [];
  for (const chunk of value) {
    if (!Array.isArray(chunk) || chunk.length === 0 || chunk.length > MOVE_CHUNK)
      return err({ reason: "its move log is damaged" });
    moves.push(...chunk);
  }
  if (count !== moves.length) return err({ reason: "its move count does not match its move log" });
  return ok(moves);
}

/**
 * Rebuilds a game from a scenario, a seed and moves on the simulation core; the first move that is not a
 * legal move stops it, with its index.
 */
export function rebuild(
  c: CompiledScenario,
  seed: string,
  moves: readonly unknown[],
  read: (move: unknown) => Result<Move, unknown>,
): Result<GameState, { readonly index: number }> {
  const sim = fork(c, initialState(c, seed) as GameState, true);
  for (let index = 0; index < moves.length; index++) {
    const move = read(moves[index]);
    if (!move.ok) return err({ index });
    if (judge(c, sim.state as GameState, move.value, sim.scratch) !== null) return err({ index });
    applyRules(sim.ctx, sim.state, sim.scratch);
  }
  return ok(snapshot(sim));
}

/**
 * The engine's own version of a state passed in: the state itself when the engine made it, else a rebuilt
 * copy that equals it, else a reason it cannot be used.
 */
export function admit(
  value: unknown,
  read: (move: unknown) => Result<Move, unknown>,
): Result<{ readonly c: CompiledScenario; readonly state: GameState }, InvalidState> {
  try {
    if (isRecord(value) && isVouched(value)) {
      const state = value as unknown as GameState;
      return ok({ c: compiledOf(state.scenario), state });
    }
    if (!isRecord(value)) return err({ reason: "it is not a game state" });
    const scenario = admitScenario(value.scenario);
    if (!scenario.ok) return scenario;
    if (typeof value.seed !== "string") return err({ reason: "it has no seed" });
    const moves = movesOf(value.moves, value.moveCount);
    if (!moves.ok) return moves;
    const c = compiledOf(scenario.value);
    const rebuilt = rebuild(c, value.seed, moves.value, read);
    if (!rebuilt.ok) return err({ reason: `its move ${rebuilt.error.index + 1} is not legal in its game` });
    const original = stateHash({ ...(value as unknown as GameState), scenario: scenario.value });
    if (stateHash(rebuilt.value) !== original)
      return err({ reason: "it does not match the game its seed and moves make (it was edited or damaged)" });
    return ok({ c, state: rebuilt.value });
  } catch (error) {
    if (error instanceof InvariantError)
      return err({ reason: `it breaks an engine invariant (${error.message})` });
    return err({ reason: "it could not be read" });
  }
}
