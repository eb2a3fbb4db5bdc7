import {
  decode,
  fork,
  forkSim,
  listMoves,
  type MoveBuffer,
  moveBuffer,
  playCode,
  type Sim,
} from "../core/index.js";
import type { CompiledScenario } from "../rules/compile.js";
import { actorUtility, gameCollapsed } from "../rules/outcome.js";
import { speaker } from "../rules/query.js";
import type { GameState } from "../rules/state.js";
import type { Persona } from "../vocabulary/lists.js";
import { seedRng } from "../vocabulary/random.js";
import { softmaxIndex, uniformIndex } from "./choice.js";
import { sampleHidden } from "./hidden.js";
import { addOffers } from "./offers.js";
import { MAX_ITERATIONS } from "./options.js";
import { outlookOf } from "./outlook.js";
import { defaultPolicy, personaPolicy } from "./persona.js";
import type { Policy, Rng } from "./policy.js";
import { PERSONA_STYLES, seatPersona } from "./style.js";
import type { MctsOptions } from "./types.js";
import { decisionOf } from "./values.js";

/** Default search iterations per move. */
export const DEFAULT_ITERATIONS = 100;
/** Default UCT exploration constant. */
export const DEFAULT_EXPLORATION = 0.7;

/**
 * How the search plays its own seat in playouts: as its default bot (its scenario persona, or its drawn
 * type's) would, except that it walks out as soon as walking out beats what it can still hope for (margin
 * 0): the search's own play is a utility maximiser's, not a persona's reluctance. The search is then a
 * rollout of that policy improved by the tree: its choice is at least as good as the policy's own, in
 * expectation, up to the noise of its playouts.
 */
const ownPolicies = new Map<Persona, Policy>();

function ownPolicy(c: CompiledScenario, me: number): Policy {
  const persona = c.scenario.actors[me]?.persona ?? "linear";
  let policy = ownPolicies.get(persona);
  if (policy === undefined) {
    policy = personaPolicy(persona === "random" ? "linear" : persona, { walkOutMargin: 0 });
    ownPolicies.set(persona, policy);
  }
  return policy;
}

/** A node of the open-loop search tree: the statistics of one line of the seat's own moves from the root. */
interface SearchNode {
  visits: number;
  /** Sum of the seat's utility over the playouts through this node. */
  total: number;
  readonly children: Map<string, SearchNode>;
}

const newNode = (): SearchNode => ({ visits: 0, total: 0, children: new Map() });

/**
 * A key for a listed move that names it the same in any state of the line: the open-loop tree keys its
 * nodes by moves, not by positions in a listing.
 */
function moveKeyOf(sim: Sim, buf: MoveBuffer, code: number): string {
  const m = decode(sim, buf, code);
  const s = sim.state as GameState;
  const target = m.target >= 0 ? (s.table[m.target]?.options.join(",") ?? "") : "";
  const terms = m.type === "propose" || m.type === "counter" ? m.options.join(",") : "";
  return `${m.type}|${m.firm ? 1 : 0}|${target}|${m.issue}|${m.r}|${terms}`;
}

/** The seat's utility where a line of play ended (or was cut short). */
function reward(c: CompiledScenario, sim: Sim, me: number): number {
  const s = sim.state as GameState;
  return actorUtility(c, s, me, gameCollapsed(c, s));
}

/** The model of another seat: its default bot (its scenario persona, or its drawn type's). */
function opponentPolicy(c: CompiledScenario, b: number): Policy {
  return defaultPolicy(c.scenario.actors[b]?.persona ?? "random");
}

/**
 * Adds the searching seat's own composed packages (those of its default persona) to a listing: the search
 * considers them beside the listed moves, at the root and at every node of its tree.
 */
function addOwnOffers(sim: Sim, buf: MoveBuffer, a: number): void {
  const s = sim.state as GameState;
  const persona = seatPersona(sim.ctx.c, s, a, sim.ctx.c.scenario.actors[a]?.persona ?? "linear", undefined);
  const style = PERSONA_STYLES[persona === "random" ? "linear" : persona];
  addOffers(decisionOf(outlookOf(sim.ctx.c, s, a), style), sim, buf);
}

/** Lists the moves of the actor on the floor, with its own composed packages when it is the searching seat. */
function listWithOffers(sim: Sim, buf: MoveBuffer, a: number, offers: boolean): number {
  const n = listMoves(sim, buf);
  if (offers && n > 0) addOwnOffers(sim, buf, a);
  return buf.count;
}

/** How long a search may run: iterations, and optionally a clock. */
interface Limits {
  readonly iterations: number;
  readonly exploration: number;
  readonly playoutLimit: number;
  readonly temperature: number;
  readonly budget: { readonly ms: number; readonly now: () => number } | undefined;
}

/** The UCT choice among the legal moves that have a child: the best mean plus the exploration bonus. */
function select(node: SearchNode, keys: readonly string[], exploration: number): number {
  let chosen = -1;
  let best = Number.NEGATIVE_INFINITY;
  const logN = Math.log(Math.max(1, node.visits));
  for (let k = 0; k < keys.length; k++) {
    const child = node.children.get(keys[k] ?? "");
    if (child === undefined || child.visits === 0) continue;
    const score = child.total / child.visits + exploration * Math.sqrt(logN / child.visits);
    if (score > best) {
      best = score;
      chosen = k;
    }
  }
  return chosen;
}

/** One iteration: a drawn world, down the tree, one new move, a playout; the reward backed up the path. */
function iterate(
  c: CompiledScenario,
  base: GameState,
  me: number,
  root: SearchNode,
  limits: Limits,
  rng: Rng,
  scratch: { types: number[]; reservations: number[]; buf: MoveBuffer; path: SearchNode[] },
): void {
  sampleHidden(c, base, me, rng, scratch.types, scratch.reservations);
  const world = {
    ...base,
    types: [...scratch.types],
    reservations: scratch.reservations,
    rng: seedRng(`${rng()}`),
  };
  const sim = fork(c, world as GameState, false);
  const own = ownPolicy(c, me);
  const buf = scratch.buf;
  const path = scratch.path;
  path.length = 0;
  path.push(root);
  let node: SearchNode | null = root;
  let steps = 0;
  while (!(sim.state as GameState).over && steps < limits.playoutLimit) {
    const a = speaker(c, sim.state as GameState);
    const mine = a === me;
    const n = listWithOffers(sim, buf, a, mine && node !== null);
    if (n === 0) break;
    let k: number;
    if (mine && node !== null) {
      const keys: string[] = [];
      for (let j = 0; j < n; j++) keys.push(moveKeyOf(sim, buf, buf.codes[j] ?? 0));
      const untried: number[] = [];
      for (let j = 0; j < n; j++) if (!node.children.has(keys[j] ?? "")) untried.push(j);
      if (untried.length > 0) {
        k = untried[uniformIndex(untried.length, rng)] ?? 0;
        const child = newNode();
        node.children.set(keys[k] ?? "", child);
        path.push(child);
        node = null;
      } else {
        k = select(node, keys, limits.exploration);
        if (k < 0) k = 0;
        node = node.children.get(keys[k] ?? "") ?? null;
        if (node !== null) path.push(node);
      }
    } else {
      const policy = mine ? own : opponentPolicy(c, a);
      k = policy(sim, buf, a, rng);
    }
    playCode(sim, buf, buf.codes[k] ?? 0);
    steps++;
  }
  const r = reward(c, sim, me);
  for (const visited of path) {
    visited.visits++;
    visited.total += r;
  }
}

/**
 * The search bot's policy: Monte Carlo tree search (UCT) over the seat's own moves, on the simulation core.
 * Each iteration draws the others' hidden types and reservations from the scenario's public distributions
 * (and a fresh generator for the events), so it never reads them; forks the seat's position once; follows
 * the open-loop tree (its nodes hold statistics of the seat's own lines of moves, keyed by move); adds one
 * new move; and plays out to the end with every other seat on its default persona (its drawn type's) and
 * its own seat on a persona drawn per iteration. The reward is the seat's utility where the line ended
 * (`actorUtility`, with a collapse's reservation and the walk-out's cost). It stops after its iterations or
 * when the budget's clock runs out, whichever comes first, and never after `MAX_ITERATIONS`.
 */
export function mctsPolicy(options: MctsOptions): Policy {
  const limits: Limits = {
    iterations: Math.min(
      MAX_ITERATIONS,
      options.iterations ?? (options.budget === undefined ? DEFAULT_ITERATIONS : MAX_ITERATIONS),
    ),
    exploration: options.exploration ?? DEFAULT_EXPLORATION,
    playoutLimit: options.playoutLimit ?? Number.POSITIVE_INFINITY,
    temperature: options.temperature ?? 0,
    budget: options.budget,
  };
  return (sim, buf, me, rng) => {
    const c = sim.ctx.c;
    addOwnOffers(sim, buf, me);
    if (buf.count <= 1) return 0;
    const base = forkSim(sim, false).state as GameState;
    const root = newNode();
    const rootKeys: string[] = [];
    for (let k = 0; k < buf.count; k++) rootKeys.push(moveKeyOf(sim, buf, buf.codes[k] ?? 0));
    const scratch = {
      types: c.scenario.actors.map(() => -1),
      reservations: c.scenario.actors.map((a) => a.reservation),
      buf: moveBuffer(),
      path: [] as SearchNode[],
    };
    const budget = limits.budget;
    const started = budget === undefined ? 0 : budget.now();
    for (let n = 0; n < limits.iterations; n++) {
      if (budget !== undefined && n > 0) {
        const elapsed = budget.now() - started;
        if (!(elapsed < budget.ms)) break;
      }
      iterate(c, base, me, root, limits, rng, scratch);
    }
    const means = new Float64Array(buf.count).fill(Number.NEGATIVE_INFINITY);
    let tried = 0;
    for (let k = 0; k < buf.count; k++) {
      const child = root.children.get(rootKeys[k] ?? "");
      if (child === undefined || child.visits === 0) continue;
      means[k] = child.total / child.visits;
      tried++;
    }
    if (tried === 0) return 0;
    return softmaxIndex(means, buf.count, limits.temperature, rng);
  };
}
