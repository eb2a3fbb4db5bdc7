/**
 * Parley's property-based scenario testing kit, `@parley/engine/testing`: fast-check arbitraries of seeds,
 * legal plays, moves and scenarios; a model for stateful tests; ready-made invariants; and `checkScenario`,
 * which runs them all and returns shrunk counterexamples as replays. See docs/testing-scenarios.md.
 *
 * It needs `fast-check` (a peer dependency). Like the engine, it is pure: no clock, no global randomness.
 *
 * @packageDocumentation
 */
export {
  arbCheckPlay,
  type CheckOptions,
  checkScenario,
  formatFailure,
  type ScenarioFailure,
} from "./check.js";
export { checkHistory } from "./history.js";
export {
  agreementsStand,
  clockMonotone,
  determinism,
  gaugesInRange,
  type Invariant,
  type InvariantName,
  invariants,
  legalMovesAccepted,
  redLinesNeverSilentlyCrossed,
  type SilentCrossing,
  saveLoadTransparent,
  silentCrossings,
  terminates,
  throughout,
  utilitiesInRange,
} from "./invariants.js";
export {
  type GameCommand,
  type GameCommandsOptions,
  type GameModel,
  type GameReal,
  gameCommandArbitraries,
  gameCommands,
  gameModelSetup,
} from "./model.js";
export { arbMove, arbWellFormedMove } from "./moves.js";
export {
  arbLegalPlay,
  arbSeed,
  type LegalPlayOptions,
  moveLabel,
  type Play,
  type PlayTrace,
  playChoices,
  playLabel,
  traceOf,
} from "./play.js";
export {
  parseReplay,
  REPLAY_PARAMETER,
  type Replay,
  replayLink,
  replayPlay,
  toReplay,
} from "./replay.js";
export { arbScenario, parseScenarioOrThrow, type ScenarioOptions } from "./scenarios.js";
