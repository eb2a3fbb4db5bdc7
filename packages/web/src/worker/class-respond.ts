import { outcomeRows, partyRows } from "../engine/class.js";
import { type ClassEntry, type ClassGame, readClassEntry } from "../engine/class-entries.js";
import {
  type ClassScenario,
  classFigures,
  playChunk as playSeeds,
  type RunningSummary,
} from "../engine/class-simulation.js";
import {
  CLASS_LIMITS,
  type ClassModel,
  type ClassProblemModel,
  type ClassSimulationModel,
  type SpreadFigures,
} from "../models/index.js";
import type { ClassCommand, EngineReport } from "./protocol.js";

/**
 * The class view in the worker: the class's games (one scenario), its figures, and a simulation of the same
 * scenario with bots played a chunk at a time, so that the page can show progress and stop it between chunks.
 */

/** Games a simulation plays per command: a fraction of a second, so progress moves and a stop is quick. */
export const SIMULATION_CHUNK = 20;

/** The base seed of the class view's simulations: game k is seeded `class:k`. */
export const SIMULATION_BASE = "class";

interface SimulationRun {
  readonly model: ClassSimulationModel;
  readonly summary: RunningSummary | null;
}

/** The class as the worker holds it. */
export interface ClassRoom {
  readonly scenario: ClassScenario | null;
  readonly games: readonly ClassGame[];
  readonly problems: readonly ClassProblemModel[];
  readonly figures: SpreadFigures | null;
  readonly run: SimulationRun | null;
}

const EMPTY: ClassRoom = { scenario: null, games: [], problems: [], figures: null, run: null };

/** The model the page shows of a class. */
export function classModel(room: ClassRoom): ClassModel {
  const simulated = room.run?.model.figures ?? null;
  return {
    scenario: room.scenario === null ? null : { id: room.scenario.id, title: room.scenario.title },
    games: room.games.map((g) => g.model),
    problems: room.problems,
    figures: room.figures,
    simulation: room.run?.model ?? null,
    outcomes: outcomeRows(room.figures, simulated),
    parties: room.scenario === null ? [] : partyRows(room.scenario, room.games, room.figures, simulated),
  };
}

/** Takes the entries that read as finished games of the class's scenario; lists the others with why. */
function add(room: ClassRoom, entries: readonly { name: string; text: string }[]): ClassRoom {
  let scenario = room.scenario;
  const games = [...room.games];
  const problems = [...room.problems];
  for (const { name, text } of entries) {
    if (games.length >= CLASS_LIMITS.games) {
      problems.push({ name, message: `A class view holds at most ${CLASS_LIMITS.games} games.` });
      continue;
    }
    const entry: ClassEntry = readClassEntry(name, text);
    if (!entry.ok) {
      problems.push({ name, message: entry.message });
      continue;
    }
    const of = entry.game.state.scenario;
    if (scenario !== null && of.id !== scenario.id) {
      problems.push({
        name,
        message: `It is a game of “${of.title}”, not of “${scenario.title}” like the class's other games: a class view compares games of one scenario.`,
      });
      continue;
    }
    scenario ??= of;
    games.push(entry.game);
  }
  if (scenario === null) return { ...room, problems };
  const sameScenario = room.scenario === scenario;
  return {
    scenario,
    games,
    problems,
    figures: classFigures(
      scenario,
      games.map((g) => g.state),
    ),
    run: sameScenario ? room.run : null,
  };
}

function failed(run: ClassSimulationModel, message: string): SimulationRun {
  return { model: { ...run, status: "failed", message }, summary: null };
}

/** Plays the next chunk of a run and folds it into the run's summary and figures. */
function playChunk(scenario: ClassScenario, run: SimulationRun): SimulationRun {
  const { model } = run;
  const count = Math.min(SIMULATION_CHUNK, model.total - model.done);
  const played = playSeeds(scenario, run.summary, { base: model.base, start: model.done, count });
  if (!played.ok) return failed(model, played.message);
  const done = model.done + count;
  return {
    summary: played.summary,
    model: { ...model, done, status: done >= model.total ? "done" : "running", figures: played.figures },
  };
}

type SimulationCommand = Extract<ClassCommand, { type: "class-simulate" }>;
type RunCommand = Extract<ClassCommand, { type: "class-simulate-more" | "class-cancel" }>;

/** Starts a run: its first chunk is played at once. */
function startRun(room: ClassRoom, command: SimulationCommand): ClassRoom | string {
  const scenario = room.scenario;
  if (scenario === null) return "Add the class's games first: the simulation plays their scenario.";
  const total = Math.trunc(command.games);
  if (!Number.isFinite(total) || total < 1 || total > CLASS_LIMITS.simulationGames)
    return `A simulation plays from 1 to ${CLASS_LIMITS.simulationGames} games.`;
  const model: ClassSimulationModel = {
    run: command.run,
    status: "running",
    done: 0,
    total,
    base: SIMULATION_BASE,
    figures: null,
    message: null,
  };
  return { ...room, run: playChunk(scenario, { model, summary: null }) };
}

/** Plays the next chunk of the current run, or stops it; a late command about another run changes nothing. */
function continueRun(room: ClassRoom, command: RunCommand): ClassRoom {
  const { run, scenario } = room;
  if (scenario === null || run === null || run.model.run !== command.run || run.model.status !== "running")
    return room;
  if (command.type === "class-cancel")
    return { ...room, run: { ...run, model: { ...run.model, status: "cancelled" } } };
  return { ...room, run: playChunk(scenario, run) };
}

/** Handles one class command; every answer is the whole class as it now stands. */
export function respondClass(
  room: ClassRoom | null,
  command: ClassCommand,
): { room: ClassRoom; report: EngineReport } {
  const current = room ?? EMPTY;
  let next: ClassRoom | string;
  switch (command.type) {
    case "class-add":
      next = add(
        { ...current, problems: [...current.problems, ...(command.refused ?? [])] },
        command.entries,
      );
      break;
    case "class-clear":
      next = EMPTY;
      break;
    case "class-simulate":
      next = startRun(current, command);
      break;
    default:
      next = continueRun(current, command);
  }
  if (typeof next === "string")
    return {
      room: current,
      report: { type: "refused", command: command.type, code: "class", message: next },
    };
  return { room: next, report: { type: "class", model: classModel(next) } };
}
