/**
 * Throughput of one implementation on a fixed set of games: random playouts, applying moves, listing legal
 * moves, starting games. Every implementation plays exactly the same games (same seeds, same choices by
 * index into legal-move lists that are identical, as tests/bench-conformance.test.ts checks), so the work is
 * the same and only the cost differs.
 *
 * Each implementation is measured in a fresh worker thread (see run.ts) where nothing else has run: V8's
 * inline caches remember the shapes a function has seen, so whichever implementation ran first in a shared
 * process would change the figures of the others (the plain reducer's rules run on plain objects here and on
 * immer drafts inside boardgame.io; the engine's rules run on the core's copies on both of its paths).
 */
import type { GameState, Move, ValidScenario } from "@parley/engine";
import { type BgAction, type BgMove, type BgState, bgioRunner } from "./boardgameio/game.js";
import { rate } from "./measure.js";
import {
  applyMove,
  type CoreGame,
  compiled,
  coreApply,
  coreCopy,
  coreFork,
  coreList,
  corePlay,
  coreResolved,
  coreStart,
  createGame,
  legalMoves,
  type ResolvedMove,
} from "./parley.js";
import {
  applyPlain,
  clonePlain,
  compilePlain,
  initPlain,
  legalPlain,
  type PlainState,
} from "./plain/rules.js";
import { mulberry32, pickIndex } from "./random.js";

/** The implementations, as the report names them: the engine's simulation core and its public API first. */
export type ImplName = "core" | "api" | "plain" | "boardgameio";
export const IMPL_NAMES: readonly ImplName[] = ["core", "api", "plain", "boardgameio"];

/** A figure for each implementation. */
export type PerImpl = Readonly<Record<ImplName, number>>;

/** What one implementation measured. */
export interface ImplFigures {
  readonly playoutsPerSec: number;
  readonly applyMovePerSec: number;
  readonly legalMovesPerSec: number;
  readonly createGamePerSec: number;
  readonly movesPerGame: number;
}

/**
 * One implementation, seen the same way by the timing loops. `S` is its state, `T` a recorded move. `legal`
 * lists the legal moves of a state and keeps the list; `play` applies the i-th move of that list. Mutable
 * states are copied by `start` and changed in place; immutable ones are returned anew.
 */
interface Driver<S, T> {
  start(k: number): S;
  legal(s: S): number;
  play(s: S, i: number): S;
  /** The i-th move of the last list, to replay later. */
  token(s: S, i: number): T;
  replay(s: S, t: T): S;
  /** A state to keep while play goes on. */
  snapshot(s: S): S;
  create(k: number): void;
}

/** A game's seed for `create`: the same text for every implementation. */
const createSeed = (k: number): string => `new-${k}`;

function api(scenario: ValidScenario, initial: readonly GameState[]): Driver<GameState, Move> {
  let moves: Move[] = [];
  const apply = (s: GameState, move: Move): GameState => {
    const result = applyMove(s, move);
    if (!result.ok) throw new Error(result.error.message);
    return result.value.state;
  };
  return {
    start: (k) => initial[k] as GameState,
    legal: (s) => {
      moves = legalMoves(s);
      return moves.length;
    },
    play: (s, i) => apply(s, moves[i] as Move),
    token: (_, i) => moves[i] as Move,
    replay: apply,
    snapshot: (s) => s,
    create: (k) => createGame(scenario, { seed: createSeed(k) }),
  };
}

function core(scenario: ValidScenario, initial: readonly GameState[]): Driver<CoreGame, ResolvedMove> {
  const c = compiled(scenario);
  const first = coreFork(c, initial[0] as GameState);
  // One buffer for every game: listings never overlap.
  const buf = first.buf;
  return {
    start: (k) => coreFork(c, initial[k] as GameState, buf),
    legal: coreList,
    play: (s, i) => {
      corePlay(s, i);
      return s;
    },
    token: coreResolved,
    replay: (s, m) => {
      coreApply(s, m);
      return s;
    },
    snapshot: coreCopy,
    create: (k) => coreStart(c, createSeed(k), false, buf),
  };
}

function plain(scenario: ValidScenario, seeds: readonly string[]): Driver<PlainState, number> {
  const g = compilePlain(scenario);
  const initial = seeds.map((seed) => initPlain(g, seed));
  const buf: number[] = [];
  return {
    start: (k) => clonePlain(initial[k] as PlainState),
    legal: (s) => legalPlain(g, s, buf),
    play: (s, i) => {
      applyPlain(g, s, buf[i] as number);
      return s;
    },
    token: (_, i) => buf[i] as number,
    replay: (s, t) => {
      applyPlain(g, s, t);
      return s;
    },
    snapshot: clonePlain,
    create: (k) => initPlain(g, createSeed(k)),
  };
}

function boardgameio(scenario: ValidScenario, seeds: readonly string[]): Driver<BgState, BgAction> {
  const runner = bgioRunner(scenario);
  const initial = seeds.map((seed) => runner.init(seed));
  let moves: BgMove[] = [];
  return {
    start: (k) => initial[k] as BgState,
    legal: (s) => {
      moves = s.ctx.gameover === undefined ? runner.moves(s) : [];
      return moves.length;
    },
    play: (s, i) => runner.reduce(s, runner.action(s, moves[i] as BgMove)),
    token: (s, i) => runner.action(s, moves[i] as BgMove),
    replay: (s, t) => runner.reduce(s, t),
    snapshot: (s) => s,
    create: (k) => runner.init(createSeed(k)),
  };
}

function measure<S, T>(d: Driver<S, T>, games: number, timedMs: number): ImplFigures {
  // The order matters. Once a process keeps many states alive, V8 has seen the objects made at the state's
  // allocation sites survive and allocates them in the old generation from then on (allocation-site
  // pretenuring), which slows every later loop that makes states (BENCHMARKS.md, "Keeping states alive").
  // So the figures that make states come first, while the process keeps only the games' moves, and the
  // listing, which needs every state of the games, comes last. A search's playouts keep nothing.
  const playoutsPerSec = rate(timedMs, () => {
    for (let k = 0; k < games; k++) {
      let s = d.start(k);
      const rand = mulberry32(k);
      for (;;) {
        const n = d.legal(s);
        if (n === 0) break;
        s = d.play(s, pickIndex(rand(), n, false));
      }
    }
    return games;
  });
  const tokens = recordMoves(d, games);
  const total = tokens.reduce((sum, line) => sum + line.length, 0);
  const applyMovePerSec = rate(timedMs, () => {
    for (let k = 0; k < games; k++) {
      let s = d.start(k);
      for (const t of tokens[k] ?? []) s = d.replay(s, t);
    }
    return total;
  });
  const createGamePerSec = rate(timedMs / 2, () => {
    for (let k = 0; k < 20; k++) d.create(k);
    return 20;
  });
  const states = recordStates(d, tokens);
  const legalMovesPerSec = rate(timedMs, () => {
    for (const s of states) d.legal(s);
    return states.length;
  });
  return { playoutsPerSec, applyMovePerSec, legalMovesPerSec, createGamePerSec, movesPerGame: total / games };
}

/** The moves of each random game, played as the playouts play them. */
function recordMoves<S, T>(d: Driver<S, T>, games: number): T[][] {
  const tokens: T[][] = [];
  for (let k = 0; k < games; k++) {
    let s = d.start(k);
    const rand = mulberry32(k);
    const line: T[] = [];
    for (;;) {
      const n = d.legal(s);
      if (n === 0) break;
      const i = pickIndex(rand(), n, false);
      line.push(d.token(s, i));
      s = d.play(s, i);
    }
    tokens.push(line);
  }
  return tokens;
}

/** Every state along the recorded games, their last included, kept (copies, for the mutable ones). */
function recordStates<S, T>(d: Driver<S, T>, tokens: readonly (readonly T[])[]): S[] {
  const states: S[] = [];
  tokens.forEach((line, k) => {
    let s = d.start(k);
    for (const t of line) {
      states.push(d.snapshot(s));
      s = d.replay(s, t);
    }
    states.push(d.snapshot(s));
  });
  return states;
}

/** The seeds of the bench's random games. */
export function benchSeeds(games: number): string[] {
  return Array.from({ length: games }, (_, k) => `bench-${k}`);
}

/** The initial public states of the bench's random games. */
export function initialStates(scenario: ValidScenario, games: number): GameState[] {
  return benchSeeds(games).map((seed) => {
    const game = createGame(scenario, { seed });
    if (!game.ok) throw new Error(game.error.message);
    return game.value;
  });
}

/**
 * Measures one implementation on `games` random games of a scenario (uniform over the legal moves except
 * walk-outs, which end a random game within a few moves), each figure timed for at least `timedMs`:
 * - playouts: from each game's initial state to its end, listing the legal moves and applying the chosen one
 *   at every step, as a search's playout does (the mutable implementations start from a private copy);
 * - applyMove: replaying the recorded games, without listing legal moves;
 * - legalMoves: listing the legal moves of every state of the recorded games;
 * - createGame: starting a game from the scenario and a seed.
 */
export function measureImpl(
  impl: ImplName,
  scenario: ValidScenario,
  games: number,
  timedMs: number,
): ImplFigures {
  const seeds = benchSeeds(games);
  switch (impl) {
    case "core":
      return measure(core(scenario, initialStates(scenario, games)), games, timedMs);
    case "api":
      return measure(api(scenario, initialStates(scenario, games)), games, timedMs);
    case "plain":
      return measure(plain(scenario, seeds), games, timedMs);
    case "boardgameio":
      return measure(boardgameio(scenario, seeds), games, timedMs);
  }
}
