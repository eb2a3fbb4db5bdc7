import type { Draft } from "immer";
import { demandTable, redLineTable, stanceTable } from "../machines/index.js";
import type { Scenario } from "../scenario/schema.js";
import { seedRng } from "../vocabulary/random.js";
import { type CompiledScenario, compileScenario } from "./compile.js";
import { freshTrack, openTrack } from "./flow.js";
import type { GameState, TrackResult } from "./state.js";

/** The state before any move: every machine in its initial state, the first track open. */
export function initialState(scenario: Scenario, seed: string): GameState {
  const compiled = compileScenario(scenario);
  const actorIds = scenario.actors.map((actor) => actor.id);
  const trust = actorIds.map(() => actorIds.map(() => scenario.world.defaultTrust));
  for (const entry of scenario.world.trust) {
    const row = trust[actorIds.indexOf(entry.from)];
    const to = actorIds.indexOf(entry.to);
    if (row !== undefined && to >= 0) row[to] = entry.value;
  }
  // Every actor starts at its best option on every issue (the lowest index among equals).
  const positions = compiled.values.map((byIssue) =>
    byIssue.map((values) => values.reduce((best, v, o) => (v > (values[best] ?? 0) ? o : best), 0)),
  );
  const state: Draft<GameState> = {
    scenario,
    compiled: compiled as Draft<CompiledScenario>,
    seed,
    rng: seedRng(seed),
    over: false,
    track: freshTrack(0),
    results: [],
    tension: scenario.world.tension,
    cohesion: scenario.world.cohesion,
    trust,
    stances: scenario.actors.map(() => stanceTable.initial),
    positions,
    agreed: scenario.issues.map(() => null),
    proposals: scenario.issues.map(() => null),
    demands: scenario.demands.map(() => demandTable.initial),
    redLines: scenario.redLines.map(() => redLineTable.initial),
    injectsFired: scenario.injects.map(() => false),
    moves: [],
  };
  openTrack(state, 0, null);
  return state as GameState;
}

/**
 * A private, mutable deep copy of the parts of a state that moves change; the scenario and its compiled form
 * are shared. This is the hot path's alternative to immer: copy once, then apply many moves in place.
 */
export function cloneState(state: GameState): Draft<GameState> {
  const t = state.track;
  return {
    scenario: state.scenario,
    compiled: state.compiled as Draft<CompiledScenario>,
    seed: state.seed,
    rng: { ...state.rng },
    over: state.over,
    track: {
      ...t,
      followUp: t.followUp === null ? null : { by: t.followUp.by, accepted: [...t.followUp.accepted] },
      cbmUsed: [...t.cbmUsed],
      agreedHere: [...t.agreedHere],
    },
    results: [...state.results] as Draft<TrackResult>[],
    tension: state.tension,
    cohesion: state.cohesion,
    trust: state.trust.map((row) => [...row]),
    stances: [...state.stances],
    positions: state.positions.map((row) => [...row]),
    agreed: [...state.agreed],
    proposals: state.proposals.map((p) =>
      p === null ? null : { option: p.option, by: p.by, accepted: [...p.accepted] },
    ),
    demands: [...state.demands],
    redLines: [...state.redLines],
    injectsFired: [...state.injectsFired],
    moves: [...state.moves],
  };
}
