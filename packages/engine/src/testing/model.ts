import * as fc from "fast-check";
import {
  applyMove,
  createGame,
  currentActor,
  isOver,
  legalMoves,
  parseMove,
  stateHash,
} from "../game/game.js";
import { moveBound } from "../rules/bound.js";
import type { GameState } from "../rules/state.js";
import type { Scenario } from "../scenario/schema.js";
import { deserialize, serialize } from "../session/persist.js";
import { type Move, moveKey } from "../vocabulary/moves.js";
import { arbMove } from "./moves.js";
import { moveLabel } from "./play.js";

/**
 * The model of a game for stateful tests: deliberately simple. It counts the moves the engine accepted and
 * whether the game is over, and the commands check the engine against it after every step.
 */
export interface GameModel {
  /** Moves accepted so far. */
  moves: number;
  /** Whether the game is over; once it is, it stays over. */
  over: boolean;
  /** Saves and loads so far. */
  saves: number;
}

/** The system under test: the current game state, replaced by each accepted move. */
export interface GameReal {
  state: GameState;
}

/** A command of the game's stateful test. */
export type GameCommand = fc.Command<GameModel, GameReal>;

function fail(message: string): never {
  throw new Error(`Parley model: ${message}`);
}

/** Checks the engine's state against the model and the engine's own queries against each other. */
function agree(scenario: Scenario, m: Readonly<GameModel>, r: GameReal, after: string): void {
  const state = r.state;
  if (state.moves.length !== m.moves)
    fail(`after ${after}: the state has ${state.moves.length} moves, the model counted ${m.moves}`);
  if (isOver(state) !== m.over) fail(`after ${after}: isOver is ${isOver(state)}, the model says ${m.over}`);
  if ((currentActor(state) === null) !== m.over) fail(`after ${after}: currentActor disagrees with isOver`);
  if ((legalMoves(state).length === 0) !== m.over) fail(`after ${after}: legalMoves disagrees with isOver`);
  if (m.moves > moveBound(scenario)) fail(`after ${after}: ${m.moves} moves, more than moveBound`);
}

/**
 * Applies the `choice`-th legal move (modulo their number), walk-outs left out unless `walkOut` is set;
 * only while the game is not over.
 */
class LegalMoveCommand implements GameCommand {
  private played: Move | undefined;
  constructor(
    private readonly scenario: Scenario,
    private readonly choice: number,
    private readonly walkOut: boolean,
  ) {}
  check(m: Readonly<GameModel>): boolean {
    return !m.over;
  }
  run(m: GameModel, r: GameReal): void {
    const all = legalMoves(r.state);
    const talks = all.filter((move) => move.type !== "walk-out");
    const legal = this.walkOut || talks.length === 0 ? all : talks;
    const move = legal[this.choice % legal.length];
    if (move === undefined) fail("the game is not over but there is no legal move");
    this.played = move;
    const result = applyMove(r.state, move);
    if (!result.ok) fail(`the legal move ${moveLabel(move)} was refused: ${result.error.message}`);
    r.state = result.state;
    m.moves += 1;
    const over = isOver(r.state);
    if (m.over && !over) fail("a game that was over is not over any more");
    if (move.type === "walk-out" && !over) fail("a walk-out did not end the game");
    m.over = over;
    agree(this.scenario, m, r, this.toString());
  }
  toString(): string {
    return this.played === undefined ? `legal[${this.choice}]` : `legal(${moveLabel(this.played)})`;
  }
}

/**
 * Applies any move (see `arbMove`): the engine accepts it exactly when `legalMoves` lists it; a refusal
 * comes with a code and a reason and leaves the state as it was.
 */
class AnyMoveCommand implements GameCommand {
  constructor(
    private readonly scenario: Scenario,
    private readonly move: unknown,
  ) {}
  check(): boolean {
    return true;
  }
  run(m: GameModel, r: GameReal): void {
    const before = r.state;
    const hash = stateHash(before);
    const listed = new Set(legalMoves(before).map(moveKey));
    const parsed = parseMove(this.move);
    const isListed = parsed.ok && listed.has(moveKey(parsed.value));
    const result = applyMove(before, this.move);
    if (result.ok) {
      if (!isListed) fail(`${this.toString()} was accepted but legalMoves does not list it`);
      r.state = result.state;
      m.moves += 1;
      m.over = isOver(r.state);
    } else {
      if (isListed)
        fail(`${this.toString()} is listed in legalMoves but was refused: ${result.error.message}`);
      if (result.error.message.trim() === "" || String(result.error.code) === "")
        fail(`${this.toString()} was refused without a reason`);
      if (stateHash(before) !== hash) fail(`refusing ${this.toString()} changed the state`);
    }
    agree(this.scenario, m, r, this.toString());
  }
  toString(): string {
    return `any(${fc.stringify(this.move)})`;
  }
}

/** Saves the game, loads it back and carries on from the loaded state, which must be the same game. */
class SaveLoadCommand implements GameCommand {
  constructor(private readonly scenario: Scenario) {}
  check(): boolean {
    return true;
  }
  run(m: GameModel, r: GameReal): void {
    const text = serialize(r.state);
    const loaded = deserialize(this.scenario, text);
    if (!loaded.ok) fail(`a saved game does not load: ${loaded.error.code}: ${loaded.error.message}`);
    if (stateHash(loaded.value) !== stateHash(r.state)) fail("a saved and loaded game is not the same game");
    r.state = loaded.value;
    m.saves += 1;
    agree(this.scenario, m, r, this.toString());
  }
  toString(): string {
    return "save-load";
  }
}

/**
 * The command arbitraries of the game's stateful test, to pass to `fc.commands` (with your own commands
 * added if you like): apply a legal move (most often; a walk-out rarely), apply any move at all, save and
 * load.
 */
export function gameCommandArbitraries(scenario: Scenario): fc.Arbitrary<GameCommand>[] {
  // Walk-outs end the game, so they are kept rare: otherwise most runs would stop after a few moves.
  const legal = fc
    .tuple(fc.nat({ max: 255 }), fc.nat({ max: 39 }))
    .map(([choice, dice]): GameCommand => new LegalMoveCommand(scenario, choice, dice === 0));
  const any = arbMove(scenario).map((move): GameCommand => new AnyMoveCommand(scenario, move));
  const save = fc.constant<GameCommand>(new SaveLoadCommand(scenario));
  return [legal, legal, legal, any, any, save];
}

/** Options of {@link gameCommands}. */
export interface GameCommandsOptions {
  /** Most commands in one run; runs have any length up to it. Default 60. */
  readonly maxCommands?: number;
}

/**
 * Sequences of commands for a stateful (model-based) test of a scenario: run them with
 * `fc.modelRun(gameModelSetup(scenario, seed), commands)`. fast-check shrinks a failing sequence.
 */
export function gameCommands(
  scenario: Scenario,
  options: GameCommandsOptions = {},
): fc.Arbitrary<Iterable<GameCommand>> {
  return fc.commands(gameCommandArbitraries(scenario), {
    maxCommands: options.maxCommands ?? 60,
    size: "max",
  });
}

/** The starting point of a stateful test: a new game of the scenario, and a model of it. */
export function gameModelSetup(scenario: Scenario, seed: string): fc.ModelRunSetup<GameModel, GameReal> {
  return () => {
    const state = createGame(scenario, { seed });
    return { model: { moves: 0, over: isOver(state), saves: 0 }, real: { state } };
  };
}
