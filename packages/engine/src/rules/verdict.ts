import { redLineTable, stanceTable, trackTable } from "../machines/index.js";
import type { MoveType } from "../vocabulary/moves.js";
import type { CompiledScenario } from "./compile.js";
import {
  currentIssue,
  currentTrack,
  itemUnacceptable,
  live,
  negotiable,
  nextConcession,
  outsideLine,
  ownBlockingLine,
  speaker,
  unacceptable,
} from "./query.js";
import type { GameState, Proposal } from "./state.js";

/** The rules a move can break, one code each (docs/rules.md, "Moves"). */
export const RULE_CODES = [
  "game-over",
  "not-your-turn",
  "stance",
  "wrong-phase",
  "not-negotiable",
  "already-agreed",
  "wrong-shape",
  "covered",
  "no-proposal",
  "not-live",
  "own-proposal",
  "not-a-party",
  "already-accepted",
  "unacceptable",
  "red-line",
  "outside-red-line",
  "distrust",
  "no-concession-left",
  "not-yours",
  "crossed",
  "already-held",
  "already-used",
  "follow-up-open",
  "no-follow-up",
] as const;

/** A rule a move breaks. */
export type RuleCode = (typeof RULE_CODES)[number];

/**
 * A move with its ids resolved to indexes: `a` the actor; `options` the terms of a proposal or counter (an
 * option per issue, -1 where the terms say nothing); `target` the open proposal an accept or reject answers
 * (its index on the table); `issue` of a concession; `r` a red line; `firm` the tone of a statement. Fields a
 * move does not have are -1 (or empty).
 */
export interface ResolvedMove {
  type: MoveType;
  a: number;
  firm: boolean;
  options: number[];
  /** How many issues `options` covers, and the first of them (-1 when none): kept with `options`. */
  count: number;
  first: number;
  target: number;
  issue: number;
  r: number;
}

/** Sets `count` and `first` from `options` (after they were filled by hand). */
export function countTerms(m: ResolvedMove): void {
  m.count = 0;
  m.first = -1;
  for (let i = 0; i < m.options.length; i++) {
    if ((m.options[i] ?? -1) < 0) continue;
    if (m.count === 0) m.first = i;
    m.count++;
  }
}

/** Clears the terms of a resolved move (every issue -1), as `fill` does but without a call into the runtime. */
export function clearOptions(m: ResolvedMove): void {
  const options = m.options;
  for (let i = 0; i < options.length; i++) options[i] = -1;
}

/** A blank resolved move for `issues` issues, to be filled and judged again and again. */
export function blankMove(issues: number): ResolvedMove {
  // Pushed one by one: `new Array(n).fill(-1)` stays holey (slower to read) and `Array.from` is slow to build.
  const options: number[] = [];
  for (let i = 0; i < issues; i++) options.push(-1);
  return {
    type: "pass",
    a: -1,
    firm: false,
    options,
    count: 0,
    first: -1,
    target: -1,
    issue: -1,
    r: -1,
  };
}

/**
 * The rules' verdict on a move: `null` when it is legal, else the code of the first rule it breaks. Only
 * indexes and numbers: no ids, no words, so that listing legal moves costs no string work. This is the only
 * judge: refusals explain its codes and the legal-move lister keeps the candidates it accepts.
 */
export function verdict(c: CompiledScenario, s: GameState, m: ResolvedMove): RuleCode | null {
  if (s.over) return "game-over";
  if (speaker(c, s) !== m.a) return "not-your-turn";
  if (stanceTable.next[s.stances[m.a] ?? "engaged"][m.type] === undefined) return "stance";
  if (trackTable.next[s.track.phase][m.type] === undefined) return "wrong-phase";
  return moveVerdict(c, s, m);
}

/** For `propose` and `counter`: whether the terms have a shape the meeting's mode allows, on issues open now. */
function termsVerdict(c: CompiledScenario, s: GameState, m: ResolvedMove): RuleCode | null {
  const track = currentTrack(c, s);
  if (m.count === 0) return "wrong-shape";
  if (m.count === 1) {
    const i = m.first;
    if (track.onAgenda[i] !== true) return "not-negotiable";
    if (s.agreed[i] !== null) return "already-agreed";
    if (track.mode === "packages") return "wrong-shape";
    return i === currentIssue(c, s) ? null : "not-negotiable";
  }
  const options = m.options;
  for (let i = m.first; i < options.length; i++) {
    if ((options[i] ?? -1) < 0) continue;
    if (track.onAgenda[i] !== true) return "not-negotiable";
    if (s.agreed[i] !== null) return "already-agreed";
  }
  return track.mode === "items" ? "wrong-shape" : null;
}

/** For `propose` and `counter`: the open proposals the terms overlap, and whether one is the speaker's. */
function overlapVerdict(s: GameState, m: ResolvedMove): RuleCode | null {
  let overlaps = 0;
  for (let k = 0; k < s.table.length; k++) {
    const p = s.table[k] as Proposal;
    let overlapping = false;
    if (m.count === 1) overlapping = (p.options[m.first] ?? -1) >= 0;
    else {
      for (let i = m.first; i < m.options.length && !overlapping; i++) {
        overlapping = (m.options[i] ?? -1) >= 0 && (p.options[i] ?? -1) >= 0;
      }
    }
    if (!overlapping) continue;
    if (m.type === "propose") return "covered";
    if (p.by === m.a) return "own-proposal";
    overlaps++;
  }
  return m.type === "counter" && overlaps === 0 ? "no-proposal" : null;
}

/**
 * For `propose` and `counter`: the part of the verdict that depends only on which issues the terms cover (their
 * shape, the issues open now, the open proposals they overlap), not on the options. The legal-move lister
 * asks it once for all the options of an item.
 */
export function coverageVerdict(c: CompiledScenario, s: GameState, m: ResolvedMove): RuleCode | null {
  return termsVerdict(c, s, m) ?? overlapVerdict(s, m);
}

/** For `propose` and `counter`: whether the proposer may table these options (the rest of the verdict). */
export function proposerVerdict(c: CompiledScenario, s: GameState, m: ResolvedMove): RuleCode | null {
  return proposerVerdictAs(c, s, m, currentTrack(c, s).isParty[m.a] === true);
}

/**
 * {@link proposerVerdict} for a proposer known to be a party of the meeting or not (`party`): the lister
 * works that out once for all the options of an item.
 */
export function proposerVerdictAs(
  c: CompiledScenario,
  s: GameState,
  m: ResolvedMove,
  party: boolean,
): RuleCode | null {
  const a = m.a;
  const single = m.count === 1;
  if (!party) {
    // A mediator has no positions to keep, only its own red lines (if it has any).
    if (single) return ownBlockingLine(c, s, a, m.first, m.options[m.first] ?? -1) === -1 ? null : "red-line";
    for (let i = 0; i < m.options.length; i++) {
      const o = m.options[i] ?? -1;
      if (o >= 0 && ownBlockingLine(c, s, a, i, o) !== -1) return "red-line";
    }
    return null;
  }
  return single
    ? itemUnacceptable(c, s, a, m.first, m.options[m.first] ?? -1)
    : unacceptable(c, s, a, m.options);
}

/**
 * For `accept` and `reject`: whether the speaker may answer the open proposal at `m.target` at all (the part
 * of {@link answerVerdict} that both answers share; the lister asks it once for both).
 */
export function answerableVerdict(c: CompiledScenario, s: GameState, m: ResolvedMove): RuleCode | null {
  const a = m.a;
  const p = s.table[m.target];
  if (p === undefined) return "no-proposal";
  if (!live(c, s, p)) return "not-live";
  if (p.by === a) return "own-proposal";
  if (currentTrack(c, s).isParty[a] !== true) return "not-a-party";
  return p.accepted.includes(a) ? "already-accepted" : null;
}

/** For `accept`, once the proposal may be answered: whether the speaker may accept its terms. */
export function acceptVerdict(c: CompiledScenario, s: GameState, m: ResolvedMove): RuleCode | null {
  const a = m.a;
  const p = s.table[m.target];
  if (p === undefined) return "no-proposal";
  const why = unacceptable(c, s, a, p.options);
  if (why !== null) return why;
  if (outsideLine(c, s, p.options) !== -1) return "outside-red-line";
  return (s.trust[a]?.[p.by] ?? 0) < c.minTrustToAccept ? "distrust" : null;
}

/** For `accept` and `reject`: whether the speaker may answer the open proposal at `m.target` so. */
export function answerVerdict(c: CompiledScenario, s: GameState, m: ResolvedMove): RuleCode | null {
  const answerable = answerableVerdict(c, s, m);
  if (answerable !== null || m.type === "reject") return answerable;
  return acceptVerdict(c, s, m);
}

/** For `concede`: whether the speaker may concede on issue `m.issue`. */
export function concedeVerdict(c: CompiledScenario, s: GameState, m: ResolvedMove): RuleCode | null {
  const i = m.issue;
  if (s.agreed[i] !== null) return "already-agreed";
  if (!negotiable(c, s, i)) return "not-negotiable";
  const next = nextConcession(c, s, m.a, i);
  if (next === -1) return "no-concession-left";
  return ownBlockingLine(c, s, m.a, i, next) === -1 ? null : "red-line";
}

/**
 * For `reaffirm` and `cross`: whether the speaker may act on red line `m.r` at all (the part of
 * {@link redLineVerdict} both share; the lister asks it once for both).
 */
export function redLineOpenVerdict(c: CompiledScenario, s: GameState, m: ResolvedMove): RuleCode | null {
  const r = m.r;
  if (c.redLineActor[r] !== m.a) return "not-yours";
  if (!negotiable(c, s, c.redLineIssue[r] ?? -1)) return "not-negotiable";
  return redLineTable.final[s.redLines[r] ?? "intact"] ? "crossed" : null;
}

/** For `reaffirm` and `cross`, once the red line may be acted on: whether its machine takes the move now. */
export function redLineStepVerdict(s: GameState, m: ResolvedMove): RuleCode | null {
  const status = s.redLines[m.r] ?? "intact";
  const event = m.type === "reaffirm" ? "REAFFIRM" : "CROSS";
  return redLineTable.next[status][event] === undefined ? "already-held" : null;
}

/** For `reaffirm` and `cross`: whether the speaker may do so to red line `m.r`. */
export function redLineVerdict(c: CompiledScenario, s: GameState, m: ResolvedMove): RuleCode | null {
  return redLineOpenVerdict(c, s, m) ?? redLineStepVerdict(s, m);
}

/** For `offer-cbm`: whether the speaker may still offer one at this meeting. */
export function cbmVerdict(s: GameState, m: ResolvedMove): RuleCode | null {
  return s.track.cbmUsed.includes(m.a) ? "already-used" : null;
}

/** For `propose-follow-up`: whether none is proposed yet. */
export function proposeFollowUpVerdict(s: GameState): RuleCode | null {
  return s.track.followUp === null ? null : "follow-up-open";
}

/** For `accept-follow-up`: whether the speaker may accept the follow-up proposed. */
export function acceptFollowUpVerdict(c: CompiledScenario, s: GameState, m: ResolvedMove): RuleCode | null {
  const a = m.a;
  const followUp = s.track.followUp;
  if (followUp === null) return "no-follow-up";
  if (followUp.by === a) return "own-proposal";
  if (currentTrack(c, s).isParty[a] !== true) return "not-a-party";
  return followUp.accepted.includes(a) ? "already-accepted" : null;
}

/**
 * The part of {@link verdict} after the turn: for a move by the actor on the floor, of a kind its stance and
 * the meeting's phase allow. The legal-move lister generates only such candidates and asks only this (or, for
 * a kind of move, the function this dispatches to).
 */
export function moveVerdict(c: CompiledScenario, s: GameState, m: ResolvedMove): RuleCode | null {
  // The moves with no rule of their own first: the lister asks about them in every listing.
  switch (m.type) {
    case "statement":
    case "walk-out":
    case "pass":
      return null;
    case "propose":
    case "counter":
      return coverageVerdict(c, s, m) ?? proposerVerdict(c, s, m);
    case "accept":
    case "reject":
      return answerVerdict(c, s, m);
    case "concede":
      return concedeVerdict(c, s, m);
    case "reaffirm":
    case "cross":
      return redLineVerdict(c, s, m);
    case "offer-cbm":
      return cbmVerdict(s, m);
    case "propose-follow-up":
      return proposeFollowUpVerdict(s);
    case "accept-follow-up":
      return acceptFollowUpVerdict(c, s, m);
  }
}
