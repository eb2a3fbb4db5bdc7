import { outcomeRows, partyRows } from "../engine/class.js";
import { type ClassEntry, type ClassGame, readClassEntry } from "../engine/class-entries.js";
import {
  type ClassScenario,
  classFigures,
  extendSimulation,
  type RunningSummary,
  scenarioVersion,
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
  /** The newest entries not taken (at most `CLASS_LIMITS.problems`), and how many older ones were dropped. */
  readonly problems: readonly ClassProblemModel[];
  readonly dropped: number;
  readonly figures: SpreadFigures | null;
  /** Why the engine could not sum up the games, when it could not. */
  readonly notice: string | null;
  readonly run: SimulationRun | null;
}

const EMPTY: ClassRoom = {
  scenario: null,
  games: [],
  problems: [],
  dropped: 0,
  figures: null,
  notice: null,
  run: null,
};

/** The model the page shows of a class. */
export function classModel(room: ClassRoom): ClassModel {
  const simulated = room.run?.model.figures ?? null;
  return {
    scenario: room.scenario === null ? null : { id: room.scenario.id, title: room.scenario.title },
    games: room.games.map((g) => g.model),
    problems: room.problems,
    droppedProblems: room.dropped,
    figures: room.figures,
    notice: room.notice,
    simulation: room.run?.model ?? null,
    outcomes: outcomeRows(room.figures, simulated),
    parties: room.scenario === null ? [] : partyRows(room.scenario, room.games, room.figures, simulated),
  };
}

/** Keeps the newest `CLASS_LIMITS.problems` entries not taken, counting the older ones dropped. */
function keepNewest(
  room: ClassRoom,
  problems: readonly ClassProblemModel[],
): Pick<ClassRoom, "problems" | "dropped"> {
  const over = Math.max(0, problems.length - CLASS_LIMITS.problems);
  return { problems: problems.slice(over), dropped: room.dropped + over };
}

/** Why a game of `of` does not belong in a class of `scenario`; null when it does. */
function otherScenario(of: ClassScenario, scenario: ClassScenario): string | null {
  if (of.id !== scenario.id)
    return `It is a game of “${of.title}”, not of “${scenario.title}” like the class's other games: a class view compares games of one scenario.`;
  if (scenarioVersion(of) !== scenarioVersion(scenario))
    return `It is a game of a different version of the scenario “${of.title}” than the class's other games: a class view compares games of one version.`;
  return null;
}

/** Takes the entries that read as finished games of the class's scenario; lists the others with why. */
function add(
  room: ClassRoom,
  entries: readonly { name: string; text: string }[],
  refused: readonly ClassProblemModel[],
): ClassRoom {
  let scenario = room.scenario;
  const games = [...room.games];
  const problems = [...room.problems, ...refused];
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
    const other = scenario === null ? null : otherScenario(of, scenario);
    if (other !== null) {
      problems.push({ name, message: other });
      continue;
    }
    scenario ??= of;
    games.push(entry.game);
  }
  const kept = keepNewest(room, problems);
  if (scenario === null) return { ...room, ...kept };
  const sameScenario = room.scenario === scenario;
  const figures = classFigures(
    scenario,
    games.map((g) => g.state),
  );
  return {
    scenario,
    games,
    ...kept,
    figures: figures.ok ? figures.figures : null,
    notice: figures.ok ? null : `The class's games could not be summed up: ${figures.message}`,
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
  const played = extendSimulation(scenario, run.summary, { base: model.base, start: model.done, count });
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
      next = add(current, command.entries, command.refused ?? []);
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
