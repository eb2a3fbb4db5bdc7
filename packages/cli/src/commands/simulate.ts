import { simulationReport } from "@parley/engine";
import { EXIT } from "../exit-codes.js";
import type { CliIo, Output } from "../io.js";
import { loadScenario } from "../load.js";
import { csvHeader } from "../simulation/csv.js";
import { type CsvFile, openCsvFile } from "../simulation/csv-file.js";
import { noGames, playGames } from "../simulation/play.js";
import { runBots } from "../simulation/setup.js";
import { simulationText } from "../simulation/text.js";

/** Options of `parley simulate`, read from the flags. */
export interface SimulateOptions {
  readonly games: number;
  readonly base: string;
  /** `--workers K`, or null when not given. */
  readonly workers: number | null;
  readonly bots: readonly string[];
  readonly json: boolean;
  readonly csv: string | undefined;
}

/**
 * `parley simulate SCENARIO --seeds N [--seed BASE] [--workers K] [--bot ACTOR=BOT] [--json] [--csv FILE]`:
 * N games on K worker threads, game k seeded `BASE:k`; the report (text, or JSON at full precision) is the
 * same for any K. Ctrl+C reports the games played so far and exits with 130.
 */
export async function simulate(
  io: CliIo,
  out: Output,
  scenarioArg: string,
  options: SimulateOptions,
): Promise<number> {
  const scenario = loadScenario(scenarioArg);
  const bots = runBots(scenario, options.bots);
  const csv: CsvFile | undefined = options.csv === undefined ? undefined : openCsvFile(options.csv);
  let played: Awaited<ReturnType<typeof playGames>>;
  try {
    await csv?.write(csvHeader(scenario));
    played = await playGames(
      io,
      out,
      { scenario, vary: null, bots: bots.seats, base: options.base },
      {
        jobs: 1,
        games: options.games,
        workers: options.workers,
        ...(csv === undefined ? {} : { csv: (rows: string) => csv.write(rows) }),
      },
    );
  } finally {
    await csv?.close();
  }
  const summary = played.summaries[0] ?? noGames(scenario, options.base);
  const report = simulationReport(scenario, summary, bots.names);
  if (options.json) out.json({ ...report, complete: !played.stopped, requested: options.games });
  else out.lines(simulationText(scenario, report));
  if (!played.stopped) return EXIT.done;
  out.error(
    `parley: stopped by Ctrl+C after ${report.games.toLocaleString("en")} of ${options.games.toLocaleString("en")} games; the figures are for those (seeds ${options.base}:0 on).`,
  );
  return EXIT.stopped;
}
