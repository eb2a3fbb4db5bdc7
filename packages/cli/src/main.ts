import { parseArgs } from "node:util";
import { analyze } from "./commands/analyze.js";
import { play } from "./commands/play.js";
import { replay } from "./commands/replay.js";
import { simulate } from "./commands/simulate.js";
import { validate } from "./commands/validate.js";
import { UserError } from "./load.js";

const HELP = `parley — negotiate the January 2022 security talks, or any scenario you write.

Usage:
  parley play [SCENARIO] [--seed S] [--as ACTOR] [--bot ACTOR=BOT ...]
      Play a game: bots on every seat (each actor's default persona unless --bot says otherwise),
      or you on one seat with --as. Prints the transcript, the outcome and what really happened.
  parley simulate SCENARIO [--seeds N] [--bot ACTOR=BOT ...] [--json]
      Play N games with bots and report how often each outcome happens and the mean utilities.
  parley validate FILE...
      Check scenario files; every problem is listed with its JSON path.
  parley replay SCENARIO (--save FILE | --play JSON|FILE | --history)
      Rebuild a saved game, a play reported by the testing kit, or the scenario's historical line.
  parley analyze SCENARIO [--json]
      Zone of possible agreement per issue, Pareto frontier, Nash and Kalai–Smorodinsky points.

SCENARIO is a short name (geneva, nrc, osce, week), a file in scenarios/, or a path. Default for play: nrc.
Bots: random, boulware, linear, conceder, tit-for-tat, hardliner, mcts.`;

async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
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
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help === true || command === undefined || command === "help") {
    console.log(HELP);
    return command === undefined && values.help !== true ? 2 : 0;
  }
  const bots = values.bot ?? [];
  switch (command) {
    case "play":
      return play(rest[0] ?? "nrc", { seed: values.seed ?? "parley", as: values.as, bots });
    case "simulate": {
      const seeds = values.seeds === undefined ? 100 : Number(values.seeds);
      if (!Number.isInteger(seeds) || seeds < 1)
        throw new UserError("--seeds takes a whole number of games, 1 or more.");
      return simulate(rest[0] ?? "nrc", { seeds, bots, json: values.json === true });
    }
    case "validate":
      return validate(rest);
    case "replay":
      return replay(rest[0] ?? "nrc", {
        save: values.save,
        play: values.play,
        history: values.history === true,
      });
    case "analyze":
      return analyze(rest[0] ?? "nrc", { json: values.json === true });
    default:
      throw new UserError(`Unknown command '${command}'. Run 'parley --help' for the commands.`);
  }
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  // Bad input (a wrong flag, a broken file) is the user's to fix: a message, never a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  const isUsage =
    error instanceof UserError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
  console.error(isUsage ? `parley: ${message}` : `parley: something went wrong inside Parley: ${message}`);
  process.exitCode = isUsage ? 2 : 1;
}
