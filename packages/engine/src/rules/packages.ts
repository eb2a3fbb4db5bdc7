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
  const uncovered = open.filter((i) => proposalCovering(s, i) === -1);
  const bases: { options: readonly number[] | null; source: PackageSource }[] = [];
  const positions = at(s.positions, a, "positions");
  bases.push({ options: c.scenario.issues.map((_, i) => positions[i] ?? 0), source: { kind: "positions" } });
  c.drafts.forEach((draft, k) => {
    if (draft.actor === a) bases.push({ options: draft.options, source: { kind: "draft", draft: k } });
  });
  const found = bargains(c, s, open);
  bases.push(
    { options: found.nash, source: { kind: "nash" } },
    { options: found.ks, source: { kind: "kalai-smorodinsky" } },
  );
  const out: PackageCandidate[] = [];
  const seen = new Set<string>();
  const add = (options: number[], source: PackageSource) => {
    if (options.filter((o) => o >= 0).length < 2) return;
    const key = options.join(",");
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ options, source });
  };
  for (const { options: base, source } of bases) {
    if (base === null) continue;
    const over = (issues: readonly number[]) =>
      c.scenario.issues.map((_, i) => (issues.includes(i) ? (base[i] ?? -1) : -1));
    add(over(open), source);
    add(over(uncovered), source);
  }
  return out;
}
