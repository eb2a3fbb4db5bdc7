import { at } from "../vocabulary/assert.js";
import { randomFrom, seedRng } from "../vocabulary/random.js";
import type { CompiledScenario } from "./compile.js";
import type { EventSink, RuleContext, RuleState } from "./context.js";
import { freshTrack, openTrack } from "./flow.js";

/**
 * Draws what this game keeps hidden: each actor's type (by the types' probabilities), then its reservation
 * (uniform in its range, if it has one); then whether each uncertain scheduled event happens at all. The order
 * is fixed, so the same seed gives the same draws; a scenario with nothing uncertain draws nothing.
 */
function drawHidden(ctx: RuleContext, s: RuleState): void {
  const scenario = ctx.c.scenario;
  scenario.actors.forEach((actor, a) => {
    let t = -1;
    if (actor.types.length > 0) {
      const x = ctx.random.next();
      let cumulative = 0;
      t = actor.types.length - 1;
      for (let k = 0; k < actor.types.length; k++) {
        cumulative += at(actor.types, k, "type").probability;
        if (x < cumulative) {
          t = k;
          break;
        }
      }
    }
    const type = t >= 0 ? at(actor.types, t, "type") : undefined;
    const range =
      type?.reservationRange ?? (type?.reservation === undefined ? actor.reservationRange : undefined);
    s.types[a] = t;
    s.reservations[a] =
      range === undefined
        ? (type?.reservation ?? actor.reservation)
        : range.min + (range.max - range.min) * ctx.random.next();
  });
  scenario.injects.forEach((inject, j) => {
    if (inject.trigger.kind === "scheduled" && inject.trigger.probability < 1) {
      if (ctx.random.next() >= inject.trigger.probability) s.injects[j] = "cancelled";
    }
  });
}

/**
 * The state before any move: every machine in its initial state, hidden information drawn, the first meeting
 * open. Returns a mutable state the caller freezes (or keeps private, on the simulation core).
 */
export function initialState(c: CompiledScenario, seed: string, sink: EventSink = null): RuleState {
  const scenario = c.scenario;
  // Fresh, mutable copies of what the scenario alone decides (see `StartingState`); spread, since `slice`
  // is slow on frozen arrays.
  const start = c.start;
  const s: RuleState = {
    scenario,
    seed,
    rng: seedRng(seed),
    over: false,
    track: freshTrack(0),
    results: [],
    tension: scenario.world.tension,
    cohesion: scenario.world.cohesion,
    trust: start.trust.map((row) => [...row]),
    stances: [...start.stances],
    positions: start.positions.map((row) => [...row]),
    agreed: [...start.agreed],
    table: [],
    demands: [...start.demands],
    redLines: [...start.redLines],
    injects: [...start.injects],
    types: [...start.types],
    reservations: [...start.reservations],
    walkOuts: [...start.walkOuts],
    moveCount: 0,
    moves: [],
  } as RuleState;
  const random = randomFrom(s.rng);
  const ctx: RuleContext = { c, random, sink, record: true };
  drawHidden(ctx, s);
  openTrack(ctx, s, 0);
  s.rng = random.state();
  return s;
}
