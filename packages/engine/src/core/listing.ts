import { stanceTable, trackTable } from "../machines/index.js";
import { applyRules } from "../rules/apply.js";
import type { CompiledScenario } from "../rules/compile.js";
import { packageCandidates } from "../rules/packages.js";
import { currentIssue, currentTrack, live, negotiable, speaker } from "../rules/query.js";
import { moveOf } from "../rules/resolve.js";
import type { GameState } from "../rules/state.js";
import { moveVerdict, type ResolvedMove } from "../rules/verdict.js";
import { MOVE_TYPES, type Move, type MoveType } from "../vocabulary/moves.js";
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

/** Lists candidate moves of the speaker, judging each in one reused scratch move. */
class Lister {
  private readonly stance: Partial<Record<string, unknown>>;
  private readonly phase: Partial<Record<string, unknown>>;

  constructor(
    private readonly c: CompiledScenario,
    private readonly s: GameState,
    private readonly m: ResolvedMove,
    private readonly buf: MoveBuffer,
  ) {
    this.stance = stanceTable.next[s.stances[m.a] ?? "engaged"];
    this.phase = trackTable.next[s.track.phase];
  }

  allowed(type: MoveType): boolean {
    return (this.buf.all || this.stance[type] !== undefined) && this.phase[type] !== undefined;
  }

  /** Judges the scratch move as `type` with argument `arg`; keeps it if legal (or if listing all). */
  consider(type: MoveType, arg: number): boolean {
    const m = this.m;
    m.type = type;
    const ok = this.stance[type] !== undefined && moveVerdict(this.c, this.s, m) === null;
    if (ok || this.buf.all) push(this.buf, TYPE_INDEX[type] | (arg << TYPE_BITS));
    return ok;
  }

  /** Considers a proposal or counter with the scratch move's options, storing them in a slot if kept. */
  considerTerms(type: "propose" | "counter"): void {
    const buf = this.buf;
    const before = buf.count;
    this.consider(type, buf.slotCount);
    if (buf.count === before) return;
    let slot = buf.slots[buf.slotCount];
    if (slot === undefined) {
      slot = [];
      buf.slots.push(slot);
    }
    slot.length = 0;
    for (const o of this.m.options) slot.push(o);
    buf.slotCount++;
  }
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
  const lister = new Lister(c, s, m, buf);
  if (lister.allowed("statement")) {
    m.firm = true;
    lister.consider("statement", 1);
    m.firm = false;
    lister.consider("statement", 0);
  }
  const track = currentTrack(c, s);
  const i = currentIssue(c, s);
  if (i >= 0 && track.mode !== "packages") {
    const options = c.values[a]?.[i]?.length ?? 0;
    for (const type of ["propose", "counter"] as const) {
      if (!lister.allowed(type)) continue;
      for (let o = 0; o < options; o++) {
        m.options[i] = o;
        lister.considerTerms(type);
      }
    }
    m.options.fill(-1);
  }
  if (lister.allowed("propose") || lister.allowed("counter")) {
    for (const { options: terms } of packageCandidates(c, s, a)) {
      for (let k = 0; k < terms.length; k++) m.options[k] = terms[k] ?? -1;
      if (lister.allowed("propose")) lister.considerTerms("propose");
      if (lister.allowed("counter")) lister.considerTerms("counter");
    }
    m.options.fill(-1);
  }
  for (let k = 0; k < s.table.length; k++) {
    const p = s.table[k];
    if (p === undefined || !live(c, s, p)) continue;
    m.target = k;
    if (lister.allowed("accept")) lister.consider("accept", k);
    if (lister.allowed("reject")) lister.consider("reject", k);
  }
  m.target = -1;
  if (lister.allowed("concede")) {
    for (let issue = 0; issue < c.issueCount; issue++) {
      if (!negotiable(c, s, issue)) continue;
      m.issue = issue;
      lister.consider("concede", issue);
    }
    m.issue = -1;
  }
  for (let r = 0; r < c.redLineActor.length; r++) {
    if (c.redLineActor[r] !== a || !negotiable(c, s, c.redLineIssue[r] ?? -1)) continue;
    m.r = r;
    if (lister.allowed("reaffirm")) lister.consider("reaffirm", r);
    if (lister.allowed("cross")) lister.consider("cross", r);
  }
  m.r = -1;
  for (const type of ["offer-cbm", "propose-follow-up", "accept-follow-up", "walk-out", "pass"] as const) {
    if (lister.allowed(type)) lister.consider(type, 0);
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
  if (m.type === "propose" || m.type === "counter") {
    const slot = buf.slots[arg] ?? [];
    for (let k = 0; k < slot.length; k++) m.options[k] = slot[k] ?? -1;
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
