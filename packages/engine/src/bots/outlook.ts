import type { CompiledScenario, CompiledTrack } from "../rules/compile.js";
import { actorUtility } from "../rules/outcome.js";
import { currentTrack, onAgenda, ownBlockingLine, standing, timeLimit, weightsOf } from "../rules/query.js";
import type { GameState } from "../rules/state.js";

/**
 * What a seat reads of a game before it decides, from what it may see: its own weights (its own drawn type's)
 * and reservation, and of the others only what is public. Nothing here reads another actor's drawn type or
 * reservation, so a policy built on it decides the same on the full state as on the seat's view.
 */

/**
 * The aspiration of a time-dependent negotiator: the value it still insists on at time `t` in [0, 1].
 * `target(t) = best − (best − floor) · t^(1/e)`, the polynomial time-dependent tactic of Faratin, Sierra and
 * Jennings (1998) with κ = 0. It starts at `best` and reaches `floor` at `t = 1`; `e < 1` holds out until
 * late (Boulware), `e = 1` concedes linearly, `e > 1` concedes early (Conceder).
 */
export function aspiration(best: number, floor: number, t: number, e: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  const low = Math.min(floor, best);
  return best - (best - low) * clamped ** (1 / Math.max(e, 1e-6));
}

/**
 * The weights actor `a` reads for actor `b`: its own (its drawn type's) for itself; for another, the drawn
 * type's when the scenario makes types public, else the public weights.
 */
export function seenWeights(c: CompiledScenario, s: GameState, a: number, b: number): readonly number[] {
  if (b === a || c.scenario.actors[b]?.visibility.type === "public") return weightsOf(c, s, b);
  return c.weights[b] ?? [];
}

/** `best[a][i]`: `a`'s best value on issue `i` while all its own red lines stand (they nearly always do). */
const standingBestMemo = new WeakMap<CompiledScenario, readonly (readonly number[])[]>();

function standingBest(c: CompiledScenario): readonly (readonly number[])[] {
  let best = standingBestMemo.get(c);
  if (best === undefined) {
    best = c.values.map((byIssue, a) =>
      byIssue.map((values, i) => {
        let top = 0;
        values.forEach((v, o) => {
          const forbidden = (c.ownLines[a]?.[i] ?? []).some((r) => c.forbids[r]?.[o] === true);
          if (v > top && !forbidden) top = v;
        });
        return top;
      }),
    );
    standingBestMemo.set(c, best);
  }
  return best;
}

/** The value of `a`'s best option on issue `i` among those its own standing red lines allow. */
export function bestAllowed(c: CompiledScenario, s: GameState, a: number, i: number): number {
  const lines = c.ownLines[a]?.[i] ?? [];
  let allStanding = true;
  for (const r of lines) if (!standing(s, r)) allStanding = false;
  if (allStanding) return standingBest(c)[a]?.[i] ?? 0;
  const values = c.values[a]?.[i] ?? [];
  let best = 0;
  for (let o = 0; o < values.length; o++) {
    const v = values[o] ?? 0;
    if (v > best && ownBlockingLine(c, s, a, i, o) === -1) best = v;
  }
  return best;
}

/** `a`'s value of the status quo of issue `i`: what it keeps on the issue if nothing is agreed. */
export function statusQuoValue(c: CompiledScenario, a: number, i: number): number {
  return c.values[a]?.[i]?.[c.statusQuo[i] ?? 0] ?? 0;
}

/**
 * How far the current agenda item has run, in [0, 1]: minutes used on it over the minutes it can take (its
 * own allotment, or what is left of the meeting's time, whichever is shorter).
 */
export function itemTime(c: CompiledScenario, s: GameState): number {
  const t = s.track;
  const track = currentTrack(c, s);
  const allotted = track.itemMinutes[t.agendaIndex] ?? 1;
  const span = Math.max(1, Math.min(allotted, timeLimit(c, s) - t.itemStartedAt));
  return Math.min(1, Math.max(0, (t.clock - t.itemStartedAt) / span));
}

/** How far the meeting has run, in [0, 1]: minutes used over the minutes it may run. */
export function meetingTime(c: CompiledScenario, s: GameState): number {
  return Math.min(1, Math.max(0, s.track.clock / Math.max(1, timeLimit(c, s))));
}

/** A seat's reading of the game at one decision. */
export interface Outlook {
  readonly c: CompiledScenario;
  readonly s: GameState;
  readonly a: number;
  readonly track: CompiledTrack;
  /** Whether an agreement at this meeting needs `a`'s acceptance. */
  readonly party: boolean;
  /** `a`'s own weights. */
  readonly weights: readonly number[];
  /** Its utility if the talks ended now without collapse. */
  readonly now: number;
  /** Its utility if it walked out now (its reservation less the cost, when that ends the game). */
  readonly walk: number;
  /**
   * What walking away is worth before the walk-out's own cost: its reservation (less its crossed red lines)
   * when a walk-out ends the game, else what it has now. Not committing to more talks costs nothing.
   */
  readonly away: number;
  /** Its utility if every open issue still on an agenda were settled at its best allowed option. */
  readonly ideal: number;
  /** The time its aspiration on the issues under negotiation runs on, in [0, 1]. */
  readonly t: number;
  /** How far the whole game has run, in [0, 1] (meetings done plus the share of this one). */
  readonly gameTime: number;
  /**
   * `best[i]`: its value of its best option on issue `i` among those its own standing red lines allow (for
   * issues not agreed). A scratch array: valid until the next outlook is read.
   */
  readonly best: Float64Array;
}

/** `ahead[k][i]`: whether issue `i` is on the agenda of meeting `k` or of one after it. */
const aheadMemo = new WeakMap<CompiledScenario, readonly (readonly boolean[])[]>();

function agendaAhead(c: CompiledScenario): readonly (readonly boolean[])[] {
  let ahead = aheadMemo.get(c);
  if (ahead === undefined) {
    ahead = c.tracks.map((_, k) =>
      Array.from({ length: c.issueCount }, (_, i) => c.tracks.slice(k).some((t) => t.onAgenda[i] === true)),
    );
    aheadMemo.set(c, ahead);
  }
  return ahead;
}

let bestScratch = new Float64Array(16);

/** Reads the game for actor `a`, who has the floor. */
export function outlookOf(c: CompiledScenario, s: GameState, a: number): Outlook {
  const track = currentTrack(c, s);
  const weights = weightsOf(c, s, a);
  const now = actorUtility(c, s, a, false);
  if (bestScratch.length < c.issueCount) bestScratch = new Float64Array(c.issueCount * 2);
  const best = bestScratch;
  const ahead = agendaAhead(c)[s.track.index] ?? [];
  let ideal = now;
  for (let i = 0; i < c.issueCount; i++) {
    if (s.agreed[i] !== null) continue;
    best[i] = bestAllowed(c, s, a, i);
    if (ahead[i] === true) ideal += (weights[i] ?? 0) * Math.max(0, (best[i] ?? 0) - statusQuoValue(c, a, i));
  }
  const cost = c.walkOutCost[a]?.utility ?? 0;
  const away = track.walkOutEndsGame ? actorUtility(c, s, a, true) : now;
  const walk = track.walkOutEndsGame ? Math.max(0, away - cost) : now - cost;
  // In closing nothing more can be agreed at this meeting: its time is up for what one may hope.
  const meeting = s.track.phase === "closing" ? 1 : meetingTime(c, s);
  const t = track.mode === "items" && onAgenda(s) ? itemTime(c, s) : meeting;
  return {
    c,
    s,
    a,
    track,
    party: track.isParty[a] === true,
    weights,
    now,
    walk,
    away,
    ideal: Math.min(1, ideal),
    t,
    gameTime: (s.track.index + meeting) / Math.max(1, c.tracks.length),
    best,
  };
}

/**
 * What actor `a` can still hope for from the rest of the game, by its concession exponent: from its ideal
 * at the start down to what it has now at the end (the aspiration over the whole game).
 */
export function hope(o: Outlook, e: number): number {
  return aspiration(o.ideal, o.now, o.gameTime, e);
}
