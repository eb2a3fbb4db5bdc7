import { applyRules } from "../rules/apply.js";
import type { CompiledScenario } from "../rules/compile.js";
import { packageCandidates } from "../rules/packages.js";
import { currentIssue, currentTrack, live, negotiable, speaker } from "../rules/query.js";
import { moveOf } from "../rules/resolve.js";
import type { GameState } from "../rules/state.js";
import { countTerms, moveVerdict, type ResolvedMove } from "../rules/verdict.js";
import { MOVE_TYPES, type Move, type MoveType } from "../vocabulary/moves.js";
import { PHASE_MASK, STANCE_MASK } from "./masks.js";
import type { Sim } from "./sim.js";

/**
 * Legal moves as small integers. A code is `type | arg << 4`: the move type's index in `MOVE_TYPES`, and its
 * argument: the tone of a statement (1 firm), the slot of a proposal's terms in the buffer, the table index of
 * the proposal an accept or reject answers, the issue of a concession, the red line of a reaffirm or cross.
 * A code means something only with the buffer and state it was listed from.
 */
export interface MoveBuffer {
  /** The codes listed, `count` of them. */
  codes: Int32Array;
  count: number;
  /** Terms of listed proposals and counters: `slots[k]` is an option per issue (-1 where they say nothing). */
  readonly slots: number[][];
  slotCount: number;
  /**
   * With `all`, candidates the rules refuse are listed too (for "moves you cannot make now"), including kinds
   * of move the actor's stance rules out (but not kinds the meeting's phase rules out).
   */
  all: boolean;
}

const TYPE_BITS = 4;
const TYPE_MASK = (1 << TYPE_BITS) - 1;
const TYPE_INDEX: Readonly<Record<MoveType, number>> = Object.freeze(
  Object.fromEntries(MOVE_TYPES.map((type, k) => [type, k])) as Record<MoveType, number>,
);

/** An empty buffer; it grows as needed and is meant to be reused across many listings. */
export function moveBuffer(): MoveBuffer {
  return { codes: new Int32Array(64), count: 0, slots: [], slotCount: 0, all: false };
}

/** The move type a code stands for. */
export function codeType(code: number): MoveType {
  return MOVE_TYPES[code & TYPE_MASK] as MoveType;
}

function push(buf: MoveBuffer, code: number): void {
  if (buf.count === buf.codes.length) {
    const bigger = new Int32Array(buf.codes.length * 2);
    bigger.set(buf.codes);
    buf.codes = bigger;
  }
  buf.codes[buf.count++] = code;
}

const ITEM_TYPES = ["propose", "counter"] as const;
const PROCEDURE_TYPES = ["offer-cbm", "propose-follow-up", "accept-follow-up", "walk-out", "pass"] as const;

/** The moves the speaker's stance and the meeting's phase allow, as bit masks over `MOVE_TYPES`. */
interface Allowed {
  stance: number;
  phase: number;
}

function allowed(buf: MoveBuffer, on: Allowed, type: MoveType): boolean {
  const bit = 1 << TYPE_INDEX[type];
  return (buf.all || (on.stance & bit) !== 0) && (on.phase & bit) !== 0;
}

/** Judges the scratch move as `type` with argument `arg`; keeps it if legal (or if listing all). */
function consider(
  c: CompiledScenario,
  s: GameState,
  m: ResolvedMove,
  buf: MoveBuffer,
  on: Allowed,
  type: MoveType,
  arg: number,
): void {
  m.type = type;
  const ok = (on.stance & (1 << TYPE_INDEX[type])) !== 0 && moveVerdict(c, s, m) === null;
  if (ok || buf.all) push(buf, TYPE_INDEX[type] | (arg << TYPE_BITS));
}

/** Considers a proposal or counter with the scratch move's terms, storing them in a slot if kept. */
function considerTerms(
  c: CompiledScenario,
  s: GameState,
  m: ResolvedMove,
  buf: MoveBuffer,
  on: Allowed,
  type: "propose" | "counter",
): void {
  const before = buf.count;
  consider(c, s, m, buf, on, type, buf.slotCount);
  if (buf.count === before) return;
  let slot = buf.slots[buf.slotCount];
  if (slot === undefined) {
    slot = [];
    buf.slots.push(slot);
  }
  slot.length = 0;
  for (const o of m.options) slot.push(o);
  buf.slotCount++;
}

/**
 * Lists the moves the actor on the floor may make now, as codes, into `buf` (cleared first), in a stable
 * order: statements, item proposals and counters on the current item, the packages worth offering, answers
 * to each live proposal on the table, concessions, red lines, then confidence-building, follow-up, walk-out
 * and pass. Returns how many. Allocates nothing once the buffer has grown (packages aside).
 */
export function listMoves(sim: Sim, buf: MoveBuffer): number {
  const c = sim.ctx.c;
  const s = sim.state as GameState;
  buf.count = 0;
  buf.slotCount = 0;
  const a = speaker(c, s);
  if (a === -1) return 0;
  const m = sim.scratch;
  m.a = a;
  m.firm = false;
  m.target = -1;
  m.issue = -1;
  m.r = -1;
  m.options.fill(-1);
  m.count = 0;
  m.first = -1;
  const on: Allowed = { stance: STANCE_MASK[s.stances[a] ?? "engaged"], phase: PHASE_MASK[s.track.phase] };
  if (allowed(buf, on, "statement")) {
    m.firm = true;
    consider(c, s, m, buf, on, "statement", 1);
    m.firm = false;
    consider(c, s, m, buf, on, "statement", 0);
  }
  const track = currentTrack(c, s);
  const i = currentIssue(c, s);
  if (i >= 0 && track.mode !== "packages") {
    const options = c.values[a]?.[i]?.length ?? 0;
    m.count = 1;
    m.first = i;
    for (const type of ITEM_TYPES) {
      if (!allowed(buf, on, type)) continue;
      for (let o = 0; o < options; o++) {
        m.options[i] = o;
        considerTerms(c, s, m, buf, on, type);
      }
    }
    m.options[i] = -1;
    m.count = 0;
    m.first = -1;
  }
  if (track.mode !== "items" && (allowed(buf, on, "propose") || allowed(buf, on, "counter"))) {
    for (const { options: terms } of packageCandidates(c, s, a)) {
      for (let k = 0; k < terms.length; k++) m.options[k] = terms[k] ?? -1;
      countTerms(m);
      if (allowed(buf, on, "propose")) considerTerms(c, s, m, buf, on, "propose");
      if (allowed(buf, on, "counter")) considerTerms(c, s, m, buf, on, "counter");
    }
    m.options.fill(-1);
    m.count = 0;
    m.first = -1;
  }
  for (let k = 0; k < s.table.length; k++) {
    const p = s.table[k];
    if (p === undefined || !live(c, s, p)) continue;
    m.target = k;
    if (allowed(buf, on, "accept")) consider(c, s, m, buf, on, "accept", k);
    if (allowed(buf, on, "reject")) consider(c, s, m, buf, on, "reject", k);
  }
  m.target = -1;
  if (allowed(buf, on, "concede")) {
    if (track.mode === "items") {
      if (i >= 0) {
        m.issue = i;
        consider(c, s, m, buf, on, "concede", i);
      }
    } else {
      for (let issue = 0; issue < c.issueCount; issue++) {
        if (!negotiable(c, s, issue)) continue;
        m.issue = issue;
        consider(c, s, m, buf, on, "concede", issue);
      }
    }
    m.issue = -1;
  }
  if (allowed(buf, on, "reaffirm") || allowed(buf, on, "cross")) {
    for (let r = 0; r < c.redLineActor.length; r++) {
      if (c.redLineActor[r] !== a || !negotiable(c, s, c.redLineIssue[r] ?? -1)) continue;
      m.r = r;
      if (allowed(buf, on, "reaffirm")) consider(c, s, m, buf, on, "reaffirm", r);
      if (allowed(buf, on, "cross")) consider(c, s, m, buf, on, "cross", r);
    }
    m.r = -1;
  }
  for (const type of PROCEDURE_TYPES) {
    if (allowed(buf, on, type)) consider(c, s, m, buf, on, type, 0);
  }
  return buf.count;
}

/** Fills the sim's scratch move with what `code` (listed into `buf`) stands for. */
export function decode(sim: Sim, buf: MoveBuffer, code: number): ResolvedMove {
  const m = sim.scratch;
  const c = sim.ctx.c;
  m.type = codeType(code);
  m.a = speaker(c, sim.state as GameState);
  const arg = code >> TYPE_BITS;
  m.firm = m.type === "statement" && arg === 1;
  m.target = m.type === "accept" || m.type === "reject" ? arg : -1;
  m.issue = m.type === "concede" ? arg : -1;
  m.r = m.type === "reaffirm" || m.type === "cross" ? arg : -1;
  m.options.fill(-1);
  m.count = 0;
  m.first = -1;
  if (m.type === "propose" || m.type === "counter") {
    const slot = buf.slots[arg] ?? [];
    for (let k = 0; k < slot.length; k++) m.options[k] = slot[k] ?? -1;
    countTerms(m);
  }
  return m;
}

/** The move a listed code stands for, in scenario ids. */
export function moveOfCode(sim: Sim, buf: MoveBuffer, code: number): Move {
  return moveOf(sim.ctx.c, sim.state as GameState, decode(sim, buf, code));
}

/**
 * Plays a listed legal code on the sim. The verdict has already accepted it when it was listed; the move is
 * written out in ids only when the sim keeps its move log.
 */
export function playCode(sim: Sim, buf: MoveBuffer, code: number): void {
  const m = decode(sim, buf, code);
  const move = sim.ctx.record ? moveOf(sim.ctx.c, sim.state as GameState, m) : null;
  applyRules(sim.ctx, sim.state, m, move);
}
