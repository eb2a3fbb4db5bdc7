import { at } from "../vocabulary/assert.js";
import { kalaiSmorodinskyIndex, nashIndex } from "../vocabulary/bargaining.js";
import type { CompiledScenario } from "./compile.js";
import { currentTrack, onAgenda, proposalCovering, standing } from "./query.js";
import type { GameState } from "./state.js";

/**
 * The packages worth offering, which `legalMoves` lists (docs/rules.md, "Legal moves and composed
 * packages"): the package space grows exponentially with the agenda, so only a bounded set is listed; any
 * other legal package is still accepted when a player composes it.
 */

/** Most packages enumerated to find the parties' bargaining packages; past this none is listed. */
export const MAX_BARGAINING_PACKAGES = 20_000;

/** The Nash and Kalai–Smorodinsky packages of a meeting's parties over some open issues, if any. */
interface Bargains {
  readonly nash: readonly number[] | null;
  readonly ks: readonly number[] | null;
}

const bargainMemo = new WeakMap<CompiledScenario, Map<string, Bargains>>();

/** Issues of the meeting's agenda still open (not agreed), whether or not a proposal covers them. */
export function openIssues(c: CompiledScenario, s: GameState): number[] {
  const track = currentTrack(c, s);
  return track.agenda.filter((i) => s.agreed[i] === null);
}

/** The options of issue `i` no standing red line of anyone forbids. */
function allowedOptions(c: CompiledScenario, s: GameState, i: number): number[] {
  const out: number[] = [];
  const options = c.values[0]?.[i]?.length ?? 0;
  for (let o = 0; o < options; o++) {
    if (!(c.forbidding[i]?.[o] ?? []).some((r) => standing(s, r))) out.push(o);
  }
  return out;
}

/**
 * The parties' Nash and Kalai–Smorodinsky packages over the open issues, with their public weights, relative
 * to the status quo, within every standing red line. Remembered per meeting, set of open issues and standing
 * red lines (a memo: it changes no result).
 */
function bargains(c: CompiledScenario, s: GameState, open: readonly number[]): Bargains {
  let memo = bargainMemo.get(c);
  if (memo === undefined) {
    memo = new Map();
    bargainMemo.set(c, memo);
  }
  let key = `${s.track.index}|${open.join(",")}|`;
  for (let r = 0; r < s.redLines.length; r++) key += standing(s, r) ? "1" : "0";
  const known = memo.get(key);
  if (known !== undefined) return known;
  const found = computeBargains(c, s, open);
  memo.set(key, found);
  return found;
}

function computeBargains(c: CompiledScenario, s: GameState, open: readonly number[]): Bargains {
  const track = currentTrack(c, s);
  const parties = track.speakers.filter((a) => track.isParty[a] === true);
  const allowed = open.map((i) => allowedOptions(c, s, i));
  const count = allowed.reduce((n, list) => n * list.length, 1);
  if (count === 0 || count > MAX_BARGAINING_PACKAGES || open.length < 2) return { nash: null, ks: null };
  // Each party's utility over the open issues (public weights); the status quo is its disagreement point.
  const utility = (a: number, options: readonly number[]) =>
    options.reduce((sum, o, k) => {
      const i = at(open, k, "issue");
      return sum + (at(c.weights, a, "weights")[i] ?? 0) * (c.values[a]?.[i]?.[o] ?? 0);
    }, 0);
  const statusQuo = open.map((i) => c.statusQuo[i] ?? 0);
  const disagreement = parties.map((a) => utility(a, statusQuo));
  const digits = open.map(() => 0);
  const points: number[][] = [];
  const packages: number[][] = [];
  for (let n = 0; n < count; n++) {
    const options = open.map((_, k) => at(at(allowed, k, "allowed"), digits[k] ?? 0, "option"));
    packages.push(options);
    points.push(parties.map((a) => utility(a, options)));
    for (let k = 0; k < digits.length; k++) {
      digits[k] = (digits[k] ?? 0) + 1;
      if ((digits[k] ?? 0) < (allowed[k]?.length ?? 0)) break;
      digits[k] = 0;
    }
  }
  // A bargain must better the status quo for every party; where none does, there is none to list.
  const improving = points.flatMap((point, n) =>
    point.every((u, p) => u > (disagreement[p] ?? 0) + 1e-12) ? [n] : [],
  );
  if (improving.length === 0) return { nash: null, ks: null };
  const nash = nashIndex(points, disagreement, improving);
  const ks = kalaiSmorodinskyIndex(points, disagreement, improving);
  const asTerms = (found: { ok: true; value: { index: number } } | { ok: false }): number[] | null => {
    if (!found.ok) return null;
    const options = c.scenario.issues.map(() => -1);
    const chosen = at(packages, found.value.index, "package");
    open.forEach((i, k) => {
      options[i] = at(chosen, k, "option");
    });
    return options;
  };
  return { nash: asTerms(nash), ks: asTerms(ks) };
}

/** Where a listed package comes from: the actor's positions, one of its drafts, or the parties' bargains. */
export type PackageSource =
  | { readonly kind: "positions" }
  | { readonly kind: "draft"; readonly draft: number }
  | { readonly kind: "nash" }
  | { readonly kind: "kalai-smorodinsky" };

/** A package worth listing: its terms (an option per issue, -1 where it says nothing) and where it comes from. */
export interface PackageCandidate {
  readonly options: number[];
  readonly source: PackageSource;
}

/** Whether two candidates' terms are the same. */
function sameTerms(x: readonly number[], y: readonly number[]): boolean {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * Adds `base` over `issues` (-1 elsewhere) to `out`, unless it names fewer than two issues or is already
 * there (the first source kept). Loops rather than closures and string keys: it runs for every listing.
 */
function addCandidate(
  out: PackageCandidate[],
  issueCount: number,
  base: readonly number[],
  issues: readonly number[],
  source: PackageSource,
): void {
  const options: number[] = [];
  for (let i = 0; i < issueCount; i++) options.push(-1);
  for (let k = 0; k < issues.length; k++) {
    const i = issues[k] ?? 0;
    options[i] = base[i] ?? -1;
  }
  // Counted over the terms, not the list: an agenda may take up an issue twice.
  let named = 0;
  for (let i = 0; i < issueCount; i++) if ((options[i] ?? -1) >= 0) named++;
  if (named < 2) return;
  for (let k = 0; k < out.length; k++) if (sameTerms((out[k] as PackageCandidate).options, options)) return;
  out.push({ options, source });
}

const POSITIONS: PackageSource = { kind: "positions" };
const NASH: PackageSource = { kind: "nash" };
const KALAI_SMORODINSKY: PackageSource = { kind: "kalai-smorodinsky" };

/**
 * The packages worth listing for actor `a` now: its own positions, its drafts, and the parties' Nash and
 * Kalai–Smorodinsky packages, each over every open issue and over the open issues no proposal covers yet. Only
 * terms of two issues or more; duplicates removed (the first source kept). Which of them are legal (and
 * whether as a proposal or a counter) the verdict decides.
 */
export function packageCandidates(c: CompiledScenario, s: GameState, a: number): PackageCandidate[] {
  if (!onAgenda(s) || currentTrack(c, s).mode === "items") return [];
  const open = openIssues(c, s);
  if (open.length < 2) return [];
  const uncovered: number[] = [];
  for (let k = 0; k < open.length; k++) {
    const i = open[k] ?? 0;
    if (proposalCovering(s, i) === -1) uncovered.push(i);
  }
  const n = c.issueCount;
  const out: PackageCandidate[] = [];
  const both = (base: readonly number[] | null, source: PackageSource) => {
    if (base === null) return;
    addCandidate(out, n, base, open, source);
    addCandidate(out, n, base, uncovered, source);
  };
  // An actor's positions name every issue (0 where it has none).
  const positions = at(s.positions, a, "positions");
  const own: number[] = [];
  for (let i = 0; i < n; i++) own.push(positions[i] ?? 0);
  both(own, POSITIONS);
  for (let k = 0; k < c.drafts.length; k++) {
    const draft = c.drafts[k];
    if (draft !== undefined && draft.actor === a) both(draft.options, { kind: "draft", draft: k });
  }
  const found = bargains(c, s, open);
  both(found.nash, NASH);
  both(found.ks, KALAI_SMORODINSKY);
  return out;
}
