import { outsideLineOn, ownBlockingLine, value } from "../rules/query.js";
import { agreeable } from "./compose.js";
import { seenWeights } from "./outlook.js";
import { BLOCKED, meanOfSums, slackOfSums } from "./terms.js";
import type { Decision } from "./values.js";

/**
 * Terms as one decision sees them, summed issue by issue. A persona values thousands of packages per
 * decision (every package it composes, `offers.ts`), and every value is a handful of sums over the issues the
 * terms cover: its own weighted values and positions, each other party's as it sees them, and flags (a
 * standing red line in the way, an ally's proposal countered). So the decision's tables hold each issue's and
 * option's share of those sums once, and a package's sums are built by adding its issues' shares in issue
 * order, exactly as a pass over the terms adds them (the same numbers in the same order: the same bits).
 * Packages enumerated digit by digit share their prefixes' sums (see `offers.ts`). The values' formulas read
 * the sums (`values.ts`); listed moves and composed packages go through the same ones.
 */

/** What a sum level holds, per field (then {@link PER_PARTY} fields per party, the actor first). */
const COUNT = 0;
const ONLY = 1;
const ONLY_OPTION = 2;
const OUTSIDE = 3;
const UNAGREEABLE = 4;
const ALLY = 5;
const PLAIN = 6;
const WANT = 7;
const WANT_PLAIN = 8;
const PARTY = 9;
const OFFERED = 0;
const HELD = 1;
const WEIGHT = 2;
const PARTY_BLOCKED = 3;
const PER_PARTY = 4;

/**
 * One decision's tables and sum levels. `parties[0]` is the actor; then the meeting's other parties in
 * speaking order, as the rules and `othersTake` visit them. Per party `p`, issue `i`, option `o`, at
 * `(p * issues + i) * width + o`: the weighted value `weighted`, the value `raw`, whether one of the party's
 * own standing red lines forbids it `blocked`; per party and issue, at `p * issues + i`: the weight and the
 * weighted and plain values of its position.
 */
export interface TermsTable {
  decision: Decision | null;
  issues: number;
  width: number;
  parties: number[];
  partyWeights: (readonly number[])[];
  built: Uint8Array;
  weighted: Float64Array;
  raw: Float64Array;
  blocked: Uint8Array;
  weight: Float64Array;
  heldWeighted: Float64Array;
  heldRaw: Float64Array;
  want: Float64Array;
  wantWeighted: Float64Array;
  outside: Uint8Array;
  unagreeable: Uint8Array;
  ally: Uint8Array;
  /** Sum levels of {@link TermsTable.fields} numbers each: level `k` holds the sums of a package's first k issues. */
  levels: Float64Array;
  fields: number;
}

const table: TermsTable = {
  decision: null,
  issues: 0,
  width: 0,
  parties: [],
  partyWeights: [],
  built: new Uint8Array(0),
  weighted: new Float64Array(0),
  raw: new Float64Array(0),
  blocked: new Uint8Array(0),
  weight: new Float64Array(0),
  heldWeighted: new Float64Array(0),
  heldRaw: new Float64Array(0),
  want: new Float64Array(0),
  wantWeighted: new Float64Array(0),
  outside: new Uint8Array(0),
  unagreeable: new Uint8Array(0),
  ally: new Uint8Array(0),
  levels: new Float64Array(0),
  fields: 0,
};

/** Grows a typed array to at least `n` entries (the tables are reused from decision to decision). */
function sized<T extends Float64Array | Uint8Array>(a: T, n: number, make: (n: number) => T): T {
  return a.length >= n ? a : make(n * 2);
}

/**
 * The decision's tables (one decision at a time: a new decision starts them afresh). Issues are filled in
 * as the decision first reads them.
 */
export function termsTable(d: Decision): TermsTable {
  const t = table;
  if (t.decision === d) return t;
  const { c, s, a, track } = d.o;
  t.decision = d;
  t.issues = c.issueCount;
  let width = 1;
  for (const options of c.values[0] ?? []) width = Math.max(width, options.length);
  t.width = width;
  t.parties.length = 0;
  t.partyWeights.length = 0;
  t.parties.push(a);
  t.partyWeights.push(d.o.weights);
  for (const b of track.speakers) {
    if (b === a || track.isParty[b] !== true) continue;
    t.parties.push(b);
    t.partyWeights.push(seenWeights(c, s, a, b));
  }
  const cells = t.parties.length * t.issues * width;
  const perIssue = t.parties.length * t.issues;
  t.built = sized(t.built, t.issues, (n) => new Uint8Array(n));
  t.built.fill(0);
  t.weighted = sized(t.weighted, cells, (n) => new Float64Array(n));
  t.raw = sized(t.raw, cells, (n) => new Float64Array(n));
  t.blocked = sized(t.blocked, cells, (n) => new Uint8Array(n));
  t.weight = sized(t.weight, perIssue, (n) => new Float64Array(n));
  t.heldWeighted = sized(t.heldWeighted, perIssue, (n) => new Float64Array(n));
  t.heldRaw = sized(t.heldRaw, perIssue, (n) => new Float64Array(n));
  t.want = sized(t.want, t.issues, (n) => new Float64Array(n));
  t.wantWeighted = sized(t.wantWeighted, t.issues, (n) => new Float64Array(n));
  t.outside = sized(t.outside, t.issues * width, (n) => new Uint8Array(n));
  t.unagreeable = sized(t.unagreeable, t.issues * width, (n) => new Uint8Array(n));
  t.ally = sized(t.ally, t.issues, (n) => new Uint8Array(n));
  t.fields = PARTY + PER_PARTY * t.parties.length;
  t.levels = sized(t.levels, (t.issues + 1) * t.fields, (n) => new Float64Array(n));
  return t;
}

/** Whether an open proposal of an ally of the actor covers issue `i` (countering on it turns an ally down). */
function allyCovers(d: Decision, i: number): boolean {
  const { c, s, a } = d.o;
  for (const p of s.table) if ((p.options[i] ?? -1) >= 0 && c.isAlly[a]?.[p.by] === true) return true;
  return false;
}

/** Fills the tables' entries of issue `i`. */
function build(t: TermsTable, d: Decision, i: number): void {
  const { c, s } = d.o;
  const { issues, width } = t;
  const options = c.values[0]?.[i]?.length ?? 0;
  for (let p = 0; p < t.parties.length; p++) {
    const b = t.parties[p] ?? 0;
    const wi = t.partyWeights[p]?.[i] ?? 0;
    const held = value(c, b, i, s.positions[b]?.[i] ?? 0);
    t.weight[p * issues + i] = wi;
    t.heldRaw[p * issues + i] = held;
    t.heldWeighted[p * issues + i] = wi * held;
    for (let o = 0; o < options; o++) {
      const at = (p * issues + i) * width + o;
      const v = value(c, b, i, o);
      t.raw[at] = v;
      t.weighted[at] = wi * v;
      t.blocked[at] = ownBlockingLine(c, s, b, i, o) !== -1 ? 1 : 0;
    }
  }
  const want = d.want[i] ?? 0;
  t.want[i] = want;
  t.wantWeighted[i] = (d.o.weights[i] ?? 0) * want;
  for (let o = 0; o < options; o++) {
    t.outside[i * width + o] = outsideLineOn(c, s, d.o.track, i, o) !== -1 ? 1 : 0;
    t.unagreeable[i * width + o] = agreeable(c, s, i, o) ? 0 : 1;
  }
  t.ally[i] = allyCovers(d, i) ? 1 : 0;
  t.built[i] = 1;
}

/** Makes sure the tables hold issue `i`. */
export function prepareIssue(t: TermsTable, i: number): void {
  if (t.built[i] !== 1 && t.decision !== null) build(t, t.decision, i);
}

/** Empties sum level `level` (the sums of no issue). */
export function clearLevel(t: TermsTable, level: number): void {
  t.levels.fill(0, level * t.fields, (level + 1) * t.fields);
}

/**
 * Writes into level `to` the sums of level `from` with option `o` of issue `i` added (`from` may be `to`).
 * Issues must be added in increasing order, as a pass over terms visits them; issue `i` must be prepared.
 */
export function addOption(t: TermsTable, from: number, to: number, i: number, o: number): void {
  addIssue(t, from, to, i);
  addChoice(t, from, to, i, o);
}

/**
 * The part of {@link addOption} that does not depend on the option: the count, the issue, the ally flag,
 * the aspiration and each party's position and weight. A search that walks every option of an issue at one
 * level writes it once per level, then {@link addChoice} per option.
 */
export function addIssue(t: TermsTable, from: number, to: number, i: number): void {
  const L = t.levels;
  const f = from * t.fields;
  const g = to * t.fields;
  const { issues } = t;
  L[g + COUNT] = (L[f + COUNT] ?? 0) + 1;
  L[g + ONLY] = i;
  L[g + ALLY] = (L[f + ALLY] ?? 0) === 1 || t.ally[i] === 1 ? 1 : 0;
  L[g + WANT] = (L[f + WANT] ?? 0) + (t.wantWeighted[i] ?? 0);
  L[g + WANT_PLAIN] = (L[f + WANT_PLAIN] ?? 0) + (t.want[i] ?? 0);
  for (let p = 0, q = PARTY; p < t.parties.length; p++, q += PER_PARTY) {
    const pi = p * issues + i;
    L[g + q + HELD] = (L[f + q + HELD] ?? 0) + (t.heldWeighted[pi] ?? 0);
    L[g + q + WEIGHT] = (L[f + q + WEIGHT] ?? 0) + (t.weight[pi] ?? 0);
  }
}

/** The part of {@link addOption} that depends on the option (see {@link addIssue}). */
export function addChoice(t: TermsTable, from: number, to: number, i: number, o: number): void {
  const L = t.levels;
  const f = from * t.fields;
  const g = to * t.fields;
  const { issues, width } = t;
  const io = i * width + o;
  L[g + ONLY_OPTION] = o;
  L[g + OUTSIDE] = (L[f + OUTSIDE] ?? 0) === 1 || t.outside[io] === 1 ? 1 : 0;
  L[g + UNAGREEABLE] = (L[f + UNAGREEABLE] ?? 0) === 1 || t.unagreeable[io] === 1 ? 1 : 0;
  L[g + PLAIN] = (L[f + PLAIN] ?? 0) + (t.raw[io] ?? 0);
  for (let p = 0, q = PARTY; p < t.parties.length; p++, q += PER_PARTY) {
    const at = (p * issues + i) * width + o;
    L[g + q + OFFERED] = (L[f + q + OFFERED] ?? 0) + (t.weighted[at] ?? 0);
    L[g + q + PARTY_BLOCKED] = (L[f + q + PARTY_BLOCKED] ?? 0) === 1 || t.blocked[at] === 1 ? 1 : 0;
  }
}

/** The decision's tables with level 0 holding the sums of `options` (an option per issue, -1 elsewhere). */
export function sumsOf(d: Decision, options: readonly number[]): TermsTable {
  const t = termsTable(d);
  clearLevel(t, 0);
  for (let i = 0; i < options.length; i++) {
    const o = options[i] ?? -1;
    if (o < 0) continue;
    prepareIssue(t, i);
    addOption(t, 0, 0, i, o);
  }
  return t;
}

/** Whether one of party `p`'s own standing red lines forbids option `o` of issue `i` (issue prepared). */
export function blockedFor(t: TermsTable, p: number, i: number, o: number): boolean {
  return t.blocked[(p * t.issues + i) * t.width + o] === 1;
}

/** Party `p`'s weighted value of option `o` of issue `i`, as the sums add it (issue prepared). */
export function weightedFor(t: TermsTable, p: number, i: number, o: number): number {
  return t.weighted[(p * t.issues + i) * t.width + o] ?? 0;
}

/** `slack` of the terms summed at `level`, for party `p` (0: the actor) with the weights it is read with. */
export function slackAt(t: TermsTable, level: number, p: number): number {
  const L = t.levels;
  const g = level * t.fields;
  const q = g + PARTY + p * PER_PARTY;
  if ((L[q + PARTY_BLOCKED] ?? 0) === 1) return BLOCKED;
  const count = L[g + COUNT] ?? 0;
  let one = 0;
  if (count === 1) {
    const i = L[g + ONLY] ?? 0;
    const at = (p * t.issues + i) * t.width + (L[g + ONLY_OPTION] ?? 0);
    one = (t.raw[at] ?? 0) - (t.heldRaw[p * t.issues + i] ?? 0);
  }
  return slackOfSums(L[q + OFFERED] ?? 0, L[q + HELD] ?? 0, L[q + WEIGHT] ?? 0, count, one);
}

/** The actor's `termsValue` of the terms summed at `level`. */
export function valueAt(t: TermsTable, level: number): number {
  const L = t.levels;
  const g = level * t.fields;
  return meanOfSums(
    L[g + PARTY + OFFERED] ?? 0,
    L[g + PARTY + WEIGHT] ?? 0,
    L[g + PLAIN] ?? 0,
    L[g + COUNT] ?? 0,
  );
}

/** The actor's aspiration over the terms summed at `level`, normalised as {@link valueAt} is. */
export function wantAt(t: TermsTable, level: number): number {
  const L = t.levels;
  const g = level * t.fields;
  return meanOfSums(L[g + WANT] ?? 0, L[g + PARTY + WEIGHT] ?? 0, L[g + WANT_PLAIN] ?? 0, L[g + COUNT] ?? 0);
}

/** Party `p`'s sum of weighted values of the terms summed at `level` (what its slack compares). */
export function offeredAt(t: TermsTable, level: number, p: number): number {
  return t.levels[level * t.fields + PARTY + p * PER_PARTY + OFFERED] ?? 0;
}

/** Whether a standing red line of someone outside the meeting's parties forbids the terms at `level`. */
export function outsideAt(t: TermsTable, level: number): boolean {
  return t.levels[level * t.fields + OUTSIDE] === 1;
}

/** Whether every option of the terms at `level` could be agreed (no standing red line forbids one). */
export function agreeableAt(t: TermsTable, level: number): boolean {
  return t.levels[level * t.fields + UNAGREEABLE] !== 1;
}

/** Whether a counter with the terms at `level` would turn down an ally's open proposal. */
export function countersAllyAt(t: TermsTable, level: number): boolean {
  return t.levels[level * t.fields + ALLY] === 1;
}
