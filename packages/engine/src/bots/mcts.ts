import type { Draft } from "immer";
import { applyRules } from "../rules/apply.js";
import { listLegalMoves } from "../rules/check.js";
import { cloneState } from "../rules/initial.js";
import { actorUtility, hasCollapsed } from "../rules/outcome.js";
import { speaker } from "../rules/query.js";
import type { GameState } from "../rules/state.js";
import type { Persona } from "../scenario/schema.js";
import { type Move, moveKey } from "../vocabulary/moves.js";
import { randomPolicy } from "./persona.js";
import { defaultPolicy } from "./policies.js";
import type { Policy, Rng } from "./shared.js";
import type { MctsOptions } from "./types.js";

/** Default search iterations per move (each iteration plays one playout per own persona in `personas` mode). */
export const DEFAULT_ITERATIONS = 100;
/** Default UCT exploration constant. */
export const DEFAULT_EXPLORATION = 0.7;

/** The personas the search bot mixes for its own moves in playouts. */
const OWN_PLAYOUT_PERSONAS: readonly Persona[] = [
  "boulware",
  "linear",
  "conceder",
  "tit-for-tat",
  "hardliner",
];

/** A node of the (open-loop) search tree: the statistics of one line of moves from the root. */
interface SearchNode {
  visits: number;
  /** Sum of each actor's utility over the playouts through this node. */
  readonly totals: Float64Array;
  /** The best utility found through this node for the actor who chose its move. */
  best: number;
  readonly children: Map<string, SearchNode>;
  readonly move: Move | null;
}

function node(actors: number, move: Move | null): SearchNode {
  return {
    visits: 0,
    totals: new Float64Array(actors),
    best: Number.NEGATIVE_INFINITY,
    children: new Map(),
    move,
  };
}

/** Every actor's utility (`actorUtility`, rules/outcome.ts) where a playout ended. */
function rewards(state: GameState, out: Float64Array): void {
  const collapsed = hasCollapsed(state);
  for (let k = 0; k < out.length; k++) out[k] = actorUtility(state, k, collapsed);
}

/** How a node's worth is read: the mean of its playouts, or the best one (exact when play is deterministic). */
type Worth = "mean" | "best";

function worth(child: SearchNode, a: number, how: Worth): number {
  return how === "best" ? child.best : (child.totals[a] ?? 0) / child.visits;
}

/** The child to follow at a node where actor `a` moves: highest UCT score among the moves legal now. */
function select(
  parent: SearchNode,
  legal: readonly Move[],
  a: number,
  c: number,
  how: Worth,
): SearchNode | null {
  let chosen: SearchNode | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  const logN = Math.log(Math.max(1, parent.visits));
  for (const move of legal) {
    const child = parent.children.get(moveKey(move));
    if (child === undefined || child.visits === 0) continue;
    const score = worth(child, a, how) + c * Math.sqrt(logN / child.visits);
    if (score > bestScore) {
      bestScore = score;
      chosen = child;
    }
  }
  return chosen;
}

/** Plays a copy of `state` to the end (or `limit` moves), `me` with `own`, everyone else with their policy. */
function playout(
  state: GameState,
  me: number,
  own: Policy,
  policies: readonly Policy[],
  rng: Rng,
  limit: number,
  out: Float64Array,
): void {
  const s = cloneState(state);
  for (let steps = 0; !s.over && steps < limit; steps++) {
    const a = speaker(s);
    applyRules(s, (a === me ? own : (policies[a] ?? own))(s, a, rng), null);
  }
  rewards(s, out);
}

/**
 * Chooses a move for actor `me` by Monte Carlo tree search (UCT) on the rules' hot path: every iteration
 * replays its line from a private copy of the state (`cloneState` + `applyRules`; the tree is open-loop, its
 * nodes hold statistics rather than states, so a random opponent's moves are drawn afresh), expands one
 * move, and scores playouts by `actorUtility` of their final state. Every node keeps each actor's utility;
 * the actor choosing at a node picks the move best for itself (max^n). The search runs at least one
 * iteration per legal move, so that every move is tried.
 *
 * With `opponents: "personas"` (default) only `me` branches: the others play their scenario personas. Each
 * new leaf is then scored by one playout per persona that `me` could follow from there, keeping the best:
 * when the personas are deterministic (none is `random`), the game is, and the search reads a node by the
 * best line found through it. Since every root move is tried with every persona, the move chosen leads
 * to a line at least as good for `me` as every persona's own play (the improvement property of rollout
 * algorithms: the value of the best line found never falls from one move to the next); the tree looks for
 * better. With
 * `opponents: "max-n"` every actor branches, nodes are read by their mean, and playouts draw a persona for
 * `me` at random.
 */
export function mctsMove(state: GameState, me: number, rng: Rng, options: MctsOptions): Move {
  const rootMoves = listLegalMoves(state);
  const only = rootMoves[0];
  if (rootMoves.length <= 1 && only !== undefined) return only;
  const actors = state.scenario.actors.length;
  const policies: Policy[] = state.scenario.actors.map((actor) => defaultPolicy(actor.persona));
  const own: Policy[] = OWN_PLAYOUT_PERSONAS.map((p) => defaultPolicy(p));
  const searchAll = options.opponents === "max-n";
  const deterministic =
    !searchAll && state.scenario.actors.every((actor, k) => k === me || actor.persona !== "random");
  const how: Worth = deterministic ? "best" : "mean";
  const c = options.exploration ?? DEFAULT_EXPLORATION;
  const limit = options.playoutLimit ?? Number.POSITIVE_INFINITY;
  const budget = options.budget;
  const iterations =
    budget === undefined
      ? Math.max(rootMoves.length, options.iterations ?? DEFAULT_ITERATIONS)
      : Number.POSITIVE_INFINITY;
  const started = budget === undefined ? 0 : budget.now();
  const root = node(actors, null);
  const reward = new Float64Array(actors);
  const trial = new Float64Array(actors);
  const path: SearchNode[] = [];
  const movers: number[] = [];

  for (let n = 0; n < iterations; n++) {
    if (budget !== undefined && n >= rootMoves.length && budget.now() - started >= budget.ms) break;
    const s: Draft<GameState> = cloneState(state);
    let current = root;
    path.length = 0;
    movers.length = 0;
    let expanded = false;
    // Selection and expansion.
    while (!s.over && !expanded) {
      const a = speaker(s);
      if (a !== me && !searchAll) {
        applyRules(s, (policies[a] ?? own[0] ?? randomPolicy)(s, a, rng), null);
        continue;
      }
      const legal = listLegalMoves(s);
      const untried = legal.filter((m) => !current.children.has(moveKey(m)));
      let next: SearchNode | null;
      if (untried.length > 0) {
        const move = untried[Math.floor(rng() * untried.length)];
        if (move === undefined) break;
        next = node(actors, move);
        current.children.set(moveKey(move), next);
        expanded = true;
      } else {
        next = select(current, legal, a, c, how);
      }
      if (next === null || next.move === null) break;
      applyRules(s, next.move, null);
      current = next;
      path.push(current);
      movers.push(a);
    }
    // Playouts: the best of one per own persona, or one with a persona drawn at random.
    if (searchAll) {
      playout(s, me, own[Math.floor(rng() * own.length)] ?? randomPolicy, policies, rng, limit, reward);
    } else {
      reward.fill(Number.NEGATIVE_INFINITY);
      for (const policy of own) {
        playout(s, me, policy, policies, rng, limit, trial);
        if ((trial[me] ?? 0) > (reward[me] ?? 0)) reward.set(trial);
      }
    }
    root.visits++;
    for (let k = 0; k < path.length; k++) {
      const visited = path[k] as SearchNode;
      const mover = movers[k] ?? me;
      visited.visits++;
      visited.best = Math.max(visited.best, reward[mover] ?? 0);
      for (let j = 0; j < actors; j++) visited.totals[j] = (visited.totals[j] ?? 0) + (reward[j] ?? 0);
    }
  }

  // The root move worth most to `me`; ties go to the better mean (the more robust line), then to the more
  // visited, then to the rules' order.
  let chosen: Move | undefined = only;
  let chosenKey: readonly [number, number, number] = [Number.NEGATIVE_INFINITY, 0, -1];
  for (const move of rootMoves) {
    const child = root.children.get(moveKey(move));
    if (child === undefined || child.visits === 0) continue;
    const mean = (child.totals[me] ?? 0) / child.visits;
    const key = [how === "best" ? child.best : child.visits, mean, child.visits] as const;
    if (
      key[0] > chosenKey[0] ||
      (key[0] === chosenKey[0] &&
        (key[1] > chosenKey[1] || (key[1] === chosenKey[1] && key[2] > chosenKey[2])))
    ) {
      chosen = move;
      chosenKey = key;
    }
  }
  return chosen ?? { type: "pass", actor: state.scenario.actors[me]?.id ?? "" };
}
