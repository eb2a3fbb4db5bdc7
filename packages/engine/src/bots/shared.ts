import seedrandom from "seedrandom";
import { checkMove, listLegalMoves } from "../rules/check.js";
import { stateHash } from "../rules/hash.js";
import { actorUtility, hasCollapsed } from "../rules/outcome.js";
import { currentTrack, value } from "../rules/query.js";
import type { GameState } from "../rules/state.js";
import type { Move } from "../vocabulary/moves.js";

/** A source of numbers in [0, 1). */
export type Rng = () => number;

/**
 * A policy: the move an actor makes in a state. `actor` is the index of the actor on the floor; the move
 * returned is legal. Policies are the bots' insides: fast, index-based, fed a generator rather than a seed.
 */
export type Policy = (state: GameState, actor: number, rng: Rng) => Move;

/**
 * The generator a bot uses for one call: seedrandom's alea, seeded from the bot's seed and the state's hash.
 * It is made on the first draw, so bots that draw nothing never hash the state.
 */
export function rngFor(seed: string | number, state: GameState): Rng {
  let prng: Rng | null = null;
  return () => {
    prng ??= seedrandom.alea(`${String(seed)}|${stateHash(state)}`);
    return prng();
  };
}

/** Whether the rules accept the move now. */
export function legal(state: GameState, move: Move): boolean {
  return checkMove(state, move) === null;
}

/** A pass, or the first legal move if (against the rules as written) a pass is refused. */
export function fallback(state: GameState, actorId: string): Move {
  const pass: Move = { type: "pass", actor: actorId };
  if (legal(state, pass)) return pass;
  return listLegalMoves(state)[0] ?? pass;
}

/** The actor's utility if the talks ended now without collapse (agreed issues as agreed, status quo elsewhere). */
export function utilityIfEndedNow(state: GameState, actor: number): number {
  return actorUtility(state, actor, false);
}

/** The actor's utility if the talks collapsed now: its reservation, less the red lines it has crossed. */
export function utilityIfCollapsed(state: GameState, actor: number): number {
  return actorUtility(state, actor, true);
}

/** The actor's utility of the state as it stands (`actorUtility` of its agreed package, or of the collapse). */
export function utilityNow(state: GameState, actor: number): number {
  return actorUtility(state, actor, hasCollapsed(state));
}

/** Whether walking out is worth more to the actor than ending the talks now, by more than `margin`. */
export function walkOutPays(state: GameState, actor: number, margin: number): boolean {
  return utilityIfCollapsed(state, actor) - utilityIfEndedNow(state, actor) > margin;
}

/** The actor's index of the standing red line on `issue` that forbids `option`, or -1. */
export function ownBlockingLine(state: GameState, actor: number, issue: number, option: number): number {
  const c = state.compiled;
  for (let r = 0; r < c.forbids.length; r++) {
    if (c.redLineActor[r] !== actor || c.redLineIssue[r] !== issue) continue;
    if (c.forbids[r]?.[option] === true && state.redLines[r] !== "crossed") return r;
  }
  return -1;
}

/** Index of one of the actor's red lines on `issue` that a proposal has challenged, or -1. */
export function challengedLine(state: GameState, actor: number, issue: number): number {
  const c = state.compiled;
  for (let r = 0; r < c.redLineActor.length; r++) {
    if (c.redLineActor[r] === actor && c.redLineIssue[r] === issue && state.redLines[r] === "challenged")
      return r;
  }
  return -1;
}

/** The actor's best value on an issue among the options its own standing red lines allow. */
export function bestValue(state: GameState, actor: number, issue: number): number {
  const values = state.compiled.values[actor]?.[issue] ?? [];
  let best = 0;
  for (let o = 0; o < values.length; o++) {
    const v = values[o] ?? 0;
    if (v > best && ownBlockingLine(state, actor, issue, o) === -1) best = v;
  }
  return best;
}

/** The actor's value of the status quo of an issue: what it gets on the issue if nothing is agreed. */
export function statusQuoValue(state: GameState, actor: number, issue: number): number {
  return value(state, actor, issue, state.compiled.statusQuo[issue] ?? 0);
}

/**
 * How far the current agenda item has run, in [0, 1]: minutes used on it over the minutes it can take (its
 * own allotment, or what is left of the track's scheduled time plus overrun, whichever is shorter).
 */
export function itemTime(state: GameState): number {
  const t = state.track;
  const track = currentTrack(state);
  const allotted = track.itemMinutes[t.agendaIndex] ?? 1;
  const span = Math.max(1, Math.min(allotted, track.limit - t.itemStartedAt));
  return Math.min(1, Math.max(0, (t.clock - t.itemStartedAt) / span));
}

/**
 * Whether meeting again can help the actor: some issue is still open on which an option its red lines
 * allow is worth more to it than the status quo.
 */
export function moreTalksHelp(state: GameState, actor: number): boolean {
  const issues = state.scenario.issues.length;
  for (let i = 0; i < issues; i++) {
    if (state.agreed[i] !== null) continue;
    if (bestValue(state, actor, i) > statusQuoValue(state, actor, i)) return true;
  }
  return false;
}

/** The lowest trust a participant who has not yet accepted the actor's open proposal places in it. */
export function lowestTrustIn(state: GameState, actor: number, except: readonly number[]): number {
  let lowest = 100;
  for (const other of currentTrack(state).speakers) {
    if (other === actor || except.includes(other)) continue;
    lowest = Math.min(lowest, state.trust[other]?.[actor] ?? 0);
  }
  return lowest;
}
