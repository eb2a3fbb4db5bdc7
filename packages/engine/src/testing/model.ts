import * as fc from "fast-check";
import {
  admitState,
  applyMove,
  checkMove,
  createGame,
  currentActor,
  isOver,
  legalMoves,
  moveBound,
  stateHash,
} from "../game/game.js";
import type { GameState } from "../rules/state.js";
import type { ValidScenario } from "../scenario/schema.js";
import { deserialize, openLink, replayLink, serialize } from "../session/api.js";
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
  /** Saves, links and copies made and carried on from so far. */
  saves: number;
}

/**
 * The system under test: the current game state, replaced by each accepted move, and by a loaded save, an
 * opened link or a plain copy (which the engine must take as the same game).
 */
export interface GameReal {
  state: GameState;
}

/** A command of the game's stateful test. */
export type GameCommand = fc.Command<GameModel, GameReal>;

/**
 * The legal moves of a state, listed once per state object: each command lists the moves of the state the
 * previous one checked (and a carried copy, which the engine admits again on every call, would be rebuilt
 * each time). States are immutable, and the engine is pure, so a second listing gives the same moves.
 */
const listedMoves = new WeakMap<GameState, readonly Move[]>();

function legalOf(state: GameState): readonly Move[] {
  let moves = listedMoves.get(state);
  if (moves === undefined) {
    moves = legalMoves(state);
    listedMoves.set(state, moves);
  }
  return moves;
}

function fail(message: string): never {
  throw new Error(`Parley model: ${message}`);
}

/** Checks the engine's state against the model and the engine's own queries against each other. */
function agree(scenario: ValidScenario, m: Readonly<GameModel>, r: GameReal, after: string): void {
  const state = r.state;
  if (state.moveCount !== m.moves)
    fail(`after ${after}: the state has ${state.moveCount} moves, the model counted ${m.moves}`);
  if (isOver(state) !== m.over) fail(`after ${after}: isOver is ${isOver(state)}, the model says ${m.over}`);
  if ((currentActor(state) === null) !== m.over) fail(`after ${after}: currentActor disagrees with isOver`);
  if ((legalOf(state).length === 0) !== m.over) fail(`after ${after}: legalMoves disagrees with isOver`);
  if (m.moves > moveBound(scenario)) fail(`after ${after}: ${m.moves} moves, more than moveBound`);
}

/** Records an accepted move in the model; a game that was over never comes back. */
function accepted(m: GameModel, r: GameReal, next: GameState): void {
  r.state = next;
  m.moves += 1;
  const over = isOver(next);
  if (m.over && !over) fail("a game that was over is not over any more");
  m.over = over;
}

/**
 * Applies the `choice`-th legal move (modulo their number), walk-outs left out unless `walkOut` is set;
 * only while the game is not over.
 */
class LegalMoveCommand implements GameCommand {
  private played: Move | undefined;
  constructor(
    private readonly scenario: ValidScenario,
    private readonly choice: number,
    private readonly walkOut: boolean,
  ) {}
  check(m: Readonly<GameModel>): boolean {
    return !m.over;
  }
  run(m: GameModel, r: GameReal): void {
    const all = legalOf(r.state);
    const talks = all.filter((move) => move.type !== "walk-out");
    const legal = this.walkOut || talks.length === 0 ? all : talks;
    const move = legal[this.choice % legal.length];
    if (move === undefined) fail("the game is not over but there is no legal move");
    this.played = move;
    const result = applyMove(r.state, move);
    if (!result.ok) fail(`the legal move ${moveLabel(move)} was refused: ${result.error.message}`);
    accepted(m, r, result.value.state);
    agree(this.scenario, m, r, this.toString());
  }
  toString(): string {
    return this.played === undefined ? `legal[${this.choice}]` : `legal(${moveLabel(this.played)})`;
  }
}

/**
 * Applies any move (see `arbMove`). A move that names one issue at most is accepted exactly when
 * `legalMoves` lists it; a package (which `legalMoves` need not list) exactly when `checkMove` says it is
 * legal. A refusal comes with a code and a reason and leaves the state as it was.
 */
class AnyMoveCommand implements GameCommand {
  constructor(
    private readonly scenario: ValidScenario,
    private readonly move: unknown,
  ) {}
  check(): boolean {
    return true;
  }
  run(m: GameModel, r: GameReal): void {
    const before = r.state;
    const hash = stateHash(before);
    const listed = new Set(legalOf(before).map(moveKey));
    const read = checkMove(before, this.move);
    const result = applyMove(before, this.move);
    if (read.ok !== result.ok) fail(`checkMove and applyMove disagree on ${this.toString()}`);
    const readMove = read.ok ? read.value : null;
    const isPackage =
      readMove !== null &&
      (readMove.type === "propose" || readMove.type === "counter") &&
      Object.keys(readMove.terms).length > 1;
    const isListed = readMove !== null && listed.has(moveKey(readMove));
    if (result.ok) {
      if (!isListed && !isPackage) fail(`${this.toString()} was accepted but legalMoves does not list it`);
      accepted(m, r, result.value.state);
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

/** Ways to take a game elsewhere and back: a save, a replay link, a structured clone, JSON. */
const CARRIERS = ["save", "link", "clone", "json"] as const;

/** How a game travels in a {@link CarryCommand}. */
type Carrier = (typeof CARRIERS)[number];

/**
 * Takes the game elsewhere and back (a save and a load, a replay link, a `structuredClone`, JSON) and
 * carries on from what came back, which must be the same game. A plain copy is carried on as it is (not
 * admitted first): the engine must take it wherever it takes a state.
 */
class CarryCommand implements GameCommand {
  constructor(
    private readonly scenario: ValidScenario,
    private readonly carrier: Carrier,
  ) {}
  check(): boolean {
    return true;
  }
  private carry(state: GameState): GameState {
    switch (this.carrier) {
      case "save": {
        const text = serialize(state);
        if (!text.ok) fail(`a game cannot be saved: ${text.error.message}`);
        const loaded = deserialize(this.scenario, text.value);
        if (!loaded.ok) fail(`a saved game does not load: ${loaded.error.code}: ${loaded.error.message}`);
        return loaded.value;
      }
      case "link": {
        const link = replayLink(state);
        if (!link.ok) fail(`a game gives no replay link: ${link.error.message}`);
        const opened = openLink(this.scenario, link.value);
        if (!opened.ok) fail(`a replay link does not open: ${opened.error.message}`);
        return opened.value;
      }
      case "clone":
        return structuredClone(state);
      case "json":
        return JSON.parse(JSON.stringify(state)) as GameState;
    }
  }
  run(m: GameModel, r: GameReal): void {
    const back = this.carry(r.state);
    const admitted = admitState(back);
    if (!admitted.ok) fail(`a game carried by ${this.carrier} is refused: ${admitted.error.message}`);
    if (stateHash(back) !== stateHash(r.state))
      fail(`a game carried by ${this.carrier} is not the same game`);
    r.state = back;
    m.saves += 1;
    agree(this.scenario, m, r, this.toString());
  }
  toString(): string {
    return `carry(${this.carrier})`;
  }
}

/**
 * The command arbitraries of the game's stateful test, to pass to `fc.commands` (with your own commands
 * added if you like): apply a legal move (most often; a walk-out rarely), apply any move at all, and take
 * the game elsewhere and back (save and load, replay link, structured clone, JSON).
 */
export function gameCommandArbitraries(scenario: ValidScenario): fc.Arbitrary<GameCommand>[] {
  // Walk-outs end the game (or the meeting), so they are kept rare: otherwise most runs stop after a few moves.
  const legal = fc
    .tuple(fc.nat({ max: 255 }), fc.nat({ max: 39 }))
    .map(([choice, dice]): GameCommand => new LegalMoveCommand(scenario, choice, dice === 0));
  const any = arbMove(scenario).map((move): GameCommand => new AnyMoveCommand(scenario, move));
  const carry = fc
    .constantFrom(...CARRIERS)
    .map((carrier): GameCommand => new CarryCommand(scenario, carrier));
  return [legal, legal, legal, any, any, carry];
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
  scenario: ValidScenario,
  options: GameCommandsOptions = {},
): fc.Arbitrary<Iterable<GameCommand>> {
  return fc.commands(gameCommandArbitraries(scenario), {
    maxCommands: Math.max(1, Math.trunc(options.maxCommands ?? 60)),
    size: "max",
  });
}

/**
 * The starting point of a stateful test: a new game of the scenario, and a model of it. A seed the engine
 * refuses fails the run with the engine's reason.
 */
export function gameModelSetup(scenario: ValidScenario, seed: string): fc.ModelRunSetup<GameModel, GameReal> {
  return () => {
    const started = createGame(scenario, { seed });
    if (!started.ok) fail(`the game does not start: ${started.error.message}`);
    const state = started.value;
    return { model: { moves: 0, over: isOver(state), saves: 0 }, real: { state } };
  };
}
