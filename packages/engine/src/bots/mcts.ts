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
import { softmaxIndex } from "./choice.js";
import { sampleHidden } from "./hidden.js";
import { addOffers } from "./offers.js";
import { MAX_ITERATIONS } from "./options.js";
import { outlookOf } from "./outlook.js";
import { defaultPolicy, personaPolicy } from "./persona.js";
import type { Policy, Rng } from "./policy.js";
import { type Style, seatPersona, styleOf } from "./style.js";
import type { MctsOptions } from "./types.js";
import { decisionOf, valueMoves } from "./values.js";

/** Default search iterations per move. */
export const DEFAULT_ITERATIONS = 100;
/** Default PUCT exploration constant (rewards are utilities in [0, 1]). */
export const DEFAULT_EXPLORATION = 0.3;

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

const ownStyles = new Map<Persona, Style>();

/** The style of the search's own play: its persona's, walking out as soon as that pays (see `ownPolicy`). */
function ownStyle(persona: Persona): Style {
  const played = persona === "random" ? "linear" : persona;
  let style = ownStyles.get(played);
  if (style === undefined) {
    style = styleOf(played, { walkOutMargin: 0 });
    ownStyles.set(played, style);
  }
  return style;
}

/** Softmax temperature turning the seat's own move values into the search's priors. */
const PRIOR_TEMPERATURE = 0.1;

let priorScratch = new Float64Array(64);

/**
 * Lists the searching seat's moves (with its own composed packages, those of its default persona) and
 * writes their priors into `priors`: the softmax of its persona's move values. The search tries first what
 * its own playouts would play, and looks further where playouts say it pays.
 */
function listOwn(sim: Sim, buf: MoveBuffer, a: number, priors: Float64Array): number {
  const n = listMoves(sim, buf);
  if (n === 0) return 0;
  const s = sim.state as GameState;
  const c = sim.ctx.c;
  const persona = seatPersona(c, s, a, c.scenario.actors[a]?.persona ?? "linear", undefined);
  const d = decisionOf(outlookOf(c, s, a), ownStyle(persona));
  addOffers(d, sim, buf);
  if (priorScratch.length < buf.count) priorScratch = new Float64Array(buf.count * 2);
  valueMoves(d, sim, buf, priorScratch);
  let top = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < buf.count; k++) top = Math.max(top, priorScratch[k] ?? 0);
  let total = 0;
  for (let k = 0; k < buf.count; k++) {
    const p = Math.exp(((priorScratch[k] ?? 0) - top) / PRIOR_TEMPERATURE);
    priors[k] = p;
    total += p;
  }
  for (let k = 0; k < buf.count; k++) priors[k] = (priors[k] ?? 0) / total;
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

/**
 * The PUCT choice at a node (as in AlphaZero): the move with the best mean reward plus an exploration bonus
 * that grows with its prior and shrinks with its visits. A move not tried yet counts at the node's mean.
 */
function select(
  node: SearchNode,
  keys: readonly string[],
  priors: Float64Array,
  exploration: number,
): number {
  let chosen = 0;
  let best = Number.NEGATIVE_INFINITY;
  const mean = node.visits === 0 ? 0 : node.total / node.visits;
  const sqrtN = Math.sqrt(node.visits + 1);
  for (let k = 0; k < keys.length; k++) {
    const child = node.children.get(keys[k] ?? "");
    const n = child?.visits ?? 0;
    const q = child === undefined || n === 0 ? mean : child.total / n;
    const score = q + (exploration * (priors[k] ?? 0) * sqrtN) / (1 + n);
    if (score > best) {
      best = score;
      chosen = k;
    }
  }
  return chosen;
}

/** What an iteration reuses: the drawn world's arrays, a move buffer, the path and the priors. */
interface Scratch {
  readonly types: number[];
  readonly reservations: number[];
  readonly buf: MoveBuffer;
  readonly path: SearchNode[];
  priors: Float64Array;
}

/** One iteration: a drawn world, down the tree (one new node), a playout; the reward backed up the path. */
function iterate(
  c: CompiledScenario,
  base: GameState,
  me: number,
  root: SearchNode,
  limits: Limits,
  rng: Rng,
  scratch: Scratch,
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
    let k: number;
    if (a === me && node !== null) {
      if (scratch.priors.length < 256) scratch.priors = new Float64Array(256);
      const n = listOwn(sim, buf, a, scratch.priors);
      if (n === 0) break;
      const keys: string[] = [];
      for (let j = 0; j < n; j++) keys.push(moveKeyOf(sim, buf, buf.codes[j] ?? 0));
      k = select(node, keys, scratch.priors, limits.exploration);
      const key = keys[k] ?? "";
      let child = node.children.get(key);
      if (child === undefined) {
        child = newNode();
        node.children.set(key, child);
        node = null;
      } else node = child;
      path.push(child);
    } else {
      if (listMoves(sim, buf) === 0) break;
      k = (a === me ? own : opponentPolicy(c, a))(sim, buf, a, rng);
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
    const priors = new Float64Array(Math.max(64, buf.count * 4));
    listOwn(sim, buf, me, priors);
    if (buf.count <= 1) return 0;
    const base = forkSim(sim, false).state as GameState;
    const root = newNode();
    const rootKeys: string[] = [];
    for (let k = 0; k < buf.count; k++) rootKeys.push(moveKeyOf(sim, buf, buf.codes[k] ?? 0));
    const scratch: Scratch = {
      types: c.scenario.actors.map(() => -1),
      reservations: c.scenario.actors.map((a) => a.reservation),
      buf: moveBuffer(),
      path: [],
      priors: new Float64Array(256),
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
    return rootChoice(root, rootKeys, priors, limits.temperature, rng);
  };
}

/**
 * The move the search plays: the most visited root move (PUCT sends its visits where the mean reward is
 * best), ties to the better mean, then to the higher prior. With a temperature, a softmax over the visited
 * moves' mean rewards instead.
 */
function rootChoice(
  root: SearchNode,
  keys: readonly string[],
  priors: Float64Array,
  temperature: number,
  rng: Rng,
) {
  const n = keys.length;
  if (temperature > 0) {
    const means = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
    for (let k = 0; k < n; k++) {
      const child = root.children.get(keys[k] ?? "");
      if (child !== undefined && child.visits > 0) means[k] = child.total / child.visits;
    }
    return softmaxIndex(means, n, temperature, rng);
  }
  let chosen = 0;
  let best: readonly [number, number, number] = [-1, Number.NEGATIVE_INFINITY, -1];
  for (let k = 0; k < n; k++) {
    const child = root.children.get(keys[k] ?? "");
    const visits = child?.visits ?? 0;
    const key = [
      visits,
      visits === 0 ? Number.NEGATIVE_INFINITY : (child?.total ?? 0) / visits,
      priors[k] ?? 0,
    ] as const;
    if (
      key[0] > best[0] ||
      (key[0] === best[0] && (key[1] > best[1] || (key[1] === best[1] && key[2] > best[2])))
    ) {
      best = key;
      chosen = k;
    }
  }
  return chosen;
}
