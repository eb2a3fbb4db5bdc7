import seedrandom from "seedrandom";
import { stateHash } from "../game.js";
import { checkMove, listLegalMoves } from "../rules/check.js";
import type { Move } from "../rules/moves.js";
import { currentTrack, value } from "../rules/query.js";
import type { GameState } from "../rules/state.js";
import type { Scenario } from "../scenario/schema.js";

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

/** What the bots look up per scenario, beyond the compiled scenario: status quo options and demands. */
export interface BotTables {
  /** `statusQuo[issue]`: index of the issue's status-quo option. */
  readonly statusQuo: readonly number[];
  /** `demanded[actor][issue]`: the actor's value of the best option it demands on the issue, or -1. */
  readonly demanded: readonly (readonly number[])[];
  /** `demandedOption[actor][issue]`: the option behind `demanded`, or -1. */
  readonly demandedOption: readonly (readonly number[])[];
}

const tablesCache = new WeakMap<Scenario, BotTables>();

/** The {@link BotTables} of the state's scenario, computed once per scenario object. */
export function tables(state: GameState): BotTables {
  const cached = tablesCache.get(state.scenario);
  if (cached !== undefined) return cached;
  const { scenario, compiled: c } = state;
  const statusQuo = scenario.issues.map((issue, i) => c.optionIndex[i]?.get(issue.statusQuo) ?? 0);
  const demanded = scenario.actors.map(() => scenario.issues.map(() => -1));
  const demandedOption = scenario.actors.map(() => scenario.issues.map(() => -1));
  for (let d = 0; d < c.demandActor.length; d++) {
    const a = c.demandActor[d] ?? 0;
    const i = c.demandIssue[d] ?? 0;
    const o = c.demandOption[d] ?? 0;
    const v = value(state, a, i, o);
    const row = demanded[a];
    const optionRow = demandedOption[a];
    if (row !== undefined && optionRow !== undefined && v > (row[i] ?? -1)) {
      row[i] = v;
      optionRow[i] = o;
    }
  }
  const built: BotTables = { statusQuo, demanded, demandedOption };
  tablesCache.set(state.scenario, built);
  return built;
}

/** The utility price of the red lines the actor has crossed. */
function crossedPrice(state: GameState, actor: number): number {
  const c = state.compiled;
  let price = 0;
  for (let r = 0; r < c.redLineActor.length; r++) {
    if (c.redLineActor[r] === actor && state.redLines[r] === "crossed")
      price += state.scenario.redLines[r]?.price.utility ?? 0;
  }
  return price;
}

/**
 * The actor's utility if the talks ended now without collapse: agreed issues as agreed, status quo
 * elsewhere, less crossed red lines. The same sums as `actorUtility` (rules/outcome.ts) in the same order,
 * read from the compiled tables: it is the hot path's version and gives the same number.
 */
export function utilityIfEndedNow(state: GameState, actor: number): number {
  const c = state.compiled;
  const weights = c.weights[actor];
  const values = c.values[actor];
  if (weights === undefined || values === undefined) return 0;
  const statusQuo = tables(state).statusQuo;
  let u = 0;
  for (let i = 0; i < weights.length; i++) {
    const option = state.agreed[i] ?? statusQuo[i] ?? 0;
    u += (weights[i] ?? 0) * (values[i]?.[option] ?? 0);
  }
  u -= crossedPrice(state, actor);
  return Math.min(1, Math.max(0, u));
}

/** The actor's utility if the talks collapsed now: its reservation, less the red lines it has crossed. */
export function utilityIfCollapsed(state: GameState, actor: number): number {
  const u = (state.scenario.actors[actor]?.reservation ?? 0) - crossedPrice(state, actor);
  return Math.min(1, Math.max(0, u));
}

/** The actor's utility of the state as it stands (`actorUtility` of its agreed package, or of the collapse). */
export function utilityNow(state: GameState, actor: number): number {
  const collapsed = state.results.length > 0 && state.results.some((r) => r.result === "collapse");
  return collapsed ? utilityIfCollapsed(state, actor) : utilityIfEndedNow(state, actor);
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
  return value(state, actor, issue, tables(state).statusQuo[issue] ?? 0);
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
