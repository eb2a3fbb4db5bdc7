import { codeType, type MoveBuffer, type Sim } from "../core/index.js";
import type { CompiledScenario } from "../rules/compile.js";
import { currentTrack, live, outsideLine, ownBlockingLine, speaker, unacceptable } from "../rules/query.js";
import type { GameState, Proposal } from "../rules/state.js";
import type { MoveType } from "../vocabulary/moves.js";

/**
 * The kit's deal-seeking guide: a simple, deterministic player whose only aim is to get something agreed,
 * so that guided plays reach the agreements that uniform random plays almost never do (an agreement needs
 * several actors to propose, concede, build trust and accept in the right order, in the minutes an agenda
 * item allows). It sees the whole state, other seats' hidden types and positions included: it is a test
 * guide, no model of a delegation; deviations (see `arbGuidedPlay`) make the variety.
 *
 * In each state it prefers, in order: agreeing a follow-up; accepting a proposal; as a proposer, building
 * the trust the others need to accept; as a party that cannot accept a proposal, removing the obstacle
 * (crossing its own red line in the way, conceding towards the terms, or clearing terms nobody here can ever
 * accept); tabling the terms that most other parties would accept now (conceding first when none would);
 * and otherwise passing.
 */

/** The listed codes, by kind, as indexes into the buffer. */
type Listed = Partial<Record<MoveType, number[]>>;

function listed(buf: MoveBuffer, count: number): Listed {
  const out: Listed = {};
  for (let k = 0; k < count; k++) {
    const type = codeType(buf.codes[k] ?? 0);
    const list = out[type] ?? [];
    list.push(k);
    out[type] = list;
  }
  return out;
}

/** The code's argument (its slot, table index, issue or red line). */
const argOf = (buf: MoveBuffer, k: number): number => (buf.codes[k] ?? 0) >> 4;

/** Whether party `b` would accept terms proposed by `a` now (acceptable, no outside red line, trusted). */
function wouldAccept(
  c: CompiledScenario,
  s: GameState,
  b: number,
  a: number,
  options: readonly number[],
): boolean {
  return (
    unacceptable(c, s, b, options) === null &&
    outsideLine(c, s, options) === -1 &&
    (s.trust[b]?.[a] ?? 0) >= c.minTrustToAccept
  );
}

/** The other parties of the meeting. */
function otherParties(c: CompiledScenario, s: GameState, a: number): number[] {
  const track = currentTrack(c, s);
  return track.speakers.filter((b) => b !== a && track.isParty[b] === true);
}

/** How many other parties would accept the terms now, and by how much they like them (to break ties). */
function appeal(c: CompiledScenario, s: GameState, a: number, options: readonly number[]): number {
  let score = 0;
  for (const b of otherParties(c, s, a)) {
    if (wouldAccept(c, s, b, a, options)) score += 1;
    else if (unacceptable(c, s, b, options) === null) score += 0.5;
  }
  return score;
}

/** The first listed code of a kind whose argument passes `test`, or -1. */
function firstOf(
  list: Listed,
  type: MoveType,
  buf: MoveBuffer,
  test: (arg: number) => boolean = () => true,
): number {
  return (list[type] ?? []).find((k) => test(argOf(buf, k))) ?? -1;
}

/** What the speaker, a party that cannot accept `p`, can do about it: a listed code, or -1. */
function unblock(
  c: CompiledScenario,
  s: GameState,
  a: number,
  p: Proposal,
  list: Listed,
  buf: MoveBuffer,
): number {
  for (let i = 0; i < p.options.length; i++) {
    const o = p.options[i] ?? -1;
    if (o < 0) continue;
    const line = ownBlockingLine(c, s, a, i, o);
    if (line !== -1) return firstOf(list, "cross", buf, (r) => r === line);
  }
  if (outsideLine(c, s, p.options) !== -1) return -1;
  const positions = s.positions[a] ?? [];
  for (let i = 0; i < p.options.length; i++) {
    const o = p.options[i] ?? -1;
    if (o < 0) continue;
    const held = c.values[a]?.[i]?.[positions[i] ?? 0] ?? 0;
    if (held > (c.values[a]?.[i]?.[o] ?? 0)) {
      const k = firstOf(list, "concede", buf, (issue) => issue === i);
      if (k !== -1) return k;
    }
  }
  return -1;
}

/** The listed proposal (or counter) with the most appeal, and its appeal; `{ k: -1 }` if none is listed. */
function bestTerms(sim: Sim, buf: MoveBuffer, list: Listed, a: number): { k: number; appeal: number } {
  const c = sim.ctx.c;
  const s = sim.state as GameState;
  let best = { k: -1, appeal: -1 };
  for (const type of ["propose", "counter"] as const) {
    for (const k of list[type] ?? []) {
      const options = buf.slots[argOf(buf, k)] ?? [];
      const score = appeal(c, s, a, options) - (type === "counter" ? 0.25 : 0);
      if (score > best.appeal) best = { k, appeal: score };
    }
  }
  return best;
}

/** The deal-seeker's choice among the `count` codes listed in `buf`: the index of one of them. */
export function seekDeal(sim: Sim, buf: MoveBuffer, count: number): number {
  const c = sim.ctx.c;
  const s = sim.state as GameState;
  const a = speaker(c, s);
  const list = listed(buf, count);
  const pass = firstOf(list, "pass", buf);
  const fallback = pass === -1 ? 0 : pass;
  const or = (k: number): number => (k === -1 ? fallback : k);
  const followUp = firstOf(list, "accept-follow-up", buf);
  if (followUp !== -1) return followUp;
  if (s.track.phase === "closing") return or(firstOf(list, "propose-follow-up", buf));
  if (s.track.phase === "opening") {
    const distrusted = otherParties(c, s, a).some((b) => (s.trust[b]?.[a] ?? 0) < c.minTrustToAccept + 10);
    const cbm = firstOf(list, "offer-cbm", buf);
    return distrusted && cbm !== -1 ? cbm : fallback;
  }
  const accept = firstOf(list, "accept", buf);
  if (accept !== -1) return accept;
  const party = currentTrack(c, s).isParty[a] === true;
  for (const p of s.table) {
    if (!live(c, s, p)) continue;
    if (p.by === a) {
      const distrusting = otherParties(c, s, a).some(
        (b) => !p.accepted.includes(b) && (s.trust[b]?.[a] ?? 0) < c.minTrustToAccept,
      );
      // Wait for the others to concede, or win their trust.
      if (!distrusting) return fallback;
      const cbm = firstOf(list, "offer-cbm", buf);
      return cbm !== -1 ? cbm : or(firstOf(list, "statement", buf, (firm) => firm === 0));
    } else if (party && !p.accepted.includes(a)) {
      const k = unblock(c, s, a, p, list, buf);
      if (k !== -1) return k;
      if (outsideLine(c, s, p.options) !== -1) return or(firstOf(list, "reject", buf));
    }
  }
  const best = bestTerms(sim, buf, list, a);
  if (best.k !== -1 && best.appeal >= 1) return best.k;
  const concede = firstOf(list, "concede", buf);
  if (concede !== -1) return concede;
  return best.k !== -1 ? best.k : fallback;
}
