import { value } from "../rules/query.js";
import type { PackageSpace } from "./compose.js";
import { seenWeights } from "./outlook.js";
import { EPS } from "./terms.js";
import { type Decision, partyTermsValue } from "./values.js";

/**
 * A party persona's values of the packages of a space, as `termsMoveValue` gives them before its
 * adjustments (re-tabling, countering), and the proposer's own slack, read from tables made once per decision
 * instead of scanning every issue of the scenario for every package: a persona weighs up to 4,096 packages a
 * move, and this was most of the time a game took. A space holds only options no standing red line forbids,
 * so no own or outside red line blocks its packages, and every package covers all of the space's issues (two
 * or more). Sums run over the issues in ascending order, as `termsValue` and `slack` add them, so the numbers
 * are the same to the last bit (`tests/bots-package-values.test.ts`).
 */
export interface PackageValues {
  /** The proposer's slack on package `n` (its own value less that of its positions, normalised). */
  readonly ownSlack: (n: number) => number;
  /** The value of proposing package `n`, before `termsMoveAdjusted`. */
  readonly value: (n: number) => number;
}

/** One actor's reading of the space's issues, in ascending issue order. */
interface Reader {
  /** `values[k * STRIDE + o]`: the actor's value of option `o` of the k-th issue. */
  readonly values: Float64Array;
  readonly weights: Float64Array;
  /** Its value of its position on each issue. */
  readonly held: Float64Array;
  readonly trusts: boolean;
}

/** The tables for party personas; `null` for the mediator, whose values are read another way. */
export function packageValues(d: Decision, space: PackageSpace): PackageValues | null {
  if (d.mediator !== null) return null;
  const { c, s, a, track } = d.o;
  const width = space.issues.length;
  // Ascending issue order, and where each issue's option sits in a package of the space.
  const order = space.issues.map((issue, k) => ({ issue, k })).sort((x, y) => x.issue - y.issue);
  let stride = 1;
  for (const { issue } of order) stride = Math.max(stride, c.values[a]?.[issue]?.length ?? 0);
  const reader = (b: number, weights: readonly number[]): Reader => ({
    values: Float64Array.from({ length: width * stride }, (_, x) =>
      value(c, b, order[Math.floor(x / stride)]?.issue ?? 0, x % stride),
    ),
    weights: Float64Array.from(order, ({ issue }) => weights[issue] ?? 0),
    held: Float64Array.from(order, ({ issue }) => value(c, b, issue, s.positions[b]?.[issue] ?? 0)),
    trusts: (s.trust[b]?.[a] ?? 0) >= c.minTrustToAccept,
  });
  const own = reader(a, d.o.weights);
  const want = Float64Array.from(order, ({ issue }) => d.want[issue] ?? 0);
  const others: Reader[] = [];
  for (const b of track.speakers)
    if (b !== a && track.isParty[b] === true) others.push(reader(b, seenWeights(c, s, a, b)));
  const at = new Int32Array(width);
  for (let j = 0; j < width; j++) at[j] = order[j]?.k ?? 0;
  const options = space.options;
  // `cell[j]`: where package n's option on the j-th issue starts in the readers' tables, for the package at hand.
  const cell = new Int32Array(width);
  let celled = -1;
  const cells = (base: number) => {
    if (celled === base) return;
    for (let j = 0; j < width; j++) cell[j] = j * stride + (options[base + (at[j] ?? 0)] ?? 0);
    celled = base;
  };

  const slackOf = (r: Reader, base: number): number => {
    cells(base);
    let offered = 0;
    let held = 0;
    let weight = 0;
    for (let j = 0; j < width; j++) {
      const w = r.weights[j] ?? 0;
      offered += w * (r.values[cell[j] ?? 0] ?? 0);
      held += w * (r.held[j] ?? 0);
      weight += w;
    }
    return weight > EPS ? (offered - held) / weight : 0;
  };

  return {
    ownSlack: (n) => slackOf(own, n * width),
    value: (n) => {
      const base = n * width;
      cells(base);
      let sum = 0;
      let wanted = 0;
      let weight = 0;
      let plain = 0;
      let plainWant = 0;
      for (let j = 0; j < width; j++) {
        const w = own.weights[j] ?? 0;
        const v = own.values[cell[j] ?? 0] ?? 0;
        sum += w * v;
        wanted += w * (want[j] ?? 0);
        weight += w;
        plain += v;
        plainWant += want[j] ?? 0;
      }
      const gap = weight > EPS ? sum / weight - wanted / weight : plain / width - plainWant / width;
      let reach = true;
      let total = 0;
      for (const r of others) {
        const sl = slackOf(r, base);
        if (sl < -EPS || !r.trusts) reach = false;
        total += sl >= 0 ? 1 : Math.max(0, 1 + 2 * sl);
      }
      return partyTermsValue(gap, reach, others.length === 0 ? 1 : total / others.length);
    },
  };
}
