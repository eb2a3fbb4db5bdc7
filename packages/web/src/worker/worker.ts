import { loadShipped, scenarioNeeded } from "../engine/shipped.js";
import { loadWhy } from "../engine/why-lazy.js";
import type { ClassRoom } from "./class-respond.js";
import { type ClassCommand, type EngineCommand, type EngineReport, isClassCommand } from "./protocol.js";
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
let classRoom: ClassRoom | null = null;
let queue: Promise<void> = Promise.resolve();

async function handle(command: EngineCommand): Promise<void> {
  try {
    // The scenario a command needs is fetched first (its own chunk); the handler itself is synchronous.
    if (isClassCommand(command)) {
      scope.postMessage(await handleClass(command));
      return;
    }
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

/**
 * A class view's command: its code (the engine's simulation and the class's figures) is a chunk of its own,
 * fetched the first time, so that a game's worker does not carry it.
 */
async function handleClass(command: ClassCommand): Promise<EngineReport> {
  const [{ respondClass }, { entryScenario }] = await Promise.all([
    import("./class-respond.js"),
    import("../engine/class-entries.js"),
  ]);
  // A class's entries may name several scenarios (the handler refuses all but the class's own).
  if (command.type === "class-add")
    await Promise.all(
      command.entries.flatMap((entry) => {
        const needed = entryScenario(entry.text);
        return needed === null ? [] : [loadShipped(needed)];
      }),
    );
  const answer = respondClass(classRoom, command);
  classRoom = answer.room;
  return answer.report;
}

scope.onmessage = (event) => {
  const command = event.data;
  queue = queue.then(() => handle(command));
};
