/**
 * The soak bench (issue 13): many consecutive games in one process through the public API, with the heap
 * after a full garbage collection read at intervals, to show that nothing the engine keeps between games
 * (its memos of compiled scenarios and bargains, the scenarios it validated) grows with the number of
 * games.
 *
 * The games rotate over the bench's three scenarios and two format-2 test scenarios that use the model-2
 * rules (packages with their bargain memo, mediators, hidden types): random legal moves (walk-outs left out)
 * through `createGame`, `legalMoves` and `applyMove`, then `outcome` and `stateHash`; every tenth game is
 * saved and loaded again (`serialize`, `deserialize`: the load rebuilds the game move by move), and every
 * hundredth replaces its scenario with a newly parsed copy of the same file, so that memos keyed by scenario
 * object see new keys throughout the run (and must let the old ones go).
 */
import type { GameState, Move, ValidScenario } from "@parley/engine";
import { readJson } from "./files.js";
import { heapUsed } from "./measure.js";
import {
  applyMove,
  createGame,
  deserialize,
  legalMoves,
  outcome,
  parseScenario,
  serialize,
  stateHash,
} from "./parley.js";
import { mulberry32 } from "./random.js";
import { SCENARIO_FILES } from "./scenarios.js";

/** The files the soak plays: the bench's scenarios and two that use the model-2 rules. */
const SOAK_FILES: readonly string[] = [
  SCENARIO_FILES.nrc,
  SCENARIO_FILES.week,
  SCENARIO_FILES.harbour,
  "tests/fixtures/package-summit.json",
  "tests/fixtures/mediated-talks.json",
];

/** The heap after a full collection, after `games` games. */
export interface HeapPoint {
  readonly games: number;
  readonly bytes: number;
}

export interface SoakFigures {
  readonly games: number;
  readonly moves: number;
  readonly seconds: number;
  /** Heap after collection: before the first game, then every `every` games. */
  readonly heap: readonly HeapPoint[];
}

function parsed(file: string): ValidScenario {
  const result = parseScenario(readJson(file));
  if (!result.ok) throw new Error(`${file}: ${result.error[0]?.message}`);
  return result.value;
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** One game of random legal moves (never a walk-out) through the public API; returns its final state. */
function playRandom(scenario: ValidScenario, seed: string, rand: () => number): GameState {
  let state = unwrap(createGame(scenario, { seed }));
  for (;;) {
    const legal = legalMoves(state);
    if (legal.length === 0) return state;
    let k = Math.floor(rand() * legal.length);
    if ((legal[k] as Move).type === "walk-out") k = (k + 1) % legal.length;
    state = unwrap(applyMove(state, legal[k])).state;
  }
}

/** Plays `games` games, reading the heap after collection every `every` games. */
export function soak(games: number, every: number): SoakFigures {
  const scenarios = SOAK_FILES.map(parsed);
  const heap: HeapPoint[] = [{ games: 0, bytes: heapUsed() }];
  const started = performance.now();
  let moves = 0;
  for (let g = 0; g < games; g++) {
    const which = g % scenarios.length;
    if (g % 100 === 99) scenarios[which] = parsed(SOAK_FILES[which] as string);
    const scenario = scenarios[which] as ValidScenario;
    const state = playRandom(scenario, `soak-${g}`, mulberry32(g));
    moves += state.moveCount;
    const hash = stateHash(state);
    if (!outcome(state).finished) throw new Error(`soak game ${g} did not finish`);
    if (g % 10 === 0) {
      const loaded = deserialize(scenario, unwrap(serialize(state)));
      if (!loaded.ok || stateHash(loaded.value) !== hash)
        throw new Error(`soak game ${g}: the save did not load`);
    }
    if ((g + 1) % every === 0) heap.push({ games: g + 1, bytes: heapUsed() });
  }
  return { games, moves, seconds: (performance.now() - started) / 1000, heap };
}
