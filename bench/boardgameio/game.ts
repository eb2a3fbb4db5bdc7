/**
 * The rules of docs/rules.md as a boardgame.io 0.50 game, and the one place where boardgame.io's loose types
 * meet ours (its public types use `any`; the casts below are narrow and stay in this file).
 *
 * The game keeps bench/plain's state as its `G` and runs bench/plain's rules inside its moves, so that what is
 * measured is what boardgame.io adds around the same rules: its reducer and flow (turn order, `endIf`), immer
 * (moves mutate a draft of `G`), the random plugin (random injects draw with `random.Number()`, the same
 * seedrandom alea as the engine, seeded with the game's seed), the log and events plugins, and `ai.enumerate`
 * listing the legal moves as `{ move, args }` in the engine's order. Moves are named as the engine's move
 * types, with the engine's fields as arguments in scenario ids, and refuse an illegal call with INVALID_MOVE.
 *
 * 0.50 ships CommonJS whose subpath folders an ES module cannot import, so it is loaded with `createRequire`.
 */
import { createRequire } from "node:module";
import type { Scenario } from "@parley/engine";
import type { Game, State } from "boardgame.io";
import { MOVE_TYPES } from "../parley.js";
import {
  applyPlain,
  codeOf,
  compilePlain,
  type Format1Move,
  format1Move,
  initPlain,
  isLegalPlain,
  legalPlain,
  type PlainGame,
  type PlainState,
  speakerOf,
  utilitiesPlain,
} from "../plain/rules.js";

type Internal = typeof import("boardgame.io/internal");
type Ai = typeof import("boardgame.io/ai");
type Core = typeof import("boardgame.io/core");

const require = createRequire(import.meta.url);

/** boardgame.io's modules, loaded on first use (so that a caller can set NODE_ENV before). */
let modules: { internal: Internal; ai: Ai; core: Core } | null = null;
function bgio(): { internal: Internal; ai: Ai; core: Core } {
  modules ??= {
    internal: require("boardgame.io/internal") as Internal,
    ai: require("boardgame.io/ai") as Ai,
    core: require("boardgame.io/core") as Core,
  };
  return modules;
}

/** A boardgame.io state of this game. */
export type BgState = State<PlainState>;

/** What `endIf` returns: every actor's utility, by actor index. */
export interface BgGameover {
  readonly utilities: readonly number[];
  /** Set for boardgame.io's MCTSBot, which reads only these. */
  readonly score?: number;
  readonly winner?: string;
  readonly draw?: boolean;
}

/** One legal move as `ai.enumerate` lists it. */
export interface BgMove {
  readonly move: string;
  readonly args: string[];
}

/** A MAKE_MOVE action, as the reducer takes it. */
export interface BgAction {
  readonly type: "MAKE_MOVE";
  readonly payload: { readonly type: string; readonly args: readonly string[]; readonly playerID: string };
}

/** How the game's end is reported to boardgame.io's MCTSBot (see `bgioGame`). */
export type Objective =
  | { readonly kind: "utilities" }
  | { readonly kind: "score"; readonly seat: number }
  | { readonly kind: "winner" };

function argsOf(move: Format1Move): string[] {
  switch (move.type) {
    case "statement":
      return [move.tone];
    case "propose":
    case "counter":
      return [move.issue, move.option];
    case "accept":
    case "reject":
    case "concede":
      return [move.issue];
    case "reaffirm":
    case "cross":
      return [move.redLine];
    default:
      return [];
  }
}

/** The legal moves of the player on the floor, as `ai.enumerate` lists them. */
export function enumerateMoves(g: PlainGame, G: PlainState): BgMove[] {
  const codes: number[] = [];
  const n = legalPlain(g, G, codes);
  const out: BgMove[] = [];
  for (let k = 0; k < n; k++) {
    const move = format1Move(g, G, codes[k] ?? 0);
    out.push({ move: move.type, args: argsOf(move) });
  }
  return out;
}

function gameover(g: PlainGame, G: PlainState, objective: Objective): BgGameover {
  const utilities = utilitiesPlain(g, G);
  switch (objective.kind) {
    case "utilities":
      return { utilities };
    case "score":
      return { utilities, score: utilities[objective.seat] ?? 0 };
    case "winner": {
      // The actor with the highest utility wins; a tie at the top is a draw.
      const best = Math.max(...utilities);
      const top = utilities.flatMap((u, a) => (u === best ? [a] : []));
      return top.length === 1 ? { utilities, winner: String(top[0]) } : { utilities, draw: true };
    }
  }
}

/**
 * The boardgame.io game of a scenario. `objective` only changes what `endIf` reports, which only boardgame.io's
 * MCTSBot reads: `score` (the seat's utility: boardgame.io's MCTS adds it to every node, so it maximises that
 * seat's utility throughout the tree) or `winner` (the actor with the highest utility wins: each node maximises
 * its own mover's chance to come out on top).
 */
export function bgioGame(
  scenario: Scenario,
  objective: Objective = { kind: "utilities" },
  compiled?: PlainGame,
): Game<PlainState> {
  const g = compiled ?? compilePlain(scenario);
  const moves: Record<
    string,
    (
      context: { G: PlainState; playerID: string; random: { Number(): number } },
      ...args: unknown[]
    ) => unknown
  > = {};
  for (const type of MOVE_TYPES) {
    moves[type] = ({ G, playerID, random }, ...args) => {
      const code = codeOf(g, G, type, args);
      if (code < 0 || String(speakerOf(g, G)) !== playerID || !isLegalPlain(g, G, code))
        return bgio().core.INVALID_MOVE;
      applyPlain(g, G, code, () => random.Number());
      return undefined;
    };
  }
  return {
    name: `parley-${scenario.id}`,
    setup: () => initPlain(g, ""),
    moves: moves as NonNullable<Game<PlainState>["moves"]>,
    turn: {
      minMoves: 1,
      maxMoves: 1,
      order: {
        first: ({ G }) => Math.max(0, speakerOf(g, G)),
        next: ({ G }) => Math.max(0, speakerOf(g, G)),
      },
    },
    endIf: ({ G }) => (G.over ? gameover(g, G, objective) : undefined),
    ai: { enumerate: (G: PlainState) => enumerateMoves(g, G) },
  };
}

/** A game ready to play: processed once, with its reducer and its compiled rules. */
export interface BgRunner {
  readonly g: PlainGame;
  readonly game: Game<PlainState>;
  /** A new match of this game with a seed (boardgame.io's `game.seed`). */
  init(seed: string): BgState;
  /** The reducer: applies an action, returning the next state (with an error in `transients` if refused). */
  reduce(state: BgState, action: BgAction): BgState & { transients?: { error?: unknown } };
  moves(state: BgState): BgMove[];
  action(state: BgState, move: BgMove): BgAction;
  over(state: BgState): boolean;
  utilities(state: BgState): readonly number[];
}

/** Processes the game once and wraps boardgame.io's core: `InitializeGame` and `CreateGameReducer`. */
export function bgioRunner(scenario: Scenario, objective: Objective = { kind: "utilities" }): BgRunner {
  const g = compilePlain(scenario);
  const { internal } = bgio();
  const game = internal.ProcessGameConfig(bgioGame(scenario, objective, g)) as Game<PlainState>;
  const reducer = internal.CreateGameReducer({ game });
  return {
    g,
    game,
    // `seed` is read only by the random plugin's setup, so a processed game can be re-seeded per match.
    init: (seed) => internal.InitializeGame({ game: { ...game, seed }, numPlayers: g.nA }) as BgState,
    reduce: (state, action) =>
      reducer(state, action as Parameters<typeof reducer>[1]) as BgState & {
        transients?: { error?: unknown };
      },
    moves: (state) => enumerateMoves(g, state.G),
    action: (state, move) => ({
      type: "MAKE_MOVE",
      payload: { type: move.move, args: move.args, playerID: state.ctx.currentPlayer },
    }),
    over: (state) => state.ctx.gameover !== undefined,
    utilities: (state) =>
      (state.ctx.gameover as BgGameover | undefined)?.utilities ?? utilitiesPlain(g, state.G),
  };
}

/** boardgame.io's MCTSBot on this game, with a per-move time budget instead of a fixed iteration count. */
export interface BgMcts {
  /** Picks a move for `playerID` within `budgetMs`; returns it with the number of iterations run. */
  play(state: BgState, playerID: string, budgetMs: number): Promise<{ action: BgAction; iterations: number }>;
}

/**
 * boardgame.io's MCTSBot runs a fixed number of iterations, in chunks of 25, calling `iterationCallback`
 * after each chunk; to give it a time budget, the callback ends the search once the budget is spent (by
 * setting the bot's iteration counter past the limit). `playoutDepth` defaults to 50 moves, after which a
 * playout counts as nothing; the bench passes the scenario's move bound so that playouts reach the end.
 */
export function bgioMcts(
  runner: BgRunner,
  options: { seed: string; playoutDepth: number; maxIterations?: number },
): BgMcts {
  const { ai } = bgio();
  let deadline = 0;
  let iterations = 0;
  const bot = new ai.MCTSBot({
    game: runner.game,
    enumerate: runner.game.ai?.enumerate ?? (() => []),
    seed: options.seed,
    iterations: options.maxIterations ?? 1_000_000_000,
    playoutDepth: options.playoutDepth,
    iterationCallback: ({ iterationCounter }) => {
      iterations = iterationCounter;
      if (performance.now() >= deadline)
        (bot as unknown as { iterationCounter: number }).iterationCounter = Infinity;
    },
  });
  return {
    async play(state, playerID, budgetMs) {
      deadline = performance.now() + budgetMs;
      iterations = 0;
      const { action } = await bot.play(state, playerID);
      if (action === undefined || action === null || action.type !== "MAKE_MOVE")
        throw new Error("MCTSBot found no move");
      const payload = action.payload as { type: string; args?: readonly string[] | null };
      return {
        action: { type: "MAKE_MOVE", payload: { type: payload.type, args: payload.args ?? [], playerID } },
        iterations,
      };
    },
  };
}
