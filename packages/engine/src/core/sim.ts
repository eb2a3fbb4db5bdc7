import type { CompiledScenario } from "../rules/compile.js";
import type { RuleContext, RuleState } from "../rules/context.js";
import { initialState } from "../rules/initial.js";
import type { GameState } from "../rules/state.js";
import { blankMove, type ResolvedMove } from "../rules/verdict.js";
import { deepFreeze } from "../vocabulary/freeze.js";
import { type Random, randomFrom } from "../vocabulary/random.js";
import { vouch } from "./trust.js";

/**
 * A private, mutable game on the simulation core: a deep copy of a state that moves change in place, with the
 * compiled scenario, a live generator and a scratch move beside it. Bots, drivers and batches play on it;
 * nothing else may see it until {@link snapshot} turns it back into a frozen, plain {@link GameState}.
 */
export interface Sim {
  readonly state: RuleState;
  readonly ctx: RuleContext;
  /** A resolved move reused for every judgement and application. */
  readonly scratch: ResolvedMove;
}

function contextFor(c: CompiledScenario, random: Random, record: boolean): RuleContext {
  return { c, random, sink: null, record };
}

/** A deep copy of the parts of a state that moves change; what never changes after it is made is shared. */
export function copyState(s: GameState, record: boolean): RuleState {
  const t = s.track;
  const lastChunk = s.moves[s.moves.length - 1];
  return {
    scenario: s.scenario,
    seed: s.seed,
    rng: s.rng,
    over: s.over,
    track: {
      ...t,
      followUp: t.followUp === null ? null : { by: t.followUp.by, accepted: [...t.followUp.accepted] },
      cbmUsed: [...t.cbmUsed],
      agreedHere: [...t.agreedHere],
    },
    results: [...s.results],
    tension: s.tension,
    cohesion: s.cohesion,
    trust: s.trust.map((row) => [...row]),
    stances: [...s.stances],
    positions: s.positions.map((row) => [...row]),
    agreed: [...s.agreed],
    table: s.table.map((p) => ({ options: p.options, by: p.by, accepted: [...p.accepted] })),
    demands: [...s.demands],
    redLines: [...s.redLines],
    injects: [...s.injects],
    types: s.types,
    reservations: [...s.reservations],
    walkOuts: [...s.walkOuts],
    moveCount: s.moveCount,
    moves: !record ? [] : lastChunk === undefined ? [] : [...s.moves.slice(0, -1), [...lastChunk]],
  } as RuleState;
}

/** A private copy of a game to play on. `record`: keep the move log (off for search playouts). */
export function fork(c: CompiledScenario, state: GameState, record: boolean): Sim {
  return {
    state: copyState(state, record),
    ctx: contextFor(c, randomFrom(state.rng), record),
    scratch: blankMove(c.issueCount),
  };
}

/** A copy of a simulated game, to try a line of play without touching the original. */
export function forkSim(sim: Sim, record = false): Sim {
  const state = copyState(sim.state as GameState, record);
  state.rng = sim.ctx.random.state();
  return fork(sim.ctx.c, state as GameState, record);
}

/** A new game on the simulation core. */
export function start(c: CompiledScenario, seed: string, record: boolean): Sim {
  const state = initialState(c, seed);
  return fork(c, state as GameState, record);
}

/**
 * The simulated game as a public state: plain, deep-frozen data. The sim must not be used afterwards (its
 * arrays become the state's).
 */
export function snapshot(sim: Sim): GameState {
  const s = sim.state;
  s.rng = sim.ctx.random.state();
  return vouch(deepFreeze(s as GameState));
}
