/** Drivers: whole games and batches played by bots (not bots themselves). */
export {
  type BatchGame,
  type BatchReport,
  type CompareOptions,
  compareSeats,
  type PlayError,
  playGame,
  runBatch,
  type SeatResult,
  type Seats,
} from "../drivers/play.js";
