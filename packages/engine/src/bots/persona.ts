import { listLegalMoves } from "../rules/check.js";
import { acceptable, currentIssue, nextConcession, value } from "../rules/query.js";
import type { GameState } from "../rules/state.js";
import type { Move } from "../vocabulary/moves.js";
import {
  bestValue,
  challengedLine,
  fallback,
  itemTime,
  legal,
  lowestTrustIn,
  moreTalksHelp,
  ownBlockingLine,
  type Policy,
  statusQuoValue,
  walkOutPays,
} from "./shared.js";

/** Tolerance when comparing utilities, so that rounding never decides a concession. */
const EPS = 1e-9;
/** Trust above the acceptance threshold that a persona tries to keep its partners at. */
const TRUST_CUSHION = 5;
/** Tension a persona does not push the talks to with its own escalating moves (100 collapses them). */
const TENSION_CEILING = 90;

/** What escalating moves add to tension (docs/rules.md, "Moves"). */
const ESCALATION = { firm: 4, reject: 3, reaffirm: 2, counter: 1 } as const;

/**
 * Whether the actor may make a move that raises tension by `delta`: while tension stays below the
 * ceiling, or when a collapse is what it wants anyway (it would walk out: see {@link walkOutPays}).
 */
function mayEscalate(state: GameState, a: number, delta: number, walkOutMargin: number): boolean {
  return state.tension + delta < TENSION_CEILING || walkOutPays(state, a, walkOutMargin);
}

/** Default concession exponents of the time-dependent personas. */
export const DEFAULT_EXPONENTS = { boulware: 0.2, linear: 1, conceder: 3, hardliner: 0.1 } as const;

/** Default walk-out margin of the personas. */
export const DEFAULT_WALK_OUT_MARGIN = 0.05;

/**
 * The aspiration of a time-dependent negotiator: the value it still insists on at time `t` in [0, 1].
 * `target(t) = best − (best − floor) · t^(1/e)`, Faratin, Sierra and Jennings' polynomial time-dependent
 * tactic with κ = 0. It starts at `best`, reaches `floor` at `t = 1`; `e < 1` holds out until late
 * (Boulware), `e = 1` concedes linearly, `e > 1` concedes early (Conceder).
 */
export function aspiration(best: number, floor: number, t: number, e: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  const low = Math.min(floor, best);
  return best - (best - low) * clamped ** (1 / Math.max(e, 1e-6));
}

function actorId(state: GameState, a: number): string {
  return state.scenario.actors[a]?.id ?? "";
}

/** The first legal move of a list of wishes, in order. */
function firstLegal(state: GameState, wishes: readonly Move[]): Move | null {
  for (const move of wishes) if (legal(state, move)) return move;
  return null;
}

/** How a persona behaves where the shared negotiating routine leaves it a choice. */
interface Style {
  /** When a proposal it will not take is on the table and it cannot counter: reject it, or let it lie. */
  readonly rejectWhenStuck: boolean;
  /** What it does when waiting: build trust (a confidence-building offer or a conciliatory statement) or stand firm. */
  readonly idle: "trust" | "firm";
  /** Whether it re-engages (a conciliatory statement) when hardened so as to concede, not only to accept. */
  readonly reengageToConcede: boolean;
  /** Its walk-out margin, which also bounds how far it escalates (see `mayEscalate`). */
  readonly margin: number;
}

/**
 * The option the actor puts on the table: its position, or when that cannot be proposed (an absent actor's
 * red line forbids it) the acceptable option it values least among those that can. -1 if none.
 */
function offerOption(state: GameState, a: number, i: number, type: "propose" | "counter"): number {
  const issue = state.scenario.issues[i];
  if (issue === undefined) return -1;
  const id = actorId(state, a);
  const tryOption = (o: number) =>
    legal(state, { type, actor: id, issue: issue.id, option: issue.options[o]?.id ?? "" });
  const position = state.positions[a]?.[i] ?? 0;
  if (tryOption(position)) return position;
  // Otherwise the acceptable options from the least to the most valued (the lowest index among equals).
  const values = state.compiled.values[a]?.[i] ?? [];
  let floor = Number.NEGATIVE_INFINITY;
  let floorIndex = -1;
  for (;;) {
    let next = -1;
    for (let o = 0; o < values.length; o++) {
      const v = values[o] ?? 0;
      const after = v > floor || (v === floor && o > floorIndex);
      if (!after || o === position || !acceptable(state, a, i, o)) continue;
      if (next === -1 || v < (values[next] ?? 0)) next = o;
    }
    if (next === -1) return -1;
    if (tryOption(next)) return next;
    floor = values[next] ?? 0;
    floorIndex = next;
  }
}

/** The shared agenda routine of the negotiating personas, for an aspiration `want` on issue `i`. */
function negotiate(state: GameState, a: number, i: number, want: number, style: Style): Move {
  const margin = style.margin;
  const id = actorId(state, a);
  const issue = state.scenario.issues[i];
  const issueId = issue?.id ?? "";
  const hardened = state.stances[a] === "hardened";
  const conciliatory: Move = { type: "statement", actor: id, tone: "conciliatory" };

  // 1. A challenged red line of its own is defended first.
  const line = challengedLine(state, a, i);
  if (line !== -1 && mayEscalate(state, a, ESCALATION.reaffirm, margin)) {
    const move: Move = { type: "reaffirm", actor: id, redLine: state.scenario.redLines[line]?.id ?? "" };
    if (legal(state, move)) return move;
  }

  // 2. A proposal worth its aspiration: accept it, or concede towards it.
  const proposal = state.proposals[i] ?? null;
  const theirs = proposal !== null && proposal.by !== a && !proposal.accepted.includes(a);
  if (proposal !== null && theirs && value(state, a, i, proposal.option) >= want - EPS) {
    if (hardened) return conciliatory;
    const move: Move = acceptable(state, a, i, proposal.option)
      ? { type: "accept", actor: id, issue: issueId }
      : { type: "concede", actor: id, issue: issueId };
    if (legal(state, move)) return move;
  }

  // 3. Its position stands above its aspiration by a whole step: concede.
  const next = nextConcession(state, a, i);
  if (next !== -1 && value(state, a, i, next) >= want - EPS && ownBlockingLine(state, a, i, next) === -1) {
    if (hardened && style.reengageToConcede) return conciliatory;
    const move: Move = { type: "concede", actor: id, issue: issueId };
    if (legal(state, move)) return move;
  }

  // 4. Table its offer: a proposal when nothing is open, a counter when someone else's proposal is.
  if (proposal === null || (theirs && mayEscalate(state, a, ESCALATION.counter, margin))) {
    const type = proposal === null ? "propose" : "counter";
    const o = offerOption(state, a, i, type);
    if (o !== -1) return { type, actor: id, issue: issueId, option: issue?.options[o]?.id ?? "" };
  }
  if (theirs && style.rejectWhenStuck && mayEscalate(state, a, ESCALATION.reject, margin)) {
    const move: Move = { type: "reject", actor: id, issue: issueId };
    if (legal(state, move)) return move;
  }

  // 5. Waiting for the others.
  if (style.idle === "firm") {
    if (mayEscalate(state, a, ESCALATION.firm, margin)) return { type: "statement", actor: id, tone: "firm" };
  } else if (proposal !== null && proposal.by === a) {
    // Its own proposal waits for partners who may trust it too little to accept.
    if (lowestTrustIn(state, a, proposal.accepted) < state.compiled.minTrustToAccept + TRUST_CUSHION) {
      return firstLegal(state, [{ type: "offer-cbm", actor: id }, conciliatory]) ?? fallback(state, id);
    }
  }
  return fallback(state, id);
}

/** The opening move of a cooperative persona: a confidence-building offer if partners distrust it, else a conciliatory statement. */
function cooperativeOpening(state: GameState, a: number): Move {
  const id = actorId(state, a);
  const distrusted = lowestTrustIn(state, a, []) < state.compiled.minTrustToAccept + TRUST_CUSHION;
  const wishes: Move[] = distrusted
    ? [{ type: "offer-cbm", actor: id }]
    : [{ type: "statement", actor: id, tone: "conciliatory" }];
  return firstLegal(state, wishes) ?? fallback(state, id);
}

/** Closing: propose or accept a follow-up meeting when more talks can help the actor. */
function closingMove(state: GameState, a: number, alwaysAccept: boolean): Move {
  const id = actorId(state, a);
  const followUp = state.track.followUp;
  const helps = moreTalksHelp(state, a);
  if (followUp === null) {
    if (helps) return firstLegal(state, [{ type: "propose-follow-up", actor: id }]) ?? fallback(state, id);
  } else if (followUp.by !== a && !followUp.accepted.includes(a) && (helps || alwaysAccept)) {
    if (state.stances[a] === "hardened") return { type: "statement", actor: id, tone: "conciliatory" };
    return firstLegal(state, [{ type: "accept-follow-up", actor: id }]) ?? fallback(state, id);
  }
  return fallback(state, id);
}

/** Walks out when, and only when, walking out clearly beats ending the talks now. */
function walkOut(state: GameState, a: number, margin: number): Move | null {
  if (!walkOutPays(state, a, margin)) return null;
  return firstLegal(state, [{ type: "walk-out", actor: actorId(state, a) }]);
}

/** The time-dependent aspiration of actor `a` on issue `i`, with the status quo as its floor. */
function issueAspiration(state: GameState, a: number, i: number, e: number): number {
  const best = bestValue(state, a, i);
  return aspiration(best, statusQuoValue(state, a, i), itemTime(state), e);
}

/**
 * A time-dependent concession persona (Boulware, linear, Conceder): see {@link aspiration}. On the current
 * agenda item its aspiration falls from its best option towards the status quo (what no agreement gives it
 * on the issue) as the item's minutes run out. It accepts a proposal worth its aspiration, concedes while
 * the next option down still meets it, otherwise proposes (or counters with) its position; it reaffirms a
 * challenged red line first, builds trust when a partner trusts it too little to accept, proposes and
 * accepts a follow-up meeting when open issues could still gain it something, and walks out only when its
 * reservation beats ending the talks now by more than `walkOutMargin`.
 */
export function timeDependentPolicy(e: number, walkOutMargin: number): Policy {
  const style: Style = {
    rejectWhenStuck: false,
    idle: "trust",
    reengageToConcede: true,
    margin: walkOutMargin,
  };
  return (state, a) => {
    const out = walkOut(state, a, walkOutMargin);
    if (out !== null) return out;
    const phase = state.track.phase;
    if (phase === "opening") return cooperativeOpening(state, a);
    if (phase === "closing") return closingMove(state, a, false);
    const i = currentIssue(state);
    if (i === -1) return fallback(state, actorId(state, a));
    return negotiate(state, a, i, issueAspiration(state, a, i, e), style);
  };
}

/**
 * The hardliner: on every issue it has a demand on it insists on its best option, never conceding nor
 * accepting anything less; elsewhere it is a steep Boulware (exponent `e`, default 0.1). It opens and waits
 * with firm statements, counters or rejects what it will not take, reaffirms its red lines, re-engages only
 * to accept, and walks out on the same rule as the other personas.
 */
export function hardlinerPolicy(e: number, walkOutMargin: number): Policy {
  const style: Style = {
    rejectWhenStuck: true,
    idle: "firm",
    reengageToConcede: false,
    margin: walkOutMargin,
  };
  const margin = walkOutMargin;
  return (state, a) => {
    const out = walkOut(state, a, walkOutMargin);
    if (out !== null) return out;
    const id = actorId(state, a);
    const phase = state.track.phase;
    if (phase === "opening") {
      if (mayEscalate(state, a, ESCALATION.firm, margin))
        return { type: "statement", actor: id, tone: "firm" };
      return fallback(state, id);
    }
    if (phase === "closing") return closingMove(state, a, false);
    const i = currentIssue(state);
    if (i === -1) return fallback(state, id);
    const demanded = (state.compiled.demanded[a]?.[i] ?? -1) >= 0;
    const want = demanded ? bestValue(state, a, i) : issueAspiration(state, a, i, e);
    return negotiate(state, a, i, want, style);
  };
}

/** How tit-for-tat reads a move made by someone else. */
type Reading = "concession" | "acceptance" | "firm" | "rejection" | "cooperative" | "neutral";

/** The owner of the proposal a reject or counter at `index` turned down: the last proposer on that issue. */
function proposerBefore(state: GameState, index: number, issue: string): string | null {
  for (let k = index - 1; k >= 0; k--) {
    const m = state.moves[k];
    if (m !== undefined && (m.type === "propose" || m.type === "counter") && m.issue === issue)
      return m.actor;
  }
  return null;
}

/** The last move of another actor, read as tit-for-tat reads it (rejections count only if of its own proposal). */
function lastMoveTowards(state: GameState, a: number): Reading | null {
  const id = actorId(state, a);
  for (let k = state.moves.length - 1; k >= 0; k--) {
    const m = state.moves[k];
    if (m === undefined || m.actor === id) continue;
    switch (m.type) {
      case "concede":
      case "cross":
        return "concession";
      case "accept":
      case "accept-follow-up":
        return "acceptance";
      case "statement":
        return m.tone === "firm" ? "firm" : "cooperative";
      case "offer-cbm":
      case "propose-follow-up":
        return "cooperative";
      case "reject":
      case "counter":
        return proposerBefore(state, k, m.issue) === id ? "rejection" : "neutral";
      default:
        return "neutral";
    }
  }
  return null;
}

/**
 * Tit-for-tat: opens every meeting with a conciliatory statement (a firm one if the previous speaker was
 * firm), then answers the last move another actor made: a concession with a concession, an acceptance
 * with an acceptance, a firm statement with a firm statement, a rejection or counter of its own proposal
 * with a rejection. Otherwise it negotiates on the merits without conceding: it accepts what is acceptable
 * to it and no worse than the status quo, proposes or counters with its position, reaffirms challenged
 * red lines, accepts any follow-up meeting, and walks out on the personas' rule.
 */
export function titForTatPolicy(walkOutMargin: number): Policy {
  const style: Style = {
    rejectWhenStuck: false,
    idle: "trust",
    reengageToConcede: true,
    margin: walkOutMargin,
  };
  const margin = walkOutMargin;
  return (state, a) => {
    const out = walkOut(state, a, walkOutMargin);
    if (out !== null) return out;
    const id = actorId(state, a);
    const reading = lastMoveTowards(state, a);
    const phase = state.track.phase;
    const tone =
      reading === "firm" && mayEscalate(state, a, ESCALATION.firm, margin) ? "firm" : "conciliatory";
    if (phase === "opening")
      return firstLegal(state, [{ type: "statement", actor: id, tone }]) ?? fallback(state, id);
    if (phase === "closing") return closingMove(state, a, true);
    const i = currentIssue(state);
    if (i === -1) return fallback(state, id);
    const issueId = state.scenario.issues[i]?.id ?? "";
    const floor = statusQuoValue(state, a, i);
    if (challengedLine(state, a, i) === -1 || !mayEscalate(state, a, ESCALATION.reaffirm, margin)) {
      const next = nextConcession(state, a, i);
      const mirror: Move[] = [];
      if (reading === "concession" && next !== -1 && value(state, a, i, next) >= floor - EPS)
        mirror.push({ type: "concede", actor: id, issue: issueId });
      if (reading === "acceptance" || reading === "concession") {
        const p = state.proposals[i];
        if (p !== null && p !== undefined && value(state, a, i, p.option) >= floor - EPS)
          mirror.push({ type: "accept", actor: id, issue: issueId });
      }
      if (reading === "firm" && tone === "firm") mirror.push({ type: "statement", actor: id, tone: "firm" });
      if (reading === "rejection" && mayEscalate(state, a, ESCALATION.reject, margin))
        mirror.push({ type: "reject", actor: id, issue: issueId });
      const move = firstLegal(state, mirror);
      if (move !== null) return move;
    }
    // On the merits: its aspiration is its position (it moves only by mirroring), never below the status quo.
    const position = state.positions[a]?.[i] ?? 0;
    const want = Math.max(floor, value(state, a, i, position));
    return negotiate(state, a, i, want, style);
  };
}

/** Uniform over the legal moves. */
export const randomPolicy: Policy = (state, a, rng) => {
  const moves = listLegalMoves(state);
  return moves[Math.floor(rng() * moves.length)] ?? fallback(state, actorId(state, a));
};
