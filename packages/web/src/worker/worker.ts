import { loadShipped, scenarioNeeded } from "../engine/shipped.js";
import { loadWhy } from "../engine/why-lazy.js";
import type { EngineCommand, EngineReport } from "./protocol.js";
import { respond, type WorkerState } from "./respond.js";

/**
 * The engine worker: the match and the bots live here, so that a bot thinking never freezes the page. One
 * report answers each command, in the order they came; an unexpected failure is reported as a refusal rather
 * than left unanswered.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineCommand>) => void) | null;
  postMessage(report: EngineReport): void;
}

const scope = globalThis as unknown as WorkerScope;
let state: WorkerState = { match: null };
let queue: Promise<void> = Promise.resolve();

async function handle(command: EngineCommand): Promise<void> {
  try {
    // The scenario a command needs is fetched first (its own chunk); the handler itself is synchronous.
    const id = scenarioNeeded(command);
    if (id !== null) await loadShipped(id);
    if (command.type === "why") await loadWhy();
    const answer = respond(state, command, () => performance.now());
    state = answer.state;
    scope.postMessage(answer.report);
  } catch (error) {
    scope.postMessage({
      type: "refused",
      command: command.type,
      code: "crashed",
      message: `The game engine failed: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}

scope.onmessage = (event) => {
  const command = event.data;
  queue = queue.then(() => handle(command));
};
