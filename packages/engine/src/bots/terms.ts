import { codeType, type MoveBuffer, type Sim } from "../core/index.js";
import type { CompiledScenario } from "../rules/compile.js";
import { ownBlockingLine, speaker, value } from "../rules/query.js";
import type { GameState } from "../rules/state.js";
import { verdict } from "../rules/verdict.js";
import { MOVE_TYPES } from "../vocabulary/moves.js";

/**
 * Terms (an option per issue, -1 where they say nothing) as an actor values them, and terms a bot composes
 * itself, added to a move buffer beside the listed moves.
 */

/** Tolerance when comparing sums of weighted values (the rules' own tolerance is smaller). */
export const EPS = 1e-9;

/** What a blocked acceptance counts as: below any slack a real package can have. */
export const BLOCKED = -2;

/**
 * Actor `b`'s value of terms with weights `w`, normalised over the issues the terms cover: the weighted mean
 * of its values of their options (the plain mean when it weights none of them). In [0, 1].
 */
export function termsValue(c: CompiledScenario, b: number, w: readonly number[], options: readonly number[]) {
  let sum = 0;
  let weight = 0;
  let plain = 0;
  let count = 0;
  for (let i = 0; i < options.length; i++) {
    const o = options[i] ?? -1;
    if (o < 0) continue;
    const v = value(c, b, i, o);
    sum += (w[i] ?? 0) * v;
    weight += w[i] ?? 0;
    plain += v;
    count++;
  }
  return meanOfSums(sum, weight, plain, count);
}

/**
 * The normalised mean of {@link termsValue} from its sums over the issues terms cover: the weighted sum over
 * the weight, or the plain mean when the weights cover nothing. The one formula, shared by every caller that
 * sums terms its own way (the persona's per-decision tables, `sums.ts`).
 */
export function meanOfSums(sum: number, weight: number, plain: number, count: number): number {
  if (weight > EPS) return sum / weight;
  return count === 0 ? 0 : plain / count;
}

/**
 * {@link slack} from its sums over the issues terms cover (none of them blocked): `single` is the one
 * issue's value less its position's when the terms cover one issue (an item: its value against the
 * position, whatever the weights).
 */
export function slackOfSums(offered: number, held: number, weight: number, count: number, single: number) {
  if (count === 1) return single;
  return weight > EPS ? (offered - held) / weight : 0;
}

/**
 * How far terms are above what actor `b` holds out for (its positions on the same issues), normalised as in
 * {@link termsValue}: at least 0 exactly when the terms are acceptable to it by the rules (docs/rules.md,
 * "Acceptable terms"), read with weights `w`. {@link BLOCKED} when one of its own standing red lines forbids
 * them.
 */
export function slack(
  c: CompiledScenario,
  s: GameState,
  b: number,
  w: readonly number[],
  options: readonly number[],
): number {
  const positions = s.positions[b] ?? [];
  let offered = 0;
  let held = 0;
  let weight = 0;
  let count = 0;
  let only = -1;
  for (let i = 0; i < options.length; i++) {
    const o = options[i] ?? -1;
    if (o < 0) continue;
    if (ownBlockingLine(c, s, b, i, o) !== -1) return BLOCKED;
    const wi = w[i] ?? 0;
    offered += wi * value(c, b, i, o);
    held += wi * value(c, b, i, positions[i] ?? 0);
    weight += wi;
    count++;
    only = i;
  }
  const single =
    count === 1 ? value(c, b, only, options[only] ?? 0) - value(c, b, only, positions[only] ?? 0) : 0;
  return slackOfSums(offered, held, weight, count, single);
}

/** The number of bits of a move code that hold its type (as `core/listing.ts` encodes codes). */
const TYPE_BITS = 4;

/** Whether the buffer's slot `k` holds exactly `options`. */
function sameSlot(buf: MoveBuffer, k: number, options: readonly number[]): boolean {
  const slot = buf.slots[k];
  if (slot === undefined || slot.length !== options.length) return false;
  for (let i = 0; i < options.length; i++) if (slot[i] !== options[i]) return false;
  return true;
}

/**
 * Adds a proposal or counter of `options` by the actor on the floor to the listed moves, if the rules allow
 * it now and it is not listed yet. Returns its index in `buf.codes` (the listed one if it was there), or -1
 * when the rules refuse it. The code is encoded as the core encodes the codes it lists, so `decode`,
 * `playCode` and `moveOfCode` read it like any other.
 */
export function pushTerms(
  sim: Sim,
  buf: MoveBuffer,
  type: "propose" | "counter",
  options: readonly number[],
) {
  const typeIndex = MOVE_TYPES.indexOf(type);
  for (let k = 0; k < buf.count; k++) {
    const code = buf.codes[k] ?? 0;
    if (codeType(code) === type && sameSlot(buf, code >> TYPE_BITS, options)) return k;
  }
  const m = sim.scratch;
  const s = sim.state as GameState;
  m.type = type;
  m.a = speaker(sim.ctx.c, s);
  m.firm = false;
  m.target = -1;
  m.issue = -1;
  m.r = -1;
  for (let i = 0; i < m.options.length; i++) m.options[i] = options[i] ?? -1;
  if (verdict(sim.ctx.c, s, m) !== null) return -1;
  let slot = buf.slots[buf.slotCount];
  if (slot === undefined) {
    slot = [];
    buf.slots.push(slot);
  }
  slot.length = 0;
  for (const o of options) slot.push(o);
  if (buf.count === buf.codes.length) {
    const bigger = new Int32Array(buf.codes.length * 2);
    bigger.set(buf.codes);
    buf.codes = bigger;
  }
  buf.codes[buf.count] = typeIndex | (buf.slotCount << TYPE_BITS);
  buf.slotCount++;
  return buf.count++;
}
