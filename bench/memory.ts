/**
 * Bytes per game state and per saved game.
 *
 * Three measures of a state, each over every state of the bench's recorded random games (see throughput.ts):
 * - `json`: the length of the state's own data as JSON (Parley: `stateJson`, which leaves out the shared
 *   scenario; plain: its flat state; boardgame.io: the whole state object it stores, `G`, `ctx`, plugins).
 * - `copy`: heap bytes per private copy to play on (Parley: the core's `fork`, which is the state's copy with
 *   its live generator and scratch move; plain: `clonePlain`; boardgame.io: `structuredClone` of a state, as it
 *   has no copy of its own since its states are immutable): the heap in use after a full garbage collection,
 *   before and after making copies of all the states, divided by the number of copies. The scenario and
 *   compiled tables are shared, not counted.
 * - `history`: heap bytes per state when every state of a game is kept, as an undo history or a replay
 *   viewer keeps them (immutable states share what did not change: Parley's API copies only what the rules
 *   may change, boardgame.io shares through immer): heap after playing and keeping the games, less the heap
 *   before, over the states kept.
 * Heap figures use V8's `gc` and `process.memoryUsage().heapUsed`; they include the objects' headers and the
 * arrays' spare capacity, which JSON lengths do not.
 */
import type { GameState, Move, ValidScenario } from "@parley/engine";
import { type BgAction, type BgRunner, type BgState, bgioRunner } from "./boardgameio/game.js";
import { heapUsed } from "./measure.js";
import { applyMove, compiled, coreFork, legalMoves, serialize, stateJson } from "./parley.js";
import {
  applyPlain,
  clonePlain,
  compilePlain,
  initPlain,
  legalPlain,
  type PlainState,
} from "./plain/rules.js";
import { mulberry32, pickIndex } from "./random.js";
import { benchSeeds, initialStates, type PerImpl } from "./throughput.js";

/** The bench's random games of a scenario played through every implementation in step, every state kept. */
export interface GameSet {
  readonly scenario: ValidScenario;
  readonly bgio: BgRunner;
  readonly api: readonly GameState[];
  readonly bgioInit: readonly BgState[];
  readonly apiStates: readonly GameState[];
  readonly finals: readonly GameState[];
  readonly plainStates: readonly PlainState[];
  readonly bgioStates: readonly BgState[];
  readonly bgioFinals: readonly BgState[];
  readonly moves: readonly (readonly Move[])[];
  readonly actions: readonly (readonly BgAction[])[];
}

/** Plays the bench's `games` random games (the ones throughput.ts times) through every implementation. */
export function gameSet(scenario: ValidScenario, games: number): GameSet {
  const plain = compilePlain(scenario);
  const bgio = bgioRunner(scenario);
  const seeds = benchSeeds(games);
  const api = initialStates(scenario, games);
  const bgioInit = seeds.map((seed) => bgio.init(seed));
  const apiStates: GameState[] = [];
  const finals: GameState[] = [];
  const plainStates: PlainState[] = [];
  const bgioStates: BgState[] = [];
  const bgioFinals: BgState[] = [];
  const moves: Move[][] = [];
  const actions: BgAction[][] = [];
  const buf: number[] = [];
  seeds.forEach((seed, k) => {
    let s = api[k] as GameState;
    const p = initPlain(plain, seed);
    let b = bgioInit[k] as BgState;
    const rand = mulberry32(k);
    const gameMoves: Move[] = [];
    const gameActions: BgAction[] = [];
    for (;;) {
      apiStates.push(s);
      plainStates.push(clonePlain(p));
      bgioStates.push(b);
      const legal = legalMoves(s);
      if (legal.length === 0) break;
      legalPlain(plain, p, buf);
      const i = pickIndex(rand(), legal.length, false);
      const move = legal[i] as Move;
      const result = applyMove(s, move);
      if (!result.ok) throw new Error(result.error.message);
      s = result.value.state;
      applyPlain(plain, p, buf[i] as number);
      const action = bgio.action(b, bgio.moves(b)[i] ?? { move: "pass", args: [] });
      b = bgio.reduce(b, action);
      gameMoves.push(move);
      gameActions.push(action);
    }
    finals.push(s);
    bgioFinals.push(b);
    moves.push(gameMoves);
    actions.push(gameActions);
  });
  return {
    scenario,
    bgio,
    api,
    bgioInit,
    apiStates,
    finals,
    plainStates,
    bgioStates,
    bgioFinals,
    moves,
    actions,
  };
}

export interface StateBytes {
  readonly json: PerImpl;
  readonly copy: PerImpl;
  readonly history: { readonly api: number; readonly boardgameio: number };
}

const mean = (xs: readonly number[]): number => xs.reduce((x, y) => x + y, 0) / Math.max(1, xs.length);

function heapPer<T>(count: number, make: () => T[]): number {
  const before = heapUsed();
  const kept = make();
  const after = heapUsed();
  if (kept.length !== count) throw new Error("kept the wrong number of objects");
  return (after - before) / count;
}

/** The three measures over the bench's random games. */
export function stateBytes(set: GameSet): StateBytes {
  const parleyJson = mean(set.apiStates.map((s) => stateJson(s).length));
  const json: PerImpl = {
    core: parleyJson,
    api: parleyJson,
    plain: mean(set.plainStates.map((s) => JSON.stringify(s).length)),
    boardgameio: mean(set.bgioStates.map((s) => JSON.stringify(s).length)),
  };
  const n = set.apiStates.length;
  const c = compiled(set.scenario);
  const parleyCopy = heapPer(n, () => set.apiStates.map((s) => coreFork(c, s)));
  const copy: PerImpl = {
    core: parleyCopy,
    api: parleyCopy,
    plain: heapPer(n, () => set.plainStates.map((s: PlainState) => clonePlain(s))),
    boardgameio: heapPer(n, () => set.bgioStates.map((s: BgState) => structuredClone(s))),
  };
  const history = {
    api: heapPer(n, () => {
      const kept: GameState[] = [];
      set.moves.forEach((moves: readonly Move[], k) => {
        let s = set.api[k] as GameState;
        kept.push(s);
        for (const move of moves) {
          const next = applyMove(s, move);
          if (!next.ok) throw new Error(next.error.message);
          s = next.value.state;
          kept.push(s);
        }
      });
      return kept;
    }),
    boardgameio: heapPer(n, () => {
      const kept: BgState[] = [];
      set.actions.forEach((actions, k) => {
        let s = set.bgioInit[k] as BgState;
        kept.push(s);
        for (const action of actions) {
          s = set.bgio.reduce(s, action);
          kept.push(s);
        }
      });
      return kept;
    }),
  };
  return { json, copy, history };
}

/** Sizes of saves of finished games: Parley's `serialize`, and boardgame.io's state as JSON (what it stores). */
export interface SaveBytes {
  readonly parleyMean: number;
  readonly parleyMax: number;
  readonly boardgameioMean: number;
  readonly boardgameioMax: number;
  readonly games: number;
  readonly meanMoves: number;
}

/** Save sizes of the finished random games of a game set. */
export function saveBytes(set: GameSet): SaveBytes {
  const parley = set.finals.map((s) => {
    const saved = serialize(s);
    if (!saved.ok) throw new Error(saved.error.message);
    return saved.value.length;
  });
  const bg = set.bgioFinals.map((s) => JSON.stringify(s).length);
  return {
    parleyMean: mean(parley),
    parleyMax: Math.max(...parley),
    boardgameioMean: mean(bg),
    boardgameioMax: Math.max(...bg),
    games: set.finals.length,
    meanMoves: mean(set.finals.map((s) => s.moveCount)),
  };
}
