import { parseArgs } from "node:util";
import { analyze } from "./commands/analyze.js";
import { migrate } from "./commands/migrate.js";
import { play } from "./commands/play.js";
import { replay } from "./commands/replay.js";
import { simulate } from "./commands/simulate.js";
import { sweep } from "./commands/sweep.js";
import { validate } from "./commands/validate.js";
import { GameStopped, UserError } from "./errors.js";
import { EXIT } from "./exit-codes.js";
import { HELP } from "./help.js";
import { type CliIo, createOutput, type Output, OutputClosed } from "./io.js";
import { baseSeed, parseVary, seedCount, workerCount } from "./simulation/options.js";

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      seed: { type: "string" },
      seeds: { type: "string" },
      as: { type: "string" },
      bot: { type: "string", multiple: true },
      json: { type: "boolean" },
      save: { type: "string" },
      play: { type: "string" },
      history: { type: "boolean" },
      link: { type: "string" },
      out: { type: "string" },
      actors: { type: "string" },
      track: { type: "string" },
      "red-lines": { type: "string" },
      workers: { type: "string" },
      csv: { type: "string" },
      vary: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

async function dispatch(argv: readonly string[], io: CliIo, out: Output): Promise<number> {
  const { values, positionals } = parse(argv);
  const [command, ...rest] = positionals;
  if (values.help === true || command === "help") {
    out.lines(HELP);
    return EXIT.done;
  }
  const bots = values.bot ?? [];
  // A switch compares strings: no word typed here can reach an object's prototype.
  switch (command) {
    case undefined:
      for (const line of HELP) out.error(line);
      return EXIT.usage;
    case "play":
      return play(io, out, rest[0] ?? "nrc", { seed: values.seed ?? "parley", as: values.as, bots });
    case "simulate":
      return simulate(io, out, rest[0] ?? "nrc", {
        games: seedCount(values.seeds),
        base: baseSeed(values.seed),
        workers: workerCount(values.workers),
        bots,
        json: values.json === true,
        csv: values.csv,
      });
    case "sweep":
      return sweep(io, out, rest[0] ?? "nrc", {
        vary: parseVary(values.vary),
        games: seedCount(values.seeds),
        base: baseSeed(values.seed),
        workers: workerCount(values.workers),
        bots,
        json: values.json === true,
      });
    case "validate":
      return validate(out, rest);
    case "replay":
      return replay(out, rest[0] ?? "nrc", {
        save: values.save,
        link: values.link,
        play: values.play,
        history: values.history === true,
      });
    case "analyze":
      return analyze(out, rest[0] ?? "nrc", {
        json: values.json === true,
        actors: values.actors,
        track: values.track,
        redLines: values["red-lines"],
      });
    case "migrate":
      return migrate(out, rest, { out: values.out });
    default:
      throw new UserError(`Unknown command '${command}'. Run 'parley --help' for the commands.`);
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

/** Says what went wrong in one line (a few for a broken scenario) and gives the exit code for it. */
function reportFailure(error: unknown, io: CliIo, out: Output): number {
  // Nothing more can be shown; run() reads how stdout failed and answers with its code.
  if (error instanceof OutputClosed) return EXIT.pipeClosed;
  if (error instanceof GameStopped) {
    out.error(`parley: ${error.message}`);
    return EXIT.stopped;
  }
  if (error instanceof UserError) {
    out.error(`parley: ${error.message}`);
    for (const detail of error.details) out.error(`  ${detail}`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (isParseArgsError(error)) {
    out.error(`parley: ${message}`);
    return EXIT.usage;
  }
  out.error(
    `parley: something went wrong inside Parley: ${message}${io.debug === true ? "" : " (PARLEY_DEBUG=1 shows where)"}`,
  );
  if (io.debug === true && error instanceof Error && error.stack !== undefined) {
    for (const line of error.stack.split("\n").slice(1)) out.error(line);
  }
  return EXIT.internal;
}

/**
 * Runs one `parley` command line (`argv` without the program name) on the given streams and returns its exit
 * code (see exit-codes.ts). Never throws and never exits the process: bin/parley.js wires the process's
 * streams and signals to it, tests call it with in-memory streams.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { out, settle, release } = createOutput(io);
  try {
    let code: number;
    try {
      code = await dispatch(argv, io, out);
    } catch (error) {
      code = reportFailure(error, io, out);
    }
    const written = await settle();
    if (!written.failed) return code;
    const reason = written.error as NodeJS.ErrnoException | undefined;
    // The reader went away (`| head -1`): what it wanted, it has. Stop without a word, as `cat` would.
    if (reason === undefined || reason.code === "EPIPE") return EXIT.pipeClosed;
    out.error(`parley: could not write the output: ${reason.message}`);
    return EXIT.outputFailed;
  } finally {
    release();
  }
}
