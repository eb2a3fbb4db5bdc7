import type { Draft } from "immer";
import type { Random } from "../vocabulary/random.js";
import type { CompiledScenario } from "./compile.js";
import type { GameEvent } from "./events.js";
import type { GameState } from "./state.js";

/**
 * A game state the rules may change in place: always a private copy made by the simulation core (`fork`),
 * which the public `applyMove` then freezes into the next state. (Typed as immer's `Draft`, which is
 * `GameState` with every `readonly` removed.)
 */
export type RuleState = Draft<GameState>;

/** Where the rules report events; `null` on the simulation core, where nobody reads them. */
export type EventSink = GameEvent[] | null;

/** What the rules need besides the state: the compiled scenario, the generator, and where events go. */
export interface RuleContext {
  readonly c: CompiledScenario;
  readonly random: Random;
  readonly sink: EventSink;
  /** Whether applied moves are added to the state's move log (off in search playouts). */
  readonly record: boolean;
}
