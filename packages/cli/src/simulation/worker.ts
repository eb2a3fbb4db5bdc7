/**
 * The worker thread of `parley simulate` and `parley sweep`: tinypool hands it chunks of games; it plays
 * them with the run's setup (given once, as the pool's workerData) and sends back their summary.
 */
import { Tinypool } from "tinypool";
import { type ChunkResult, type ChunkTask, runChunk, type WorkSetup } from "./work.js";

const setup = Tinypool.workerData as WorkSetup;

/** Plays one chunk (tinypool calls the default export). */
export default function playChunk(task: ChunkTask): ChunkResult {
  return runChunk(setup, task);
}
