import { existsSync } from "node:fs";
import {
  deserialize,
  type GameState,
  openLink,
  replay as replayGame,
  transcript,
  type ValidScenario,
} from "@parley/engine";
import { UserError } from "../errors.js";
import { formatTranscript } from "../format.js";
import { endReport } from "../game/report.js";
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

/** What to replay. */
export interface ReplayOptions {
  readonly save: string | undefined;
  readonly link: string | undefined;
  readonly play: string | undefined;
  readonly history: boolean;
}

function replayed(scenario: ValidScenario, options: ReplayOptions): GameState {
  if (options.save !== undefined) {
    const loaded = deserialize(scenario, readUserFile(options.save, "save file"));
    if (!loaded.ok) throw new UserError(`Cannot load ${options.save}: ${loaded.error.message}`);
    return loaded.value;
  }
  if (options.link !== undefined) {
    const text = existsSync(options.link) ? readUserFile(options.link, "link file") : options.link;
    const opened = openLink(scenario, text);
    if (!opened.ok) throw new UserError(`Cannot open the link: ${opened.error.message}`);
    return opened.value;
  }
  if (options.history) {
    if (scenario.history === undefined)
      throw new UserError(
        `Scenario '${scenario.id}' has no historical record to replay (it has no "history").`,
      );
    const result = replayGame(scenario, scenario.history);
    if (!result.ok)
      throw new UserError(
        `The history's move ${result.error.index + 1} cannot be played: ${result.error.error.message}`,
      );
    return result.value;
  }
  if (options.play === undefined)
    throw new UserError(
      "Say what to replay: --save FILE, --link LINK, --play JSON (or a file), or --history.",
    );
  const play = readPlay(existsSync(options.play) ? readUserFile(options.play, "play file") : options.play);
  if (play.scenarioId !== undefined && play.scenarioId !== scenario.id)
    throw new UserError(`This play is of scenario '${play.scenarioId}', not '${scenario.id}'.`);
  const result = replayGame(scenario, play);
  if (!result.ok)
    throw new UserError(`Move ${result.error.index + 1} cannot be played: ${result.error.error.message}`);
  return result.value;
}

/**
 * `parley replay SCENARIO (--save FILE | --link LINK | --play JSON|FILE | --history)`: rebuilds a game and
 * prints its transcript and the report beside the record.
 */
export function replay(out: Output, scenarioArg: string, options: ReplayOptions): number {
  const scenario = loadScenario(scenarioArg);
  const state = replayed(scenario, options);
  out.lines(formatTranscript(transcript(state)));
  out.lines(endReport(scenario, state));
  return 0;
}
