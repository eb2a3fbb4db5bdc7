import type { CompiledScenario } from "../rules/compile.js";
import type { RuleContext, RuleState } from "../rules/context.js";
import { initialState } from "../rules/initial.js";
import type { GameState } from "../rules/state.js";
import { blankMove, type ResolvedMove } from "../rules/verdict.js";
import { deepFreeze } from "../vocabulary/freeze.js";
import type { Move } from "../vocabulary/moves.js";
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

/**
 * A deep copy of the parts of a state that moves change; what never changes after it is made is shared.
 * Arrays are copied by spreading: on a frozen array (every public state's) V8's `slice` takes a slow path
 * that costs about fifteen times as much.
 */
export function copyState(s: GameState, record: boolean): RuleState {
  const t = s.track;
  return {
    scenario: s.scenario,
    seed: s.seed,
    rng: s.rng,
    over: s.over,
    // Field by field, in `freshTrack`'s order, so that every track object has the same shape.
    track: {
      index: t.index,
      phase: t.phase,
      clock: t.clock,
      floor: t.floor,
      agendaIndex: t.agendaIndex,
      itemStartedAt: t.itemStartedAt,
      passesInRow: t.passesInRow,
      phaseMoves: t.phaseMoves,
      followUp: t.followUp === null ? null : { by: t.followUp.by, accepted: [...t.followUp.accepted] },
      cbmUsed: [...t.cbmUsed],
      agreedHere: [...t.agreedHere],
      deadline: t.deadline,
    },
    results: [...s.results],
    tension: s.tension,
    cohesion: s.cohesion,
    trust: copyRows(s.trust),
    stances: [...s.stances],
    positions: copyRows(s.positions),
    agreed: [...s.agreed],
    table: s.table.map((p) => ({ options: p.options, by: p.by, accepted: [...p.accepted] })),
    demands: [...s.demands],
    redLines: [...s.redLines],
    injects: [...s.injects],
    types: s.types,
    reservations: [...s.reservations],
    walkOuts: [...s.walkOuts],
    moveCount: s.moveCount,
    moves: record ? copyLog(s.moves) : [],
  } as RuleState;
}

function copyRows(rows: readonly (readonly number[])[]): number[][] {
  // Pushed, not assigned into `new Array(n)`: that array would stay holey (slower to read and to freeze).
  const out: number[][] = [];
  for (let k = 0; k < rows.length; k++) out.push([...(rows[k] as readonly number[])]);
  return out;
}

/** The move log to add to: the full chunks shared, the last one copied (moves are added to it). */
function copyLog(moves: GameState["moves"]): Move[][] {
  const out = [...moves] as Move[][];
  const last = out.length - 1;
  if (last >= 0) out[last] = [...(moves[last] as readonly Move[])];
  return out;
}

/** A private copy of a game to play on. `record`: keep the move log (off for search playouts). */
export function fork(c: CompiledScenario, state: GameState, record: boolean): Sim {
  return {
    state: copyState(state, record),
    ctx: contextFor(c, randomFrom(state.rng), record),
    scratch: blankMove(c.issueCount),
  };
}

/**
 * A sim over a state without copying it, for listing and judging moves only (they write nothing but the
 * scratch move). Never play a move on it: `fork` for that.
 */
export function peek(c: CompiledScenario, state: GameState): Sim {
  return {
    state: state as RuleState,
    ctx: contextFor(c, randomFrom(state.rng), false),
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
  // The initial state is already a fresh private copy: no need to copy it again.
  const state = initialState(c, seed);
  return { state, ctx: contextFor(c, randomFrom(state.rng), record), scratch: blankMove(c.issueCount) };
}

function freezeRows(rows: readonly (readonly unknown[])[]): void {
  for (let k = 0; k < rows.length; k++) Object.freeze(rows[k]);
  Object.freeze(rows);
}

/**
 * Freezes a state made by `copyState` (or `initialState`) field by field: what it shares with an older,
 * frozen state is frozen already, so only its own arrays are visited, with no key lists built.
 */
function freezeState(s: RuleState): GameState {
  const t = s.track;
  if (t.followUp !== null) Object.freeze(Object.freeze(t.followUp).accepted);
  Object.freeze(t.cbmUsed);
  Object.freeze(t.agreedHere);
  Object.freeze(t);
  for (let k = 0; k < s.results.length; k++) deepFreeze(s.results[k]);
  Object.freeze(s.results);
  freezeRows(s.trust);
  Object.freeze(s.stances);
  freezeRows(s.positions);
  Object.freeze(s.agreed);
  for (let k = 0; k < s.table.length; k++) {
    const p = s.table[k] as RuleState["table"][number];
    Object.freeze(p.options);
    Object.freeze(p.accepted);
    Object.freeze(p);
  }
  Object.freeze(s.table);
  Object.freeze(s.demands);
  Object.freeze(s.redLines);
  Object.freeze(s.injects);
  Object.freeze(s.types);
  Object.freeze(s.reservations);
  Object.freeze(s.walkOuts);
  // The moves themselves were frozen as they were logged (`rules/apply.ts`); chunks shared with an older
  // state are frozen already.
  for (let k = 0; k < s.moves.length; k++) Object.freeze(s.moves[k]);
  Object.freeze(s.moves);
  Object.freeze(s.rng);
  return Object.freeze(s) as GameState;
}

/**
 * A state the rules have just built (`initialState`) as a public state: frozen field by field (cheaper than
 * walking it with `deepFreeze`) and marked as made by the engine (`core/trust.ts`).
 */
export function seal(state: RuleState): GameState {
  // Marked before it is frozen: the mark is a field of the object (core/trust.ts).
  vouch(state as GameState);
  return freezeState(state);
}

/**
 * The simulated game as a public state: plain, deep-frozen data. The sim must not be used afterwards (its
 * arrays become the state's).
 */
export function snapshot(sim: Sim): GameState {
  const s = sim.state;
  s.rng = sim.ctx.random.state();
  return seal(s);
}
