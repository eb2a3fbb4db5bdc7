import { redLineTable } from "../machines/index.js";
import { at, InvariantError } from "../vocabulary/assert.js";
import type { CompiledScenario, CompiledTrack } from "./compile.js";
import type { GameState, Proposal } from "./state.js";

/**
 * The rules' questions about a state: who has the floor, what may be negotiated now, what an actor accepts.
 * Index-based and allocation-free: the hot path asks them for every candidate move.
 */

/** Tolerance when comparing sums of weighted values, so that rounding never decides acceptability. */
const EPS = 1e-12;

// The hot functions below index their arrays themselves rather than through `at`: one `at` shared by every
// caller sees arrays of every kind and its element loads go megamorphic, which V8 then runs on a slow path.
// Their failures are thrown by `noEntry`, out of line, so that they stay small enough for V8 to inline.

/** Throws the invariant error of a lookup that cannot miss. */
export function noEntry(what: string, index: number): never {
  throw new InvariantError(`${what}: no entry ${index}`);
}

/** The compiled form of the meeting being played. */
export function currentTrack(c: CompiledScenario, s: GameState): CompiledTrack {
  const track = c.tracks[s.track.index];
  if (track === undefined) noEntry("track", s.track.index);
  return track;
}

/** Index of the actor who has the floor, or -1 when the game is over. */
export function speaker(c: CompiledScenario, s: GameState): number {
  if (s.over) return -1;
  const a = currentTrack(c, s).speakers[s.track.floor];
  if (a === undefined) noEntry("floor", s.track.floor);
  return a;
}

/** Whether the meeting is in its agenda (or overrun), where issues are negotiated. */
export function onAgenda(s: GameState): boolean {
  return s.track.phase === "agenda" || s.track.phase === "overrun";
}

/** Index of the current agenda item's issue, or -1 outside the agenda. */
export function currentIssue(c: CompiledScenario, s: GameState): number {
  if (!onAgenda(s)) return -1;
  return currentTrack(c, s).agenda[s.track.agendaIndex] ?? -1;
}

/**
 * Whether issue `i` may be negotiated alone now (conceded, its red lines reaffirmed or crossed): in `items`
 * mode the current item's issue; in `packages` and `both` mode any open issue of the meeting's agenda.
 */
export function negotiable(c: CompiledScenario, s: GameState, i: number): boolean {
  if (!onAgenda(s) || s.agreed[i] !== null) return false;
  const track = currentTrack(c, s);
  if (track.mode === "items") return currentIssue(c, s) === i;
  return track.onAgenda[i] === true;
}

/** The issues a set of terms covers, counted. */
export function termCount(options: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < options.length; i++) if ((options[i] ?? -1) >= 0) n++;
  return n;
}

/** The only issue of single-issue terms (or the first of a package), -1 for empty terms. */
export function firstIssue(options: readonly number[]): number {
  for (let i = 0; i < options.length; i++) if ((options[i] ?? -1) >= 0) return i;
  return -1;
}

/**
 * Whether an open proposal may be answered now: a package at any point of the agenda, an item proposal while
 * its issue is the current item.
 */
export function live(c: CompiledScenario, s: GameState, p: Proposal): boolean {
  if (!onAgenda(s)) return false;
  return termCount(p.options) >= 2 || currentIssue(c, s) === firstIssue(p.options);
}

/** Index in the table of the open proposal covering issue `i`, or -1. */
export function proposalCovering(s: GameState, i: number): number {
  for (let k = 0; k < s.table.length; k++) if ((s.table[k]?.options[i] ?? -1) >= 0) return k;
  return -1;
}

/** Whether a red line still binds (it does until it is crossed). */
export function standing(s: GameState, r: number): boolean {
  const status = s.redLines[r];
  return status !== undefined && !redLineTable.final[status];
}

/** The actor's own standing red line that forbids option `o` of issue `i`, or -1. */
export function ownBlockingLine(c: CompiledScenario, s: GameState, a: number, i: number, o: number): number {
  const lines = c.ownLines[a]?.[i];
  if (lines === undefined) return -1;
  for (let k = 0; k < lines.length; k++) {
    const r = lines[k] ?? -1;
    if (c.forbids[r]?.[o] === true && standing(s, r)) return r;
  }
  return -1;
}

/**
 * A standing red line, held by an actor who is not a party of the meeting (absent, or in the chair as a
 * mediator), that forbids one of the options; -1 if none. Such a line stops every acceptance.
 */
export function outsideLine(c: CompiledScenario, s: GameState, options: readonly number[]): number {
  const track = currentTrack(c, s);
  for (let i = 0; i < options.length; i++) {
    const o = options[i] ?? -1;
    if (o < 0) continue;
    const r = outsideLineOn(c, s, track, i, o);
    if (r !== -1) return r;
  }
  return -1;
}

/** {@link outsideLine} for option `o` of issue `i` alone, in the meeting `track`. */
export function outsideLineOn(
  c: CompiledScenario,
  s: GameState,
  track: CompiledTrack,
  i: number,
  o: number,
): number {
  const lines = c.forbidding[i]?.[o];
  if (lines === undefined) return -1;
  for (let k = 0; k < lines.length; k++) {
    const r = lines[k] ?? -1;
    if (track.isParty[c.redLineActor[r] ?? -1] !== true && standing(s, r)) return r;
  }
  return -1;
}

/** The actor's weights in this game: its drawn type's, or its public ones. */
export function weightsOf(c: CompiledScenario, s: GameState, a: number): readonly number[] {
  const t = s.types[a] ?? -1;
  return t >= 0 ? at(at(c.typeWeights, a, "type weights"), t, "type") : at(c.weights, a, "weights");
}

/** The actor's value of option `o` of issue `i`. */
export function value(c: CompiledScenario, a: number, i: number, o: number): number {
  return c.values[a]?.[i]?.[o] ?? 0;
}

/** Why terms are not acceptable to an actor: one of its red lines forbids them, or they are worth too little. */
export type Unacceptable = "red-line" | "unacceptable";

/**
 * {@link unacceptable} for item terms (option `o` of issue `i` alone), without scanning the other issues: the
 * legal-move lister asks it for every option of the current item.
 */
export function itemUnacceptable(
  c: CompiledScenario,
  s: GameState,
  a: number,
  i: number,
  o: number,
): Unacceptable | null {
  if (ownBlockingLine(c, s, a, i, o) !== -1) return "red-line";
  const positions = s.positions[a];
  if (positions === undefined) noEntry("positions", a);
  // `value` twice, on the actor's values for the issue, looked up once.
  const values = c.values[a]?.[i];
  return (values?.[o] ?? 0) >= (values?.[positions[i] ?? 0] ?? 0) ? null : "unacceptable";
}

/**
 * Whether terms are acceptable to actor `a` (docs/rules.md, "Acceptable terms"): `null` if they are, else why
 * not. An item must be worth its position; a package must be worth, by the actor's weights, what its
 * positions on the same issues are worth.
 */
export function unacceptable(
  c: CompiledScenario,
  s: GameState,
  a: number,
  options: readonly number[],
): Unacceptable | null {
  let count = 0;
  let only = -1;
  for (let i = 0; i < options.length; i++) {
    const o = options[i] ?? -1;
    if (o < 0) continue;
    if (ownBlockingLine(c, s, a, i, o) !== -1) return "red-line";
    count++;
    only = i;
  }
  const positions = at(s.positions, a, "positions");
  if (count === 1) {
    const o = options[only] ?? -1;
    return value(c, a, only, o) >= value(c, a, only, positions[only] ?? 0) ? null : "unacceptable";
  }
  const weights = weightsOf(c, s, a);
  let offered = 0;
  let held = 0;
  for (let i = 0; i < options.length; i++) {
    const o = options[i] ?? -1;
    if (o < 0) continue;
    const w = weights[i] ?? 0;
    offered += w * value(c, a, i, o);
    held += w * value(c, a, i, positions[i] ?? 0);
  }
  return offered >= held - EPS ? null : "unacceptable";
}

/**
 * The option the actor's position moves to if it concedes on issue `i`: the best option it values strictly
 * less than its position (the lowest index among equals); -1 when it has nothing left to give.
 */
export function nextConcession(c: CompiledScenario, s: GameState, a: number, i: number): number {
  const values = c.values[a]?.[i] ?? [];
  const current = values[s.positions[a]?.[i] ?? 0] ?? 0;
  let best = -1;
  let bestValue = -1;
  for (let o = 0; o < values.length; o++) {
    const v = values[o] ?? 0;
    if (v < current && v > bestValue) {
      best = o;
      bestValue = v;
    }
  }
  return best;
}

/** The meeting's time limit now: its planned length, overrun allowance and any deadline change. */
export function timeLimit(c: CompiledScenario, s: GameState): number {
  return currentTrack(c, s).limit + s.track.deadline;
}
