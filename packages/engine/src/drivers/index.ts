/** Drivers: whole games, batches and seat comparisons played by bots on the simulation core (not bots themselves). */
export { type BatchGame, type BatchOptions, type BatchReport, MAX_BATCH_SEEDS, runBatch } from "./batch.js";
export { type CompareOptions, compareSeats, type SeatResult } from "./compare.js";
export { playFrom, playGame } from "./play.js";
export { defaultBots, type PlayError, type Player, type Seats, seatPlayers } from "./seats.js";
