import {
  checkVaryPath,
  MAX_SIMULATION_GAMES,
  recordClass,
  type SweepPoint,
  simulationReport,
  sweepHeader,
  sweepScenarios,
  type Variation,
} from "@parley/engine";
import { UserError } from "../errors.js";
import { EXIT } from "../exit-codes.js";
import type { CliIo, Output } from "../io.js";
import { loadScenario } from "../load.js";
import { playGames } from "../simulation/play.js";
import { runBots } from "../simulation/setup.js";
import { sweepText } from "../simulation/text.js";

/** Options of `parley sweep`, read from the flags. */
export interface SweepCliOptions {
  readonly vary: Variation;
  readonly games: number;
  readonly base: string;
  /** `--workers K`, or null when not given. */
  readonly workers: number | null;
  readonly bots: readonly string[];
  readonly json: boolean;
}

/**
 * `parley sweep SCENARIO --vary PATH=FROM..TO[:STEPS] [--seeds N] [--seed BASE] [--workers K] [--bot A=B]
 * [--json]`: one scenario value over a range, N games at each value with the same seeds, as a table of
 * outcome classes (or JSON, every value's full report). Every changed scenario is checked before a game is
 * played: a path that names no number, or a value the scenario cannot take, is a usage error.
 */
export async function sweep(
  io: CliIo,
  out: Output,
  scenarioArg: string,
  options: SweepCliOptions,
): Promise<number> {
  const scenario = loadScenario(scenarioArg);
  const points = sweepScenarios(scenario, options.vary);
  if (!points.ok)
    throw new UserError(
      `--vary: ${points.error.message}`,
      points.error.code === "bad-value"
        ? points.error.problems.slice(1, 6).map((p) => `${p.path}: ${p.message}`)
        : [],
    );
  const total = points.value.length * options.games;
  if (total > MAX_SIMULATION_GAMES)
    throw new UserError(
      `A sweep plays at most ${MAX_SIMULATION_GAMES.toLocaleString("en")} games in all; ${points.value.length} values × ${options.games.toLocaleString("en")} games is ${total.toLocaleString("en")}.`,
    );
  const bots = runBots(scenario, options.bots);
  const played = await playGames(
    io,
    out,
    {
      scenario,
      vary: { path: options.vary.path, values: points.value.map((p) => p.value) },
      bots: bots.seats,
      base: options.base,
    },
    { jobs: points.value.length, games: options.games, workers: options.workers },
  );
  const record = recordClass(scenario);
  const reports: SweepPoint[] = [];
  points.value.forEach((point, job) => {
    const summary = played.summaries[job];
    if (summary === null || summary === undefined) return;
    reports.push({
      value: point.value,
      report: simulationReport(point.scenario, summary, bots.names, record),
    });
  });
  const target = checkVaryPath(scenario, options.vary.path);
  if (!target.ok) throw new UserError(`--vary: ${target.error.message}`);
  const report = { ...sweepHeader(scenario, options.vary, target.value, record), points: reports };
  if (options.json) out.json({ ...report, complete: !played.stopped, requested: options.games });
  else out.lines(sweepText(scenario, report));
  if (!played.stopped) return EXIT.done;
  out.error(
    `parley: stopped by Ctrl+C; the table shows the games played (the values with fewer say how many).`,
  );
  return EXIT.stopped;
}
