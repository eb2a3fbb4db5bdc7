import { decode, type MoveBuffer, type Sim } from "../core/index.js";
import { nextConcession, standing, value } from "../rules/query.js";
import type { ResolvedMove } from "../rules/verdict.js";
import { type MediatorView, mediatorView, termsQuality } from "./mediator.js";
import { aspiration, hope, type Outlook, statusQuoValue } from "./outlook.js";
import { lastMoveTowards, type Reading } from "./reciprocity.js";
import type { Style } from "./style.js";
import {
  agreeableAt,
  countersAllyAt,
  outsideAt,
  slackAt,
  sumsOf,
  type TermsTable,
  valueAt,
  wantAt,
} from "./sums.js";
import { BLOCKED, EPS } from "./terms.js";

/**
 * The persona bots' move values: for every listed move, a number on a utility-like scale (about -1 to 1) that
 * says how much the persona wants to make it now; the policy then picks by softmax over them. The values
 * follow a negotiator's routine (docs/bots-and-analytics.md, "The personas"): take what meets its aspiration,
 * concede while it can afford to (where it costs least), table what it aims for in the form the others are
 * most likely to take, defend its red lines, build trust when it is needed, and walk out only when walking
 * out beats what it can still hope for. They read only what the seat may see (see `outlook.ts`).
 */

/** Tension a persona does not push the talks to with escalating moves (100 collapses them). */
const TENSION_CEILING = 90;
/** Trust above the acceptance threshold that a persona tries to keep its partners at. */
const TRUST_CUSHION = 5;
/** What escalating moves add to tension (docs/rules.md, "Moves"). */
const ESCALATION = { firm: 4, reject: 3, reaffirm: 2, counter: 1 } as const;

/** One decision's reading, shared by every move valued. */
export interface Decision {
  readonly o: Outlook;
  readonly style: Style;
  /** `want[i]`: the persona's aspiration on issue `i`, in its values of the issue's options. */
  readonly want: Float64Array;
  /** Whether walking out beats what it can still hope for by more than its margin. */
  readonly wantsOut: boolean;
  /** What it can still hope for from the rest of the game. */
  readonly hope: number;
  /** Whether some other party trusts it too little to accept its proposals. */
  readonly distrusted: boolean;
  /** Tit-for-tat's reading of the others' last move. */
  readonly last: Reading | null;
  /**
   * Whether it wants to meet again: an open issue still has an option it prefers to the status quo, and what
   * the talks have given it is worth at least walking away (before the walk-out's cost: declining to commit
   * costs nothing). A side whose outside option beats what the talks have brought keeps that option open
   * rather than commit to more talks (Russia at the NRC asked for time).
   */
  readonly moreTalksHelp: boolean;
  /** The mediator's view of the parties' bargain, when it mediates. */
  readonly mediator: MediatorView | null;
}

let wantScratch = new Float64Array(16);

/** Reads the decision of the actor in `o` with `style`. */
export function decisionOf(o: Outlook, style: Style): Decision {
  const { c, s, a } = o;
  if (wantScratch.length < c.issueCount) wantScratch = new Float64Array(c.issueCount * 2);
  const want = wantScratch;
  const positions = s.positions[a] ?? [];
  let moreTalksHelp = false;
  for (let i = 0; i < c.issueCount; i++) {
    if (s.agreed[i] !== null) continue;
    const best = o.best[i] ?? 0;
    const floor = statusQuoValue(c, a, i);
    if (s.agreed[i] === null && best > floor + EPS) moreTalksHelp = true;
    if (style.insists && (c.demanded[a]?.[i] ?? -1) >= 0) want[i] = best;
    else if (style.reciprocal) want[i] = Math.max(floor, value(c, a, i, positions[i] ?? 0));
    else want[i] = aspiration(best, floor, o.t, style.exponent);
  }
  const hoped = hope(o, style.exponent);
  let distrusted = false;
  for (const b of o.track.speakers) {
    if (b !== a && o.track.isParty[b] === true && (s.trust[b]?.[a] ?? 0) < c.minTrustToAccept + TRUST_CUSHION)
      distrusted = true;
  }
  const id = c.scenario.actors[a]?.id ?? "";
  return {
    o,
    style,
    want,
    wantsOut: o.walk - hoped > style.margin,
    hope: hoped,
    distrusted,
    last: style.reciprocal ? lastMoveTowards(s, id) : null,
    moreTalksHelp: moreTalksHelp && o.now >= o.away - EPS,
    mediator: style.mediates ? mediatorView(o, style.bargain) : null,
  };
}

/** How far the terms summed at `level` of the decision's tables are above the persona's aspiration. */
function gapAt(t: TermsTable, level: number): number {
  return valueAt(t, level) - wantAt(t, level);
}

/** How far terms are above the persona's aspiration (negative: below). */
function gapOf(d: Decision, options: readonly number[]): number {
  return gapAt(sumsOf(d, options), 0);
}

/** A move that adds `delta` to tension is held back near the collapse point, unless the bot wants out. */
function escalation(d: Decision, delta: number): number {
  return d.o.s.tension + delta >= TENSION_CEILING && !d.wantsOut ? -1 : 0;
}

/** What {@link othersTake} found (module scratch: no allocation per move valued). */
const taken = { reach: false, closeness: 0 };

/**
 * How the other parties would take terms proposed by the actor: `reach` when every one of them could
 * accept them now (acceptable by its public weights and positions, no standing red line in the way, and
 * enough trust in the proposer), and `closeness` in [0, 1], the mean of how near each is to accepting.
 */
function othersTake(d: Decision, t: TermsTable, level: number): typeof taken {
  const { c, s, a } = d.o;
  const blockedOutside = outsideAt(t, level);
  let reach = !blockedOutside;
  let total = 0;
  let count = 0;
  // The other parties in speaking order, each with the weights the actor reads for it (`sums.ts`).
  for (let p = 1; p < t.parties.length; p++) {
    const b = t.parties[p] ?? 0;
    const sl = slackAt(t, level, p);
    const trusts = (s.trust[b]?.[a] ?? 0) >= c.minTrustToAccept;
    if (sl === BLOCKED || sl < -EPS || !trusts) reach = false;
    total += sl === BLOCKED ? 0 : sl >= 0 ? 1 : Math.max(0, 1 + 2 * sl);
    count++;
  }
  const closeness = count === 0 ? 1 : total / count;
  taken.reach = reach;
  taken.closeness = blockedOutside ? closeness / 2 : closeness;
  return taken;
}

/** Whether turning down the open proposal at table index `k` turns down an ally's. */
function allyProposal(d: Decision, k: number): boolean {
  const p = d.o.s.table[k];
  return p !== undefined && d.o.c.isAlly[d.o.a]?.[p.by] === true;
}

/**
 * Whether the terms are those of an open proposal by someone else that the actor could accept now: tabling
 * them again would only delay the deal.
 */
function acceptableAsTabled(d: Decision, options: readonly number[], t: TermsTable, level: number): boolean {
  const { c, s, a } = d.o;
  if (!d.o.party) return false;
  for (const p of s.table) {
    if (p.by === a || p.accepted.includes(a)) continue;
    let same = p.options.length === options.length;
    for (let i = 0; same && i < options.length; i++) same = p.options[i] === options[i];
    if (!same) continue;
    return (s.trust[a]?.[p.by] ?? 0) >= c.minTrustToAccept && slackAt(t, level, 0) >= -EPS;
  }
  return false;
}

/**
 * The value of proposing (or countering with) the terms `m.options`, whose sums are at `level` of the
 * decision's tables `t` (see `sums.ts`).
 */
export function summedTermsValue(
  d: Decision,
  m: Pick<ResolvedMove, "type" | "options">,
  t: TermsTable,
  level: number,
): number {
  const options = m.options;
  let v: number;
  if (d.mediator !== null) {
    v = termsQuality(d.mediator, d.o, options);
  } else {
    const gap = gapAt(t, level);
    const { reach, closeness } = othersTake(d, t, level);
    v = 0.4 + 0.25 * closeness;
    if (reach && gap >= -EPS) v += 0.35 + 0.3 * gap;
    v += gap < -EPS ? 3 * gap : -0.15 * gap;
    // Terms across someone's standing red line cannot be agreed: only a hardliner tables them (its demands).
    if (!d.style.insists && !agreeableAt(t, level)) v -= 0.15;
  }
  if (acceptableAsTabled(d, options, t, level)) v -= 0.5;
  if (m.type === "counter") {
    v += escalation(d, ESCALATION.counter) - 0.04;
    if (countersAllyAt(t, level)) v -= 0.05;
  }
  return v;
}

/** The value of proposing (or countering with) terms. */
export function termsMoveValue(d: Decision, m: Pick<ResolvedMove, "type" | "options">): number {
  return summedTermsValue(d, m, sumsOf(d, m.options), 0);
}

/** The value of accepting the open proposal at table index `k`. */
function acceptValue(d: Decision, k: number): number {
  const p = d.o.s.table[k];
  if (p === undefined) return -1;
  const gap = gapOf(d, p.options);
  let v = gap >= -EPS ? 0.85 + 0.3 * gap : 0.25 + 2 * gap;
  // The last acceptance an agreement needs is worth more than any proposal: it closes the deal.
  if (p.accepted.length + 1 >= d.o.track.partyCount) v += 0.15;
  if (d.last === "acceptance" || d.last === "concession") v += 0.2;
  return v;
}

/** The value of rejecting the open proposal at table index `k`. */
function rejectValue(d: Decision, k: number): number {
  const p = d.o.s.table[k];
  if (p === undefined) return -1;
  const gap = gapOf(d, p.options);
  let v = gap < -0.05 ? (d.style.rejects ? 0.45 : 0) + 0.5 * Math.min(0.3, -gap) : -0.4;
  if (d.last === "rejection" && gap < -EPS) v += 0.6;
  if (allyProposal(d, k)) v -= 0.05;
  return v + escalation(d, ESCALATION.reject);
}

/** How far actor `b` has conceded on issue `i`: its best value less its position's, over its range of values. */
function concessionDepth(d: Decision, b: number, i: number): number {
  const values = d.o.c.values[b]?.[i] ?? [];
  let hi = 0;
  let lo = 1;
  for (const v of values) {
    hi = Math.max(hi, v);
    lo = Math.min(lo, v);
  }
  const range = hi - lo;
  return range > EPS ? (hi - (values[d.o.s.positions[b]?.[i] ?? 0] ?? 0)) / range : 0;
}

/**
 * What tit-for-tat owes the other parties in concessions (Faratin, Sierra and Jennings' relative
 * tit-for-tat, read from the positions every seat sees): how much further, on average, they have conceded
 * than it has, on issue `only` (or, with `only` -1, over the meeting's open agenda issues), with the issue
 * it would concede on, `i`, counted in any case.
 */
function concessionsOwed(d: Decision, only: number, i: number): number {
  const { s, a, track } = d.o;
  let owed = 0;
  let issues = 0;
  for (const j of only >= 0 ? [only] : track.agenda) {
    if (s.agreed[j] !== null && j !== i) continue;
    let theirs = 0;
    let count = 0;
    for (const b of track.speakers) {
      if (b === a || track.isParty[b] !== true) continue;
      theirs += concessionDepth(d, b, j);
      count++;
    }
    owed += (count === 0 ? 0 : theirs / count) - concessionDepth(d, a, j);
    issues++;
  }
  return issues === 0 ? 0 : owed / issues;
}

/** The decision {@link owedOnAgenda} last read, and what it read. */
let owedFor: Decision | null = null;
let owedAll = 0;

/**
 * `concessionsOwed(d, -1, i)`, read once per decision: for an open issue `i` it counts the same issues
 * (the open agenda) whatever `i` is, so every concession the decision values owes the same.
 */
function owedOnAgenda(d: Decision, i: number): number {
  if (d.o.s.agreed[i] !== null) return concessionsOwed(d, -1, i);
  if (owedFor !== d) {
    owedAll = concessionsOwed(d, -1, i);
    owedFor = d;
  }
  return owedAll;
}

let heldScratch: number[] = [];

/** The decision {@link heldOnAgenda} last read, and what it read. */
let heldFor: Decision | null = null;
let heldValue = 0;

/**
 * The actor's value of its positions on the open agenda issues as a package, read once per decision: every
 * concession on an open issue starts from the same package.
 */
function heldOnAgenda(d: Decision, held: readonly number[]): number {
  if (heldFor !== d) {
    heldValue = valueAt(sumsOf(d, held), 0);
    heldFor = d;
  }
  return heldValue;
}

/** The value of conceding on issue `i`: affordable when what it then holds out for still meets its aspiration. */
function concedeValue(d: Decision, i: number): number {
  const { c, s, a } = d.o;
  if (d.style.insists && (c.demanded[a]?.[i] ?? -1) >= 0) return -0.5;
  const next = nextConcession(c, s, a, i);
  const nv = value(c, a, i, next);
  if (d.style.reciprocal) {
    const owed = d.o.track.mode === "items" ? concessionsOwed(d, i, i) : owedOnAgenda(d, i);
    return owed > 0.05 && nv >= statusQuoValue(c, a, i) - EPS ? 0.7 : -0.3 + (nv - (d.want[i] ?? 0));
  }
  if (d.o.track.mode === "items") {
    const want = d.want[i] ?? 0;
    if (nv < want - EPS) return 0.1 + 2 * (nv - want);
    return 0.55 + 0.5 * Math.min(0.3, value(c, a, i, s.positions[a]?.[i] ?? 0) - want);
  }
  // Packages: the positions on the open issues as a package; conceding where it costs least (logrolling).
  const positions = s.positions[a] ?? [];
  if (heldScratch.length !== c.issueCount) heldScratch = new Array<number>(c.issueCount);
  const held = heldScratch.fill(-1);
  for (const j of d.o.track.agenda) if (s.agreed[j] === null) held[j] = positions[j] ?? 0;
  let before: number;
  if ((held[i] ?? -1) < 0) {
    held[i] = positions[i] ?? 0;
    before = valueAt(sumsOf(d, held), 0);
  } else before = heldOnAgenda(d, held);
  held[i] = next;
  const t = sumsOf(d, held);
  const after = valueAt(t, 0);
  const want = wantAt(t, 0);
  // The further it holds out above its aspiration, the more it wants to give; where it gives least first.
  if (after < want - EPS) return 0.1 + 2 * (after - want);
  return 0.55 + 0.5 * Math.min(0.3, before - want) - 0.25 * (before - after);
}

/** The value of reaffirming (`hold`) or crossing one of its own red lines. */
function redLineValue(d: Decision, r: number, hold: boolean): number {
  if (!hold) return -1.5;
  const challenged = d.o.s.redLines[r] === "challenged";
  const v = challenged ? (d.style.insists ? 0.7 : 0.55) : d.style.insists ? 0.15 : -0.05;
  return (d.mediator !== null && !d.o.party ? v - 0.25 : v) + escalation(d, ESCALATION.reaffirm);
}

/** Whether a proposal by someone else lies open that meets the persona's aspiration. */
function goodOfferOpen(d: Decision): boolean {
  const { s, a } = d.o;
  for (const p of s.table) if (p.by !== a && gapOf(d, p.options) >= -EPS) return true;
  return false;
}

/** The value of a statement, firm or conciliatory. */
function statementValue(d: Decision, firm: boolean): number {
  const { s, a } = d.o;
  const phase = s.track.phase;
  if (firm) {
    let v = d.mediator !== null ? -0.5 : d.style.firmness + (phase === "opening" ? 0.1 : 0);
    if (d.last === "firm" || d.last === "rejection") v = Math.max(v, 0.5);
    return v + escalation(d, ESCALATION.firm);
  }
  let v = d.style.buildsTrust ? (phase === "opening" ? 0.35 : 0.1) : 0;
  if (s.stances[a] === "hardened") {
    const followUpToAccept = phase === "closing" && s.track.followUp !== null && d.moreTalksHelp;
    v += goodOfferOpen(d) || followUpToAccept || (d.style.buildsTrust && d.o.t > 0.5) ? 0.6 : 0.15;
  }
  // Calming the room matters more the nearer tension is to collapsing the talks.
  if (s.tension >= 80) v += d.mediator !== null ? 0.5 : 0.3;
  else if (s.tension >= 60) v += d.mediator !== null ? 0.35 : 0.1;
  if (d.last === "cooperative") v += 0.2;
  return v;
}

/** The value of a move the listing holds at `code`, decoded into `m`. */
function moveValue(d: Decision, m: ResolvedMove): number {
  const { s } = d.o;
  switch (m.type) {
    case "statement":
      return statementValue(d, m.firm);
    case "propose":
    case "counter":
      return termsMoveValue(d, m);
    case "accept":
      return acceptValue(d, m.target);
    case "reject":
      return rejectValue(d, m.target);
    case "concede":
      return concedeValue(d, m.issue);
    case "reaffirm":
      return standing(s, m.r) ? redLineValue(d, m.r, true) : -1;
    case "cross":
      return redLineValue(d, m.r, false);
    case "offer-cbm":
      return d.style.buildsTrust ? (d.distrusted ? 0.5 : 0.02) : -0.1;
    case "propose-follow-up":
      return d.moreTalksHelp ? 0.6 : -0.05;
    case "accept-follow-up":
      return d.moreTalksHelp || d.style.reciprocal ? 0.6 : -0.05;
    case "walk-out":
      if (d.mediator !== null && !d.o.party) return -2;
      return d.wantsOut ? 1.2 : -1 + (d.o.walk - d.hope);
    case "pass": {
      const waiting = d.mediator !== null && s.table.some((p) => p.by === d.o.a);
      return d.style.persona === "boulware" || waiting ? 0.2 : 0.1;
    }
  }
}

/** Writes the value of every listed move (`buf.count` of them) into `out`. */
export function valueMoves(d: Decision, sim: Sim, buf: MoveBuffer, out: Float64Array): void {
  for (let k = 0; k < buf.count; k++) {
    out[k] = moveValue(d, decode(sim, buf, buf.codes[k] ?? 0));
  }
}
