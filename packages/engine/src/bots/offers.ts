import type { MoveBuffer, Sim } from "../core/index.js";
import { onAgenda, proposalCovering } from "../rules/query.js";
import type { GameState } from "../rules/state.js";
import { type PackageSpace, packageAt, packageSpace } from "./compose.js";
import {
  addChoice,
  addIssue,
  blockedFor,
  clearLevel,
  offeredAt,
  prepareIssue,
  slackAt,
  type TermsTable,
  termsTable,
  weightedFor,
} from "./sums.js";
import { EPS, pushTerms } from "./terms.js";
import { type Decision, summedTermsValue } from "./values.js";

/**
 * The packages a persona composes itself, beside the bounded set the rules list: over the meeting's open
 * agenda issues, the packages it values most as a proposal (its logrolling offers: terms that give on what
 * matters less to it to gain on what matters more, in the form the other parties are most likely to
 * accept; the mediator's: the parties' bargain). Added to the buffer as legal moves, valued with the rest.
 *
 * The search is exact and fast: the packages are enumerated digit by digit in increasing issue order, so a
 * package's sums (`sums.ts`) extend its prefix's; and a party skips every package it could not table itself
 * (one of its own red lines in the way, or worth less to it than its positions) a prefix at a time. The
 * result is the same as valuing every package of the space with `termsMoveValue` in space order.
 */

/** How many of its best packages per set of issues a persona adds. */
const OFFERS_PER_SPACE = 2;

/**
 * Margin on the bound that skips a prefix none of whose packages the actor accepts: far above the rounding of
 * a sum of a few dozen values in [0, 1], so that only prefixes that certainly fail are skipped.
 */
const BOUND_MARGIN = 1e-9;

/** One search over a package space: what the walk reads and the best packages so far. */
interface Search {
  readonly d: Decision;
  readonly t: TermsTable;
  readonly move: { type: "propose" | "counter"; options: number[] };
  /** The space's issues in walking order (increasing), their options and their digit's stride in the space. */
  readonly issues: number[];
  readonly options: (readonly number[])[];
  readonly strides: number[];
  /** Whether the actor must accept the packages itself, and the bound that skips prefixes it cannot. */
  readonly own: boolean;
  /** `rest[k]`: the most the issues from walking depth k on can add to the actor's offered sum. */
  readonly rest: number[];
  /** The least offered sum a package needs (less the margin); -Infinity when nothing is skipped by bound. */
  readonly needed: number;
  best: number[];
  values: number[];
}

/** Keeps package `n` with value `v` if it is among the best: higher value first, then lower index. */
function keep(search: Search, n: number, v: number): void {
  const { best, values } = search;
  let k = best.length;
  while (k > 0 && (v > (values[k - 1] ?? 0) || (v === values[k - 1] && n < (best[k - 1] ?? 0)))) k--;
  if (k >= OFFERS_PER_SPACE) return;
  best.splice(k, 0, n);
  values.splice(k, 0, v);
  best.length = Math.min(best.length, OFFERS_PER_SPACE);
  values.length = best.length;
}

/** Walks the packages from `depth` on, with the prefix's sums at level `depth` and its index so far `n`. */
function walk(search: Search, depth: number, n: number): void {
  const { t, move } = search;
  if (depth === search.issues.length) {
    // A party may table only what it accepts itself (docs/rules.md, "Moves").
    if (search.own && slackAt(t, depth, 0) < -EPS) return;
    keep(search, n, summedTermsValue(search.d, move, t, depth));
    return;
  }
  const i = search.issues[depth] ?? 0;
  const options = search.options[depth] ?? [];
  const stride = search.strides[depth] ?? 0;
  const rest = search.rest[depth + 1] ?? 0;
  for (let j = 0; j < options.length; j++) {
    const o = options[j] ?? 0;
    // Its own red line in the way: the package's slack is BLOCKED, and so is every package with this option.
    if (search.own && blockedFor(t, 0, i, o)) continue;
    addChoice(t, depth, depth + 1, i, o);
    if (offeredAt(t, depth + 1, 0) + rest < search.needed) continue;
    move.options[i] = o;
    walk(search, depth + 1, n + j * stride);
  }
  move.options[i] = -1;
}

/**
 * The persona's best packages over `issues` (at most {@link OFFERS_PER_SPACE}, best first), as indexes in
 * `packageSpace(c, s, issues)`: of the packages it may table (a party only those it accepts itself), those
 * with the highest `termsMoveValue` as a `type` move, the lower index first among equals. None over fewer
 * than two issues.
 */
export function bestPackages(d: Decision, type: "propose" | "counter", issues: readonly number[]): number[] {
  if (issues.length < 2) return [];
  return bestIn(d, type, packageSpace(d.o.c, d.o.s, issues));
}

/** {@link bestPackages} in a package space. */
function bestIn(d: Decision, type: "propose" | "counter", space: PackageSpace): number[] {
  if (space.count === 0) return [];
  const c = d.o.c;
  const t = termsTable(d);
  const width = space.issues.length;
  const strides = new Array<number>(width).fill(1);
  for (let k = width - 2; k >= 0; k--)
    strides[k] = (strides[k + 1] ?? 1) * (space.allowed[k + 1]?.length ?? 1);
  const order = space.issues.map((_, k) => k).sort((x, y) => (space.issues[x] ?? 0) - (space.issues[y] ?? 0));
  const own = d.o.party;
  const rest = new Array<number>(width + 1).fill(0);
  let held = 0;
  let weight = 0;
  for (const i of space.issues) prepareIssue(t, i);
  for (let depth = width - 1; depth >= 0; depth--) {
    const k = order[depth] ?? 0;
    const i = space.issues[k] ?? 0;
    let most = Number.NEGATIVE_INFINITY;
    for (const o of space.allowed[k] ?? [])
      if (!blockedFor(t, 0, i, o)) most = Math.max(most, weightedFor(t, 0, i, o));
    rest[depth] = (rest[depth + 1] ?? 0) + most;
    held += t.heldWeighted[i] ?? 0;
    weight += t.weight[i] ?? 0;
  }
  // The actor's slack is (offered − held) / weight (more than one issue); it skips packages below −EPS.
  const needed = own && weight > 1e-6 ? held - EPS * weight - BOUND_MARGIN : Number.NEGATIVE_INFINITY;
  const search: Search = {
    d,
    t,
    move: { type, options: c.scenario.issues.map(() => -1) },
    issues: order.map((k) => space.issues[k] ?? 0),
    options: order.map((k) => space.allowed[k] ?? []),
    strides: order.map((k) => strides[k] ?? 0),
    own,
    rest,
    needed,
    best: [],
    values: [],
  };
  clearLevel(t, 0);
  // What does not depend on the options chosen is the same at every node of a level: written once.
  for (let depth = 0; depth < width; depth++) addIssue(t, depth, depth + 1, search.issues[depth] ?? 0);
  walk(search, 0, 0);
  return search.best;
}

/** Adds the best packages over `issues` as `type` moves, if the rules allow them. */
function offerOver(d: Decision, sim: Sim, buf: MoveBuffer, type: "propose" | "counter", issues: number[]) {
  if (issues.length < 2) return;
  const { c, s } = d.o;
  const space = packageSpace(c, s, issues);
  const best = bestIn(d, type, space);
  const terms = c.scenario.issues.map(() => -1);
  for (const n of best) pushTerms(sim, buf, type, packageAt(space, n, [...terms]));
}

/** Adds the persona's composed packages to the listed moves (in `packages` and `both` meetings only). */
export function addOffers(d: Decision, sim: Sim, buf: MoveBuffer): void {
  const { track } = d.o;
  const s = sim.state as GameState;
  if (track.mode === "items" || !onAgenda(s)) return;
  const open = track.agenda.filter((i) => s.agreed[i] === null);
  const uncovered = open.filter((i) => proposalCovering(s, i) === -1);
  offerOver(d, sim, buf, "propose", uncovered);
  if (uncovered.length < open.length) offerOver(d, sim, buf, "counter", open);
}
