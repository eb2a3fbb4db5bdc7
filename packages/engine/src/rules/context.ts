import type { Draft } from "immer";
import type { Random } from "../vocabulary/random.js";
import type { CompiledScenario } from "./compile.js";
import type { GameEvent } from "./events.js";
import type { GameState } from "./state.js";

/**
 * A game state the rules may change in place: an immer draft on the public path, or a private deep copy on
 * the simulation core. The same rule code runs on both.
 */
export type RuleState = Draft<GameState>;

/** Where the rules report events; `null` on the hot path, where nobody reads them. */
export type EventSink = GameEvent[] | null;

/** What the rules need besides the state: the compiled scenario, the generator, and where events go. */
export interface RuleContext {
  readonly c: CompiledScenario;
  readonly random: Random;
  readonly sink: EventSink;
  /** Whether applied moves are added to the state's move log (off in search playouts). */
  readonly record: boolean;
}
