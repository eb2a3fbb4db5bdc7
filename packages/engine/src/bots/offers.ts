import type { MoveBuffer, Sim } from "../core/index.js";
import { onAgenda, proposalCovering } from "../rules/query.js";
import type { GameState } from "../rules/state.js";
import { packageAt, packageSpace } from "./compose.js";
import { packageValues } from "./package-values.js";
import { EPS, pushTerms, slack } from "./terms.js";
import { counterCost, countersAlly, type Decision, retabled, termsMoveValue } from "./values.js";

/**
 * The packages a persona composes itself, beside the bounded set the rules list: over the meeting's open
 * agenda issues, the packages it values most as a proposal (its logrolling offers: terms that give on what
 * matters less to it to gain on what matters more, in the form the other parties are most likely to
 * accept; the mediator's: the parties' bargain). Added to the buffer as legal moves, valued with the rest.
 */

/** How many of its best packages per set of issues a persona adds. */
const OFFERS_PER_SPACE = 2;

/** Adds the best packages over `issues` as `type` moves, if the rules allow them. */
function offerOver(d: Decision, sim: Sim, buf: MoveBuffer, type: "propose" | "counter", issues: number[]) {
  if (issues.length < 2) return;
  const { c, s, a } = d.o;
  const space = packageSpace(c, s, issues);
  if (space.count === 0) return;
  const terms = c.scenario.issues.map(() => -1);
  const move = { type, options: terms };
  const bestIndex: number[] = [];
  const bestValue: number[] = [];
  const fast = packageValues(d, space);
  // Whether a counter turns down an ally's proposal is the same for every package of the space.
  const ally = type === "counter" && countersAlly(d, packageAt(space, 0, terms));
  for (let n = 0; n < space.count; n++) {
    let v: number;
    // A party may table only what it accepts itself (docs/rules.md, "Moves").
    if (fast === null) {
      packageAt(space, n, terms);
      if (d.o.party && slack(c, s, a, d.o.weights, terms) < -EPS) continue;
      v = termsMoveValue(d, move);
    } else {
      if (d.o.party && fast.ownSlack(n) < -EPS) continue;
      v = fast.value(n);
      if (s.table.length > 0 && retabled(d, packageAt(space, n, terms))) v -= 0.5;
      v = counterCost(d, move, v, ally);
    }
    let k = bestValue.length;
    while (k > 0 && v > (bestValue[k - 1] ?? 0)) k--;
    if (k >= OFFERS_PER_SPACE) continue;
    bestIndex.splice(k, 0, n);
    bestValue.splice(k, 0, v);
    bestIndex.length = Math.min(bestIndex.length, OFFERS_PER_SPACE);
    bestValue.length = bestIndex.length;
  }
  for (const n of bestIndex) pushTerms(sim, buf, type, packageAt(space, n, [...terms]));
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
