/**
 * Search: Parley's `mcts` bot against boardgame.io's MCTSBot on the same game. Iterations per second at fixed
 * iteration counts, and strength at an equal time budget per move: on each seed each bot takes the same seat
 * against the same opponents (every other actor on its scenario persona, the engine's default bots, seeded
 * with the game's seed), and the bot whose seat ends with the higher utility wins the seed.
 *
 * Parley's side runs on the engine's hot path only (private copies, `applyRules` in place, never immer), as
 * the bots themselves do, so that nothing here slows the engine's search down (see throughput.ts).
 */
import type { GameState, Move, Scenario } from "@parley/engine";
import { type BgRunner, type BgState, bgioMcts, bgioRunner, type Objective } from "./boardgameio/game.js";
import { rate } from "./measure.js";
import {
  type Bot,
  createBot,
  createGame,
  leanApply,
  leanCopy,
  legalMoves,
  moveBound,
  moveKey,
  outcome,
  playGame,
} from "./parley.js";

const now = (): number => performance.now();

/** States of a game of default bots where `seat` has the floor with a real choice (two moves or more). */
export function searchPositions(scenario: Scenario, seat: string, count: number): GameState[] {
  const out: GameState[] = [];
  for (let g = 0; out.length < count && g < 50; g++) {
    const played = playGame(scenario, `positions-${g}`);
    if (!played.ok) throw new Error(played.error.message);
    const s = leanCopy(createGame(scenario, { seed: `positions-${g}` }));
    for (const move of played.value.moves) {
      if (out.length >= count) break;
      if (move.actor === seat && legalMoves(s).length > 1) out.push(leanCopy(s));
      leanApply(s, move);
    }
  }
  return out;
}

/** The boardgame.io state at the same point as an engine state, replaying its moves by index. */
export function toBgio(runner: BgRunner, state: GameState): BgState {
  const s = leanCopy(createGame(state.scenario, { seed: state.seed }));
  let b = runner.init(state.seed);
  for (const move of state.moves) {
    const k = legalMoves(s).findIndex((m) => moveKey(m) === moveKey(move));
    const bgMove = runner.moves(b)[k];
    if (bgMove === undefined) throw new Error(`move ${moveKey(move)} has no boardgame.io counterpart`);
    b = runner.reduce(b, runner.action(b, bgMove));
    leanApply(s, move);
  }
  return b;
}

/**
 * Search iterations per second of both bots over the same positions, each asked for a move at a fixed
 * iteration count, position after position, for at least `timedMs` (after a warm-up of a quarter of that).
 */
export async function iterationRates(
  scenario: Scenario,
  positions: readonly GameState[],
  options: { iterations: number; objective: Objective; timedMs: number },
): Promise<{ parley: number; boardgameio: number }> {
  const parley = rate(
    options.timedMs,
    () => {
      for (const [k, state] of positions.entries())
        createBot("mcts", { iterations: options.iterations, seed: k }).chooseMove(state);
      return positions.length * options.iterations;
    },
    options.timedMs / 4,
  );
  const runner = bgioRunner(scenario, options.objective);
  const bgStates = positions.map((p) => toBgio(runner, p));
  const round = async (): Promise<number> => {
    let iterations = 0;
    for (const [k, state] of bgStates.entries()) {
      const bot = bgioMcts(runner, {
        seed: `it-${k}`,
        playoutDepth: moveBound(scenario),
        maxIterations: options.iterations,
      });
      iterations += (await bot.play(state, state.ctx.currentPlayer, 1e9)).iterations;
    }
    return iterations;
  };
  const warm = now();
  do await round();
  while (now() - warm < options.timedMs / 4);
  let iterations = 0;
  const start = now();
  do iterations += await round();
  while (now() - start < options.timedMs);
  return { parley, boardgameio: (iterations * 1000) / (now() - start) };
}

/** One seed of the strength test: the seat's utility with each bot in it. */
export interface SeedResult {
  readonly seed: string;
  readonly parley: number;
  readonly boardgameio: number;
}

/** The seat's utility in a game where our `mcts` plays it with `budgetMs` per move. */
export function playOurs(scenario: Scenario, seat: string, seed: string, budgetMs: number): number {
  const played = playGame(scenario, seed, {
    [seat]: createBot("mcts", { seed, budget: { ms: budgetMs, now } }),
  });
  if (!played.ok) throw new Error(played.error.message);
  return outcome(played.value).utilities[seat] ?? 0;
}

/**
 * The seat's utility in a game where boardgame.io's MCTSBot plays it with `budgetMs` per move. The game runs
 * in both engines in step: the default bots choose on Parley's state, MCTSBot on boardgame.io's, and each
 * move is carried across by its index in the (identical) lists of legal moves.
 */
export async function playBgio(
  scenario: Scenario,
  runner: BgRunner,
  seat: string,
  seed: string,
  budgetMs: number,
): Promise<number> {
  const bots: Bot[] = scenario.actors.map((actor) => createBot(actor.persona, { seed }));
  const a = scenario.actors.findIndex((actor) => actor.id === seat);
  const mcts = bgioMcts(runner, { seed, playoutDepth: moveBound(scenario) });
  const s = leanCopy(createGame(scenario, { seed }));
  let b = runner.init(seed);
  while (!s.over) {
    const legal = legalMoves(s);
    const bgLegal = runner.moves(b);
    let k: number;
    if (b.ctx.currentPlayer === String(a)) {
      const { action } = await mcts.play(b, String(a), budgetMs);
      const key = JSON.stringify([action.payload.type, action.payload.args]);
      k = bgLegal.findIndex((m) => JSON.stringify([m.move, m.args]) === key);
    } else {
      const actor = scenario.actors.findIndex((x) => x.id === legal[0]?.actor);
      const chosen = bots[actor]?.chooseMove(s);
      if (chosen === undefined || !chosen.ok) throw new Error("a default bot chose no move");
      const key = moveKey(chosen.value);
      k = legal.findIndex((m) => moveKey(m) === key);
    }
    const move: Move | undefined = legal[k];
    const bgMove = bgLegal[k];
    if (move === undefined || bgMove === undefined) throw new Error(`no move ${k}`);
    leanApply(s, move);
    b = runner.reduce(b, runner.action(b, bgMove));
  }
  return outcome(s as GameState).utilities[seat] ?? 0;
}

/** The strength test over `seeds`: per seed, each bot's utility in the seat. */
export async function strength(
  scenario: Scenario,
  options: { seat: string; seeds: readonly string[]; budgetMs: number; objective: Objective },
): Promise<SeedResult[]> {
  const runner = bgioRunner(scenario, options.objective);
  const out: SeedResult[] = [];
  for (const seed of options.seeds) {
    const parley = playOurs(scenario, options.seat, seed, options.budgetMs);
    const boardgameio = await playBgio(scenario, runner, options.seat, seed, options.budgetMs);
    out.push({ seed, parley, boardgameio });
  }
  return out;
}

/** Mean utilities, and our share of seeds won (a tie counts half). */
export function summarise(results: readonly SeedResult[]): {
  parleyMean: number;
  boardgameioMean: number;
  meanUtilityDelta: number;
  wins: number;
  ties: number;
  losses: number;
  winShare: number;
} {
  const n = Math.max(1, results.length);
  let wins = 0;
  let ties = 0;
  let losses = 0;
  let ours = 0;
  let theirs = 0;
  for (const r of results) {
    ours += r.parley;
    theirs += r.boardgameio;
    // Utilities are compared at 12 decimals, as the engine's analytics do.
    const d = Math.round((r.parley - r.boardgameio) * 1e12);
    if (d > 0) wins++;
    else if (d < 0) losses++;
    else ties++;
  }
  return {
    parleyMean: ours / n,
    boardgameioMean: theirs / n,
    meanUtilityDelta: (ours - theirs) / n,
    wins,
    ties,
    losses,
    winShare: (wins + ties / 2) / n,
  };
}
