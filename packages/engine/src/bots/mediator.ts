import { agreeable, packageAt, packageSpace } from "./compose.js";
import { type Outlook, seenWeights, statusQuoValue } from "./outlook.js";
import { BLOCKED, EPS, slack } from "./terms.js";

/**
 * The mediator's judgement of terms: how well they serve the meeting's parties together. It reads the
 * parties as the seat may see them (public weights, current positions, standing red lines), never their
 * private types or reservations. Its own values play no part; only its own red lines, which the rules
 * enforce, bind it.
 */

/** The parties' gains and how they take terms, with the best bargain over the same issues to compare with. */
export interface MediatorView {
  readonly parties: readonly number[];
  readonly weights: readonly (readonly number[])[];
  readonly bargain: "nash" | "kalai-smorodinsky";
  /** Per set of issues (as a key), the parties' bargain over its packages. */
  readonly best: Map<string, Bargain>;
}

/** The mediator's view of the meeting's parties. */
export function mediatorView(o: Outlook, bargain: "nash" | "kalai-smorodinsky" = "nash"): MediatorView {
  const parties = o.track.speakers.filter((b) => o.track.isParty[b] === true);
  return {
    parties,
    weights: parties.map((b) => seenWeights(o.c, o.s, o.a, b)),
    bargain,
    best: new Map(),
  };
}

/** Party `p`'s gain from terms over the status quo, on the issues they cover, by its weights as seen. */
function gain(view: MediatorView, o: Outlook, p: number, options: readonly number[]): number {
  const b = view.parties[p] ?? 0;
  const w = view.weights[p] ?? [];
  let g = 0;
  for (let i = 0; i < options.length; i++) {
    const opt = options[i] ?? -1;
    if (opt < 0) continue;
    g += (w[i] ?? 0) * ((o.c.values[b]?.[i]?.[opt] ?? 0) - statusQuoValue(o.c, b, i));
  }
  return g;
}

function nashProduct(gains: readonly number[]): number {
  let product = 1;
  for (const g of gains) product *= Math.max(0, g);
  return product;
}

function ksLevel(gains: readonly number[], ideal: readonly number[]): number {
  let level = Number.POSITIVE_INFINITY;
  gains.forEach((g, p) => {
    level = Math.min(level, g / Math.max(ideal[p] ?? 0, 1e-12));
  });
  return Number.isFinite(level) ? Math.max(0, level) : 0;
}

/** The bargain over one set of issues: the disagreement point, the ideal gains, the best Nash product and KS level. */
interface Bargain {
  readonly base: readonly number[];
  readonly ideal: readonly number[];
  readonly nash: number;
  readonly ks: number;
}

/**
 * The bargain over the packages of the issues `options` covers (computed once per decision). The
 * disagreement point is the status quo when some package gains every party something over it (a real
 * bargain); otherwise, as when one issue is simply split, each party's worst package of the space, so that
 * the mediator splits the difference between the parties' positions.
 */
function bestOver(view: MediatorView, o: Outlook, options: readonly number[]): Bargain {
  const issues: number[] = [];
  for (let i = 0; i < options.length; i++) if ((options[i] ?? -1) >= 0) issues.push(i);
  const key = issues.join(",");
  const known = view.best.get(key);
  if (known !== undefined) return known;
  const space = packageSpace(o.c, o.s, issues);
  const terms = o.c.scenario.issues.map(() => -1);
  const all: number[][] = [];
  for (let n = 0; n < space.count; n++)
    all.push(view.parties.map((_, p) => gain(view, o, p, packageAt(space, n, terms))));
  const zero = view.parties.map(() => 0);
  const worst = view.parties.map((_, p) => Math.min(0, ...all.map((g) => g[p] ?? 0)));
  const overSq = all.some((g) => g.every((x) => x > 1e-12));
  const base = overSq ? zero : worst;
  const shifted = all.map((g) => g.map((x, p) => x - (base[p] ?? 0)));
  const ideal = view.parties.map((_, p) => Math.max(0, ...shifted.map((g) => g[p] ?? 0)));
  let nash = 0;
  let ks = 0;
  for (const g of shifted) {
    nash = Math.max(nash, nashProduct(g));
    ks = Math.max(ks, ksLevel(g, ideal));
  }
  const found = { base, ideal, nash, ks };
  view.best.set(key, found);
  return found;
}

/**
 * The mediator's value of proposing terms, from 0.25 to 0.85 (-1 for terms across a standing red line, which
 * cannot be agreed): mostly how close they come to the parties' best bargain over the same issues (the
 * Nash product of their gains over the status quo, or the Kalai–Smorodinsky level), then how near the
 * furthest party is to accepting them, and whether every party could accept them now. As the parties concede
 * (or reject), their positions move and so does the mediator's proposal. The gains are measured from the
 * bargain's disagreement point (see `bestOver`).
 */
export function termsQuality(view: MediatorView, o: Outlook, options: readonly number[]): number {
  for (let i = 0; i < options.length; i++) {
    const opt = options[i] ?? -1;
    if (opt >= 0 && !agreeable(o.c, o.s, i, opt)) return -1;
  }
  const best = bestOver(view, o, options);
  const gains = view.parties.map((_, p) => gain(view, o, p, options) - (best.base[p] ?? 0));
  const score =
    view.bargain === "nash"
      ? nashProduct(gains) / Math.max(best.nash, 1e-12)
      : ksLevel(gains, best.ideal) / Math.max(best.ks, 1e-12);
  let nearest = 1;
  let everyone = true;
  view.parties.forEach((b, p) => {
    if (b === o.a) return;
    const sl = slack(o.c, o.s, b, view.weights[p] ?? [], options);
    if (sl === BLOCKED || sl < -EPS) everyone = false;
    nearest = Math.min(nearest, sl === BLOCKED ? 0 : sl >= 0 ? 1 : Math.max(0, 1 + 2 * sl));
  });
  const quality = (everyone ? 0.3 : 0) + 0.25 * nearest + 0.45 * Math.min(1, score);
  return 0.25 + 0.6 * quality;
}
