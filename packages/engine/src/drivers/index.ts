/** Drivers: whole games, batches and seat comparisons played by bots on the simulation core (not bots themselves). */
export { type BatchGame, type BatchOptions, type BatchReport, MAX_BATCH_SEEDS, runBatch } from "./batch.js";
export { type ClassParts, classParts, gameClass, NOT_HELD, trackClass } from "./classes.js";
export { type CompareOptions, compareSeats, type SeatResult } from "./compare.js";
export { type DistinctCount, SKETCH_SIZE } from "./distinct.js";
export { type GamesReportError, gamesReport, MAX_REPORT_GAMES } from "./games-report.js";
export { type Interval, meanInterval, wilsonInterval, Z95 } from "./intervals.js";
export { playFrom, playGame } from "./play.js";
export {
  type AgreementFigures,
  type ClassShare,
  type MeanFigure,
  type MeetingFigures,
  recordClass,
  type Share,
  type SimulationReport,
  simulationReport,
} from "./report.js";
export { defaultBots, type PlayError, type Player, type Seats, seatPlayers } from "./seats.js";
export {
  botNames,
  gameSeed,
  MAX_SEED_BASE,
  MAX_SIMULATION_GAMES,
  type SeedSpec,
  type SimulatedGame,
  type SimulationOptions,
  simulate,
  simulateSummary,
} from "./simulate.js";
export {
  type MeetingTally,
  type MergeError,
  type Moments,
  mergeSummaries,
  type SeedRange,
  type SimulationSummary,
} from "./summary.js";
export {
  MAX_SWEEP_STEPS,
  type SweepError,
  type SweepOptions,
  type SweepPoint,
  type SweepReport,
  sweep,
  sweepHeader,
  sweepScenarios,
  sweepValues,
  type Variation,
} from "./sweep.js";
export { checkVaryPath, MAX_PATH_LENGTH, type VaryError, type VaryTarget, varyScenario } from "./vary.js";
