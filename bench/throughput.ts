/**
 * Throughput of one implementation on a fixed set of games: random playouts, applying moves, listing legal
 * moves, starting games. Every implementation plays exactly the same games (same seeds, same choices by
 * index into legal-move lists that are identical, as tests/bench-conformance.test.ts checks), so the work is
 * the same and only the cost differs.
 *
 * Each implementation is measured in a fresh worker thread (see run.ts) where nothing else has run: V8's
 * inline caches remember the shapes a function has seen, and the engine's `applyRules` runs on immer drafts
 * under the public API and on plain objects on the hot path (the plain reducer's rules likewise run on plain
 * objects here and on immer drafts inside boardgame.io), so whichever ran first in a shared process would
 * slow the others down.
 */
import type { GameState, Move, Scenario } from "@parley/engine";
import { type BgAction, type BgMove, type BgState, bgioRunner } from "./boardgameio/game.js";
import { rate } from "./measure.js";
import {
  applyMove,
  createGame,
  type LeanState,
  leanApply,
  leanCopy,
  leanMoves,
  legalMoves,
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

/** The implementations, as the report names them: `parley` is the engine's hot path, `parleyApi` its API. */
export type ImplName = "parley" | "parleyApi" | "plain" | "boardgameio";
export const IMPL_NAMES: readonly ImplName[] = ["parley", "parleyApi", "plain", "boardgameio"];

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
  token(i: number): T;
  replay(s: S, t: T): S;
  /** A state to keep while play goes on. */
  snapshot(s: S): S;
  create(k: number): void;
}

function parleyLean(scenario: Scenario, initial: readonly GameState[]): Driver<LeanState, Move> {
  let moves: Move[] = [];
  return {
    start: (k) => leanCopy(initial[k] as GameState),
    legal: (s) => {
      moves = leanMoves(s);
      return moves.length;
    },
    play: (s, i) => {
      leanApply(s, moves[i] as Move);
      return s;
    },
    token: (i) => moves[i] as Move,
    replay: (s, t) => {
      leanApply(s, t);
      return s;
    },
    snapshot: leanCopy,
    create: (k) => createGame(scenario, { seed: k }),
  };
}

function parleyApi(scenario: Scenario, initial: readonly GameState[]): Driver<GameState, Move> {
  let moves: Move[] = [];
  const apply = (s: GameState, move: Move): GameState => {
    const result = applyMove(s, move);
    if (!result.ok) throw new Error(result.error.message);
    return result.state;
  };
  return {
    start: (k) => initial[k] as GameState,
    legal: (s) => {
      moves = legalMoves(s);
      return moves.length;
    },
    play: (s, i) => apply(s, moves[i] as Move),
    token: (i) => moves[i] as Move,
    replay: apply,
    snapshot: (s) => s,
    create: (k) => createGame(scenario, { seed: k }),
  };
}

function plainDriver(scenario: Scenario, seeds: readonly string[]): Driver<PlainState, number> {
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
    token: (i) => buf[i] as number,
    replay: (s, t) => {
      applyPlain(g, s, t);
      return s;
    },
    snapshot: clonePlain,
    create: (k) => initPlain(g, String(k)),
  };
}

function bgioDriver(scenario: Scenario, seeds: readonly string[]): Driver<BgState, BgAction> {
  const runner = bgioRunner(scenario);
  const initial = seeds.map((seed) => runner.init(seed));
  let moves: BgMove[] = [];
  let last: BgState | null = null;
  return {
    start: (k) => initial[k] as BgState,
    legal: (s) => {
      last = s;
      moves = s.ctx.gameover === undefined ? runner.moves(s) : [];
      return moves.length;
    },
    play: (s, i) => runner.reduce(s, runner.action(s, moves[i] as BgMove)),
    token: (i) => runner.action(last as BgState, moves[i] as BgMove),
    replay: (s, t) => runner.reduce(s, t),
    snapshot: (s) => s,
    create: (k) => runner.init(String(k)),
  };
}

function measure<S, T>(d: Driver<S, T>, games: number, timedMs: number): ImplFigures {
  // Record the games once: their moves, and every state along them.
  const tokens: T[][] = [];
  const states: S[] = [];
  let total = 0;
  for (let k = 0; k < games; k++) {
    let s = d.start(k);
    const rand = mulberry32(k);
    const line: T[] = [];
    for (;;) {
      states.push(d.snapshot(s));
      const n = d.legal(s);
      if (n === 0) break;
      const i = pickIndex(rand(), n, false);
      line.push(d.token(i));
      s = d.play(s, i);
    }
    tokens.push(line);
    total += line.length;
  }
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
  const applyMovePerSec = rate(timedMs, () => {
    for (let k = 0; k < games; k++) {
      let s = d.start(k);
      for (const t of tokens[k] ?? []) s = d.replay(s, t);
    }
    return total;
  });
  const legalMovesPerSec = rate(timedMs, () => {
    for (const s of states) d.legal(s);
    return states.length;
  });
  const createGamePerSec = rate(timedMs / 2, () => {
    for (let k = 0; k < 20; k++) d.create(k);
    return 20;
  });
  return { playoutsPerSec, applyMovePerSec, legalMovesPerSec, createGamePerSec, movesPerGame: total / games };
}

/** The seeds of the bench's random games. */
export function benchSeeds(games: number): string[] {
  return Array.from({ length: games }, (_, k) => `bench-${k}`);
}

/**
 * Measures one implementation on `games` random games of a scenario (uniform over the legal moves except
 * walk-outs, which end a random game within a few moves), each figure timed for at least `timedMs`:
 * - playouts: from each game's initial state to its end, listing the legal moves and applying the chosen one
 *   at every step, as a search's playout does;
 * - applyMove: replaying the recorded games, without listing legal moves;
 * - legalMoves: listing the legal moves of every state of the recorded games;
 * - createGame: starting a game from the scenario and a seed.
 */
export function measureImpl(impl: ImplName, scenario: Scenario, games: number, timedMs: number): ImplFigures {
  const seeds = benchSeeds(games);
  switch (impl) {
    case "parley":
    case "parleyApi": {
      const initial = seeds.map((seed) => createGame(scenario, { seed }));
      return impl === "parley"
        ? measure(parleyLean(scenario, initial), games, timedMs)
        : measure(parleyApi(scenario, initial), games, timedMs);
    }
    case "plain":
      return measure(plainDriver(scenario, seeds), games, timedMs);
    case "boardgameio":
      return measure(bgioDriver(scenario, seeds), games, timedMs);
  }
}
