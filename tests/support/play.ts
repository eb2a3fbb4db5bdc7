import {
  applyMove,
  createGame,
  type GameEvent,
  type GameOptions,
  type GameState,
  type Move,
  type ValidScenario,
} from "@parley/engine";

/** A new game of a scenario that must start (a test fails with the reason otherwise). */
export function newGame(scenario: ValidScenario, options: GameOptions): GameState {
  const game = createGame(scenario, options);
  if (!game.ok) throw new Error(game.error.message);
  return game.value;
}

/** Applies moves that must be legal, collecting the events they set off. */
export function play(state: GameState, ...moves: Move[]): { state: GameState; events: GameEvent[] } {
  const events: GameEvent[] = [];
  let current = state;
  for (const move of moves) {
    const result = applyMove(current, move);
    if (!result.ok) throw new Error(result.error.message);
    current = result.value.state;
    events.push(...result.value.events);
  }
  return { state: current, events };
}
