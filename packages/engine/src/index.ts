/**
 * Parley's engine: a pure, deterministic negotiation game. `state = f(scenario, seed, moves)`.
 *
 * @packageDocumentation
 */
export * from "./analysis/index.js";
export * from "./bots/index.js";
export * from "./drivers/index.js";
export {
  applyMove,
  createGame,
  currentActor,
  type GameOptions,
  isOver,
  legalMoves,
  type MoveResult,
  outcome,
  parseMove,
  type ReplayError,
  replay,
  stateHash,
} from "./game/game.js";
export type { DemandValue, RedLineValue, StanceValue, TrackPhase } from "./machines/index.js";
export { demandMachine, redLineMachine, stanceMachine, trackMachine } from "./machines/index.js";
export { moveBound } from "./rules/bound.js";
export { describeMove, type MoveError, type MoveErrorCode } from "./rules/check.js";
export type { CompiledScenario, CompiledTrack } from "./rules/compile.js";
export type { GameEvent } from "./rules/events.js";
export { DEFAULT_MINUTES } from "./rules/minutes.js";
export type { Outcome, OverallResult } from "./rules/outcome.js";
export type { FollowUp, GameState, Proposal, TrackResult, TrackRun } from "./rules/state.js";
export { type JsonSchema, scenarioJsonSchema, scenarioJsonSchemaText } from "./scenario/json-schema.js";
export {
  formatScenarioIssue,
  parseScenario,
  parseScenarioJson,
  SCENARIO_LIMITS,
  type ScenarioIssue,
} from "./scenario/parse.js";
export type {
  Actor,
  Demand,
  History,
  Inject,
  Issue,
  Persona,
  RedLine,
  Scenario,
  Track,
} from "./scenario/schema.js";
export { personaSchema, scenarioSchema } from "./scenario/schema.js";
export { deserialize, type PersistError, SAVE_VERSION, serialize } from "./session/persist.js";
export { eventText, moveText, type TranscriptLine, transcript } from "./session/transcript.js";
export { MOVE_TYPES, type Move, type MoveType, moveKey, moveSchema } from "./vocabulary/moves.js";
export type { RngState } from "./vocabulary/random.js";
export { err, ok, type Result } from "./vocabulary/result.js";
