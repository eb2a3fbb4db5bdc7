/**
 * Parley's property-based scenario testing kit, `@parley/engine/testing`: fast-check arbitraries of seeds,
 * legal plays (uniform and guided towards agreements), moves and scenarios; a model for stateful tests;
 * ready-made invariants; and `checkScenario`, which runs them all and returns shrunk counterexamples as
 * replays. See docs/testing-scenarios.md.
 *
 * It needs `fast-check` (a peer dependency). Like the engine, it is pure: no clock, no global randomness.
 *
 * @packageDocumentation
 */
export { agreementsStand } from "./agreements.js";
export { arbCheckPlay, checkScenario, formatCheck, formatFailure, type ScenarioFailure } from "./check.js";
export { determinism, terminates } from "./engine-invariants.js";
export {
  arbGuidedPlay,
  type Deviation,
  type GuidedPlayOptions,
  type GuideName,
  guidedPlay,
} from "./guided.js";
export { checkHistory } from "./history.js";
export { type Invariant, stepwise, throughout } from "./invariant.js";
export { type InvariantName, invariants } from "./invariants.js";
export { legalMovesAccepted } from "./legality.js";
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
export { type CheckError, type CheckOptions, MAX_RUNS } from "./options.js";
export {
  arbLegalPlay,
  arbSeed,
  type LegalPlayOptions,
  moveLabel,
  type Play,
  playChoices,
  playLabel,
} from "./play.js";
export { saveLoadTransparent, statesPortable } from "./portability.js";
export {
  parseReplay,
  type Replay,
  type ReplayLinkError,
  replayLink,
  replayPlay,
  toReplay,
} from "./replay.js";
export { arbScenario, parseScenarioOrThrow, type ScenarioOptions } from "./scenarios.js";
export {
  clockMonotone,
  collapsesAtTensionLimit,
  gaugesInRange,
  redLinesNeverSilentlyCrossed,
  type SilentCrossing,
  silentCrossings,
  utilitiesInRange,
} from "./state-invariants.js";
export { type Finding, type Found, type PlayChecker, type PlayStep, watchPlay } from "./walk.js";
