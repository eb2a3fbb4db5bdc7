/**
 * One path alone, for a CPU profile: random playouts (no walk-outs) on the simulation core (`core`: `fork`,
 * `listMoves`, `playCode`) or through the public API (`api`: `legalMoves`, `applyMove`), or new games
 * (`create`: `createGame`), for a few seconds. Run it under V8's profiler, on the sources or on the build:
 *
 *   node --cpu-prof --cpu-prof-dir=prof --import tsx --conditions=@parley/source bench/profile.ts core nrc 5
 *   npm run bench:build && node --cpu-prof --cpu-prof-dir=prof node_modules/.cache/parley-bench/bench/profile.js core nrc 5
 *
 * and open the .cpuprofile in Chrome's DevTools (Performance panel) or any cpuprofile viewer. A fourth argument
 * keeps that many states of the public API alive before the timing starts, as a game's history or a search
 * tree would (`bench/profile.ts api nrc 3 5000`): see "Keeping states alive" in BENCHMARKS.md.
 */
import type { GameState } from "@parley/engine";
import {
  applyMove,
  compiled,
  coreFork,
  coreList,
  corePlay,
  createGame,
  legalMoves,
  moveBuffer,
} from "./parley.js";
import { mulberry32, pickIndex } from "./random.js";
import { loadScenario, type ScenarioName } from "./scenarios.js";
import { initialStates } from "./throughput.js";

const path = process.argv[2] ?? "core";
const name = (process.argv[3] ?? "nrc") as ScenarioName;
const seconds = Number(process.argv[4] ?? 5);
const kept = Number(process.argv[5] ?? 0);
if (!Number.isSafeInteger(kept) || kept < 0) {
  process.stderr.write(`profile: the states to keep must be a whole number, not ${process.argv[5]}\n`);
  process.exit(1);
}
const scenario = loadScenario(name);
const c = compiled(scenario);
const initial = initialStates(scenario, 50);
const buf = moveBuffer();

/** States made by the public API and kept until the end, each one move into a game. */
const keep: GameState[] = [];
for (let k = 0; k < kept; k++) {
  const s = initial[k % initial.length] as GameState;
  const legal = legalMoves(s);
  const next = applyMove(s, legal[k % legal.length]);
  if (!next.ok) throw new Error(next.error.message);
  keep.push(next.value.state);
}

/** One game of the chosen path; returns its moves. */
function game(k: number): number {
  const rand = mulberry32(k);
  let moves = 0;
  if (path === "create") {
    createGame(scenario, { seed: `profile-${k}` });
    return 0;
  }
  if (path === "api") {
    let s = initial[k % initial.length] as GameState;
    for (;;) {
      const legal = legalMoves(s);
      if (legal.length === 0) return moves;
      const next = applyMove(s, legal[pickIndex(rand(), legal.length, false)]);
      if (!next.ok) throw new Error(next.error.message);
      s = next.value.state;
      moves++;
    }
  }
  const g = coreFork(c, initial[k % initial.length] as GameState, buf);
  for (;;) {
    const n = coreList(g);
    if (n === 0) return moves;
    corePlay(g, pickIndex(rand(), n, false));
    moves++;
  }
}

// Warm up, then time by the wall clock and by the process's CPU time (steadier on a loaded machine).
for (let k = 0; k < 200; k++) game(k % initial.length);
const start = performance.now();
const cpu = process.cpuUsage();
let games = 0;
let moves = 0;
while (performance.now() - start < seconds * 1000) {
  moves += game(games % initial.length);
  games++;
}
const ms = performance.now() - start;
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;
const per = (x: number, t: number) => Math.round((x * 1000) / t);
process.stdout.write(
  `${path} ${name}${kept > 0 ? ` (${keep.length} states kept)` : ""}: ${per(games, ms)} games/s, ${per(moves, ms)} moves/s; per CPU second ${per(games, cpuMs)} games, ${per(moves, cpuMs)} moves\n`,
);
