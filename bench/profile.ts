/**
 * The hot path alone, for a CPU profile: random playouts (no walk-outs) through `cloneState`, `listLegalMoves`
 * and `applyRules`, for a few seconds. Run it under V8's profiler:
 *
 *   node --cpu-prof --cpu-prof-dir=prof --import tsx --conditions=@parley/source bench/profile.ts [nrc|week] [seconds]
 *
 * and open the .cpuprofile in Chrome's DevTools (Performance panel) or any cpuprofile viewer.
 */
import type { GameState } from "@parley/engine";
import { createGame, leanApply, leanCopy, leanMoves } from "./parley.js";
import { mulberry32, pickIndex } from "./random.js";
import { loadScenario, type ScenarioName } from "./scenarios.js";

const name = (process.argv[2] ?? "nrc") as ScenarioName;
const seconds = Number(process.argv[3] ?? 5);
const scenario = loadScenario(name);
const initial: GameState[] = Array.from({ length: 50 }, (_, k) =>
  createGame(scenario, { seed: `profile-${k}` }),
);
const start = performance.now();
let games = 0;
let moves = 0;
while (performance.now() - start < seconds * 1000) {
  const k = games % initial.length;
  const s = leanCopy(initial[k] as GameState);
  const rand = mulberry32(k);
  for (;;) {
    const legal = leanMoves(s);
    if (legal.length === 0) break;
    leanApply(s, legal[pickIndex(rand(), legal.length, false)] as (typeof legal)[number]);
    moves++;
  }
  games++;
}
const ms = performance.now() - start;
process.stdout.write(
  `${name}: ${Math.round((games * 1000) / ms)} playouts/s, ${Math.round((moves * 1000) / ms)} moves/s\n`,
);
