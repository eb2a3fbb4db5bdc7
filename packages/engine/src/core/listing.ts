import { applyRules } from "../rules/apply.js";
import type { CompiledScenario } from "../rules/compile.js";
import { packageCandidates } from "../rules/packages.js";
import { currentIssue, currentTrack, live, negotiable, speaker } from "../rules/query.js";
import { moveOf } from "../rules/resolve.js";
import type { GameState } from "../rules/state.js";
import {
  acceptFollowUpVerdict,
  acceptVerdict,
  answerableVerdict,
  cbmVerdict,
  clearOptions,
  concedeVerdict,
  countTerms,
  coverageVerdict,
  moveVerdict,
  proposeFollowUpVerdict,
  proposerVerdictAs,
  type ResolvedMove,
  redLineOpenVerdict,
  redLineStepVerdict,
} from "../rules/verdict.js";
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

// The lister works with move types as their indexes in `MOVE_TYPES` (small integers, tested as bits of the
// stance and phase masks) rather than looking their names up for every candidate.
const STATEMENT = TYPE_INDEX.statement;
const PROPOSE = TYPE_INDEX.propose;
const COUNTER = TYPE_INDEX.counter;
const ACCEPT = TYPE_INDEX.accept;
const REJECT = TYPE_INDEX.reject;
const CONCEDE = TYPE_INDEX.concede;
const REAFFIRM = TYPE_INDEX.reaffirm;
const CROSS = TYPE_INDEX.cross;
const OFFER_CBM = TYPE_INDEX["offer-cbm"];
const PROPOSE_FOLLOW_UP = TYPE_INDEX["propose-follow-up"];
const ACCEPT_FOLLOW_UP = TYPE_INDEX["accept-follow-up"];
const WALK_OUT = TYPE_INDEX["walk-out"];
const PASS = TYPE_INDEX.pass;
const ITEM_TYPES: readonly number[] = [PROPOSE, COUNTER];

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

/** Lists the code of move type `type` (an index) with argument `arg`. */
function list(buf: MoveBuffer, type: number, arg: number): void {
  push(buf, type | (arg << TYPE_BITS));
}

/** Lists a proposal or counter with the scratch move's terms, keeping them in the next slot. */
function listTerms(buf: MoveBuffer, m: ResolvedMove, type: number): void {
  list(buf, type, buf.slotCount);
  let slot = buf.slots[buf.slotCount];
  if (slot === undefined) {
    slot = [...m.options];
    buf.slots.push(slot);
  }
  // Overwritten in place: emptying an array and pushing again would allocate its storage again.
  const options = m.options;
  if (slot.length !== options.length) slot.length = options.length;
  for (let k = 0; k < options.length; k++) slot[k] = options[k] ?? -1;
  buf.slotCount++;
}

/**
 * Which kinds of move to consider, as a bit mask over `MOVE_TYPES`: those the speaker's stance and the
 * meeting's phase allow; when listing `all`, those the phase allows.
 */
function considered(buf: MoveBuffer, s: GameState, a: number): number {
  const phase = PHASE_MASK[s.track.phase];
  return buf.all ? phase : STANCE_MASK[s.stances[a] ?? "engaged"] & phase;
}

const has = (mask: number, type: number): boolean => (mask & (1 << type)) !== 0;

/** Lists reaffirming and crossing red line `r` (the speaker's, on an issue it may negotiate now). */
function listRedLine(
  c: CompiledScenario,
  s: GameState,
  m: ResolvedMove,
  buf: MoveBuffer,
  may: number,
  r: number,
): void {
  m.r = r;
  // What both moves share is judged once (`redLineVerdict` is that, then the machine's step).
  const open = buf.all || redLineOpenVerdict(c, s, m) === null;
  if (has(may, REAFFIRM)) {
    m.type = "reaffirm";
    if (buf.all || (open && redLineStepVerdict(s, m) === null)) list(buf, REAFFIRM, r);
  }
  if (has(may, CROSS)) {
    m.type = "cross";
    if (buf.all || (open && redLineStepVerdict(s, m) === null)) list(buf, CROSS, r);
  }
}

/**
 * Lists the moves the actor on the floor may make now, as codes, into `buf` (cleared first), in a stable
 * order: statements, item proposals and counters on the current item, the packages worth offering, answers
 * to each live proposal on the table, concessions, red lines, then confidence-building, follow-up, walk-out
 * and pass. Returns how many. Allocates nothing once the buffer has grown (packages aside).
 *
 * Every candidate is judged by the verdict (`moveVerdict`, or for a kind of move the function it dispatches
 * to); with `buf.all`, every candidate of a kind the phase allows is listed, legal or not.
 */
export function listMoves(sim: Sim, buf: MoveBuffer): number {
  const c = sim.ctx.c;
  const s = sim.state as GameState;
  buf.count = 0;
  buf.slotCount = 0;
  const a = speaker(c, s);
  if (a === -1) return 0;
  const all = buf.all;
  const m = sim.scratch;
  m.a = a;
  m.firm = false;
  m.target = -1;
  m.issue = -1;
  m.r = -1;
  clearOptions(m);
  m.count = 0;
  m.first = -1;
  const may = considered(buf, s, a);
  if (has(may, STATEMENT)) {
    m.type = "statement";
    m.firm = true;
    if (all || moveVerdict(c, s, m) === null) list(buf, STATEMENT, 1);
    m.firm = false;
    if (all || moveVerdict(c, s, m) === null) list(buf, STATEMENT, 0);
  }
  const track = currentTrack(c, s);
  const i = currentIssue(c, s);
  if (i >= 0 && track.mode !== "packages") {
    const options = c.values[a]?.[i]?.length ?? 0;
    m.count = 1;
    m.first = i;
    const party = track.isParty[a] === true;
    for (let t = 0; t < ITEM_TYPES.length; t++) {
      const type = ITEM_TYPES[t] ?? -1;
      if (!has(may, type)) continue;
      m.type = MOVE_TYPES[type] as MoveType;
      // Whether an item on this issue may be tabled now does not depend on the option: asked once.
      m.options[i] = 0;
      if (!all && coverageVerdict(c, s, m) !== null) continue;
      for (let o = 0; o < options; o++) {
        m.options[i] = o;
        if (all || proposerVerdictAs(c, s, m, party) === null) listTerms(buf, m, type);
      }
    }
    m.options[i] = -1;
    m.count = 0;
    m.first = -1;
  }
  if (track.mode !== "items" && (has(may, PROPOSE) || has(may, COUNTER))) {
    for (const { options: terms } of packageCandidates(c, s, a)) {
      for (let k = 0; k < terms.length; k++) m.options[k] = terms[k] ?? -1;
      countTerms(m);
      for (const type of ITEM_TYPES) {
        if (!has(may, type)) continue;
        m.type = MOVE_TYPES[type] as MoveType;
        if (all || moveVerdict(c, s, m) === null) listTerms(buf, m, type);
      }
    }
    clearOptions(m);
    m.count = 0;
    m.first = -1;
  }
  for (let k = 0; k < s.table.length; k++) {
    const p = s.table[k];
    if (p === undefined || !live(c, s, p)) continue;
    m.target = k;
    // What both answers share is judged once (`answerVerdict` is that, then acceptance for an accept).
    const answerable = all || answerableVerdict(c, s, m) === null;
    if (has(may, ACCEPT)) {
      m.type = "accept";
      if (all || (answerable && acceptVerdict(c, s, m) === null)) list(buf, ACCEPT, k);
    }
    if (has(may, REJECT)) {
      m.type = "reject";
      if (answerable) list(buf, REJECT, k);
    }
  }
  m.target = -1;
  if (has(may, CONCEDE)) {
    m.type = "concede";
    if (track.mode === "items") {
      if (i >= 0) {
        m.issue = i;
        if (all || concedeVerdict(c, s, m) === null) list(buf, CONCEDE, i);
      }
    } else {
      for (let issue = 0; issue < c.issueCount; issue++) {
        if (!negotiable(c, s, issue)) continue;
        m.issue = issue;
        if (all || concedeVerdict(c, s, m) === null) list(buf, CONCEDE, issue);
      }
    }
    m.issue = -1;
  }
  if (has(may, REAFFIRM) || has(may, CROSS)) {
    if (track.mode === "items") {
      // Item by item only the current issue may be negotiated: the speaker's lines on it, in order.
      const lines = i >= 0 && negotiable(c, s, i) ? c.ownLines[a]?.[i] : undefined;
      if (lines !== undefined)
        for (let k = 0; k < lines.length; k++) listRedLine(c, s, m, buf, may, lines[k] ?? -1);
    } else {
      for (let r = 0; r < c.redLineActor.length; r++) {
        if (c.redLineActor[r] === a && negotiable(c, s, c.redLineIssue[r] ?? -1))
          listRedLine(c, s, m, buf, may, r);
      }
    }
    m.r = -1;
  }
  if (has(may, OFFER_CBM)) {
    m.type = "offer-cbm";
    if (all || cbmVerdict(s, m) === null) list(buf, OFFER_CBM, 0);
  }
  if (has(may, PROPOSE_FOLLOW_UP)) {
    m.type = "propose-follow-up";
    if (all || proposeFollowUpVerdict(s) === null) list(buf, PROPOSE_FOLLOW_UP, 0);
  }
  if (has(may, ACCEPT_FOLLOW_UP)) {
    m.type = "accept-follow-up";
    if (all || acceptFollowUpVerdict(c, s, m) === null) list(buf, ACCEPT_FOLLOW_UP, 0);
  }
  if (has(may, WALK_OUT)) {
    m.type = "walk-out";
    if (all || moveVerdict(c, s, m) === null) list(buf, WALK_OUT, 0);
  }
  if (has(may, PASS)) {
    m.type = "pass";
    if (all || moveVerdict(c, s, m) === null) list(buf, PASS, 0);
  }
  return buf.count;
}

/** Fills the sim's scratch move with what `code` (listed into `buf`) stands for. */
export function decode(sim: Sim, buf: MoveBuffer, code: number): ResolvedMove {
  const m = sim.scratch;
  const c = sim.ctx.c;
  const type = code & TYPE_MASK;
  m.type = MOVE_TYPES[type] as MoveType;
  m.a = speaker(c, sim.state as GameState);
  const arg = code >> TYPE_BITS;
  m.firm = type === STATEMENT && arg === 1;
  m.target = type === ACCEPT || type === REJECT ? arg : -1;
  m.issue = type === CONCEDE ? arg : -1;
  m.r = type === REAFFIRM || type === CROSS ? arg : -1;
  clearOptions(m);
  m.count = 0;
  m.first = -1;
  if (type === PROPOSE || type === COUNTER) {
    const slot = buf.slots[arg];
    if (slot !== undefined) for (let k = 0; k < slot.length; k++) m.options[k] = slot[k] ?? -1;
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
 * written out in ids (`applyRules`) only when the sim keeps its move log.
 */
export function playCode(sim: Sim, buf: MoveBuffer, code: number): void {
  applyRules(sim.ctx, sim.state, decode(sim, buf, code));
}
