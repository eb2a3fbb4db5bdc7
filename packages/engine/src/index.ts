/**
 * Parley's engine: a pure, deterministic negotiation game. `state = f(scenario, seed, moves)`.
 *
 * @packageDocumentation
 */
export * from "./analysis/index.js";
export {
  aspiration,
  BOT_NAMES,
  type Bot,
  type BotError,
  type BotName,
  type BotOptions,
  type BotOptionsByName,
  createBot,
  DEFAULT_EXPLORATION,
  DEFAULT_EXPONENTS,
  DEFAULT_ITERATIONS,
  isBotName,
  MAX_BUDGET_MS,
  MAX_ITERATIONS,
  type MctsOptions,
  PERSONA_TEMPERATURES,
  type PersonaOptions,
  type SeedOptions,
  type TimeBudget,
} from "./bots/index.js";
export {
  type AgreementFigures,
  type BatchGame,
  type BatchOptions,
  type BatchReport,
  botNames,
  type ClassParts,
  type ClassShare,
  type CompareOptions,
  checkVaryPath,
  classParts,
  compareSeats,
  type DistinctCount,
  defaultBots,
  type GamesReportError,
  gameClass,
  gameSeed,
  gamesReport,
  type Interval,
  MAX_BATCH_SEEDS,
  MAX_PATH_LENGTH,
  MAX_REPORT_GAMES,
  MAX_SEED_BASE,
  MAX_SIMULATION_GAMES,
  MAX_SWEEP_STEPS,
  type MeanFigure,
  type MeetingFigures,
  type MeetingTally,
  type MergeError,
  type Moments,
  meanInterval,
  mergeSummaries,
  NOT_HELD,
  type PlayError,
  playGame,
  recordClass,
  runBatch,
  type SeatResult,
  type Seats,
  type SeedRange,
  type SeedSpec,
  type Share,
  type SimulatedGame,
  type SimulationOptions,
  type SimulationReport,
  type SimulationSummary,
  SKETCH_SIZE,
  type SweepError,
  type SweepOptions,
  type SweepPoint,
  type SweepReport,
  simulate,
  simulateSummary,
  simulationReport,
  sweep,
  sweepHeader,
  sweepScenarios,
  sweepValues,
  trackClass,
  type Variation,
  type VaryError,
  type VaryTarget,
  varyScenario,
  wilsonInterval,
  Z95,
} from "./drivers/index.js";
export {
  type Applied,
  admitState,
  applyMove,
  checkMove,
  createGame,
  currentActor,
  type GameError,
  type GameOptions,
  gameMoves,
  isOver,
  legalMoves,
  type MoveError,
  moveBound,
  outcome,
  type ReplayError,
  replay,
  stateHash,
} from "./game/game.js";
export { checkHistory, type HistoryCheck } from "./game/history.js";
export { parseScenario, parseScenarioJson, scenarioWarnings } from "./game/scenario.js";
export type { DemandValue, RedLineValue, StanceValue, TrackPhase } from "./machines/index.js";
export { demandMachine, redLineMachine, stanceMachine, trackMachine } from "./machines/index.js";
export type { GameEvent } from "./rules/events.js";
export type { Outcome } from "./rules/outcome.js";
export type { MoveErrorCode, Refusal, RefusalParams } from "./rules/refusal.js";
export type {
  CollapseCause,
  FollowUp,
  GameState,
  InjectStatus,
  Proposal,
  TrackResult,
  TrackRun,
} from "./rules/state.js";
export { scenarioHash } from "./scenario/content-hash.js";
export { type JsonSchema, scenarioJsonSchema, scenarioJsonSchemaText } from "./scenario/json-schema.js";
export {
  formatScenarioIssue,
  migrateScenario,
  migrateScenarioJson,
  SCENARIO_LIMITS,
  type ScenarioFile,
  type ScenarioFileV1,
  type ScenarioIssue,
} from "./scenario/parse.js";
export type {
  Actor,
  ActorType,
  Demand,
  Draft,
  EpilogueEvent,
  History,
  Inject,
  Issue,
  Line,
  Persona,
  RedLine,
  Scenario,
  Track,
  ValidScenario,
} from "./scenario/schema.js";
export { personaSchema, SCENARIO_FORMAT, scenarioSchema } from "./scenario/schema.js";
export {
  deserialize,
  loadMatch,
  matchMenu,
  matchView,
  moveMenu,
  openLink,
  replayLink,
  saveMatch,
  serialize,
  transcript,
  view,
} from "./session/api.js";
export {
  type ActorDebrief,
  type CourseMark,
  type CoursePoint,
  type Debrief,
  debrief,
  type MeetingDebrief,
  type OutcomeClass,
  type PlayedMeeting,
  type RecordedMeeting,
  type SourceRef,
} from "./session/debrief.js";
export {
  createMatch,
  type Match,
  type MatchCommand,
  type MatchError,
  type MatchOptions,
  type MatchStep,
  matchTranscript,
  matchTurn,
  reduceMatch,
  type SeatPlayer,
} from "./session/match.js";
export {
  type ComposeInfo,
  MOVE_KINDS,
  type MoveChoice,
  type MoveKind,
  type MoveMenu,
  moveKind,
  type UnavailableMove,
} from "./session/menu.js";
export { decodeLink, type LinkPayload, type PersistError, SAVE_VERSION } from "./session/saves.js";
export type { Quote, TranscriptLine } from "./session/transcript.js";
export type {
  ActorView,
  AgendaItemView,
  DemandView,
  IssueView,
  MeetingSummary,
  MeetingView,
  PersonView,
  ProposalView,
  RedLineView,
  Seat,
  SeatView,
} from "./session/view.js";
export { SPECTATOR } from "./session/view.js";
export {
  type DebriefFrontier,
  type DebriefWhyError,
  debriefFrontier,
  debriefZones,
  defaultParetoActors,
  type MeetingZones,
} from "./session/why.js";
export {
  ISSUE_KINDS,
  type IssueKind,
  NEGOTIATION_MODES,
  type NegotiationMode,
  PERSONAS,
  RESULT_KINDS,
  type ResultKind,
  WALK_OUT_EFFECTS,
  type WalkOutEffect,
} from "./vocabulary/lists.js";
export { MOVE_TYPES, type Move, type MoveType, moveKey, moveSchema, type Terms } from "./vocabulary/moves.js";
export type { RngState } from "./vocabulary/random.js";
export { err, ok, type Result } from "./vocabulary/result.js";
export { DEFAULT_MINUTES, DEFAULT_RULES, MOVE_EFFECTS } from "./vocabulary/rule-numbers.js";
export { RULES_VERSION } from "./vocabulary/version.js";
export { eventText } from "./words/events.js";
export { describeMove, moveText } from "./words/moves.js";
export { explainRefusal as explainMoveError } from "./words/refusal.js";
