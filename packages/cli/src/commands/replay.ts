import { existsSync } from "node:fs";
import {
  deserialize,
  type GameState,
  outcome,
  replay as replayGame,
  type Scenario,
  transcript,
} from "@parley/engine";
import { UserError } from "../errors.js";
import { formatOutcome, formatTranscript } from "../format.js";
import type { Output } from "../io.js";
import { loadScenario, readUserFile } from "../load.js";

/** A replay as the testing kit reports it: `{ scenarioId, seed, moves }`. */
interface Play {
  readonly scenarioId?: string;
  readonly seed: string | number;
  readonly moves: readonly unknown[];
}

function readPlay(text: string): Play {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError('The play is not valid JSON; expected { "seed": ..., "moves": [...] }.');
  }
  if (
    typeof data !== "object" ||
    data === null ||
    !("seed" in data) ||
    !("moves" in data) ||
    !Array.isArray(data.moves)
  ) {
    throw new UserError('The play needs a "seed" and a "moves" array.');
  }
  const seed = data.seed;
  if (typeof seed !== "string" && typeof seed !== "number")
    throw new UserError("The play's seed must be a string or a number.");
  const scenarioId =
    "scenarioId" in data && typeof data.scenarioId === "string" ? data.scenarioId : undefined;
  return { seed, moves: data.moves, ...(scenarioId === undefined ? {} : { scenarioId }) };
}

/**
 * `parley replay SCENARIO (--save FILE | --play JSON|FILE | --history)`: rebuilds a game and prints its
 * transcript and outcome.
 */
export function replay(
  out: Output,
  scenarioArg: string,
  options: { save: string | undefined; play: string | undefined; history: boolean },
): number {
  const scenario: Scenario = loadScenario(scenarioArg);
  let state: GameState;
  if (options.save !== undefined) {
    const loaded = deserialize(scenario, readUserFile(options.save, "save file"));
    if (!loaded.ok) throw new UserError(`Cannot load ${options.save}: ${loaded.error.message}`);
    state = loaded.value;
  } else {
    const play =
      options.history === true
        ? scenario.history
        : options.play === undefined
          ? undefined
          : readPlay(existsSync(options.play) ? readUserFile(options.play, "play file") : options.play);
    if (play === undefined)
      throw new UserError("Say what to replay: --save FILE, --play JSON (or a file), or --history.");
    if ("scenarioId" in play && play.scenarioId !== undefined && play.scenarioId !== scenario.id) {
      throw new UserError(`This play is of scenario '${play.scenarioId}', not '${scenario.id}'.`);
    }
    const result = replayGame(scenario, play);
    if (!result.ok)
      throw new UserError(`Move ${result.error.index + 1} cannot be played: ${result.error.error.message}`);
    state = result.value;
  }
  out.lines(formatTranscript(scenario, transcript(state)));
  out.line();
  out.lines(formatOutcome(scenario, outcome(state)));
  return 0;
}
