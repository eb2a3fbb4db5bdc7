import { applyRules } from "../rules/apply.js";
import type { CompiledScenario } from "../rules/compile.js";
import type { RuleContext } from "../rules/context.js";
import type { GameEvent } from "../rules/events.js";
import { initialState } from "../rules/initial.js";
import type { GameState } from "../rules/state.js";
import type { Move } from "../vocabulary/moves.js";
import { randomFrom } from "../vocabulary/random.js";
import { judge } from "./judge.js";
import { fork } from "./sim.js";

/**
 * What a walk through a game's moves reports. The states it passes are the walk's own live copy: read them
 * during the call, never keep them.
 */
export interface GameWalker {
  /** The state before any move, with the events of the opening (the first meeting, minute-0 events). */
  start?(state: GameState, events: readonly GameEvent[]): void;
  /** The state a move is about to be applied to. */
  before?(state: GameState, index: number): void;
  /** The state after move `index`, with the events it caused. */
  after(state: GameState, index: number, move: Move, events: readonly GameEvent[]): void;
}

/**
 * Replays a game from its seed and moves on the simulation core, move by move, reporting each step (linear in
 * the game's length). A move the rules refuse is skipped, as when a stored game is rebuilt. Returns the last
 * state (the walk's live copy).
 */
export function walkGame(
  c: CompiledScenario,
  seed: string,
  moves: readonly Move[],
  walker: GameWalker,
): GameState {
  const events: GameEvent[] = [];
  const sim = fork(c, initialState(c, seed, events) as GameState, false);
  walker.start?.(sim.state as GameState, events);
  const ctx: RuleContext = { c, random: randomFrom(sim.state.rng), sink: events, record: false };
  moves.forEach((move, index) => {
    walker.before?.(sim.state as GameState, index);
    events.length = 0;
    if (judge(c, sim.state as GameState, move, sim.scratch) !== null) return;
    applyRules(ctx, sim.state, sim.scratch);
    walker.after(sim.state as GameState, index, move, events);
  });
  return sim.state as GameState;
}
