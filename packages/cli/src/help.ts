import { BOT_NAMES } from "@parley/engine";
import { EXIT, EXIT_MEANINGS } from "./exit-codes.js";
import { SHORT_NAMES } from "./load.js";

const EXIT_LINES = (Object.keys(EXIT) as (keyof typeof EXIT)[]).map(
  (name) => `  ${String(EXIT[name]).padStart(3)}  ${EXIT_MEANINGS[name]}`,
);

/** `parley --help`, line by line. */
export const HELP: readonly string[] = [
  "parley — negotiate the January 2022 security talks, or any scenario you write.",
  "",
  "Usage:",
  "  parley play [SCENARIO] [--seed S] [--as ACTOR] [--bot ACTOR=BOT ...]",
  "      Play a game: bots on every seat (each actor's default persona unless --bot says otherwise),",
  "      or you on one seat with --as, choosing each move by its number. Moves can come from a pipe,",
  "      one number a line: printf '1\\n2\\n' | parley play nrc --as russia. Prints the transcript,",
  "      the outcome and what really happened.",
  "  parley simulate SCENARIO [--seeds N] [--bot ACTOR=BOT ...] [--json]",
  "      Play N games with bots and report how often each outcome happens and the mean utilities.",
  "  parley validate FILE...",
  "      Check scenario files; every problem is listed with its JSON path.",
  "  parley replay SCENARIO (--save FILE | --play JSON|FILE | --history)",
  "      Rebuild a saved game, a play reported by the testing kit, or the scenario's historical line.",
  "  parley analyze SCENARIO [--json]",
  "      Zone of possible agreement per issue, Pareto frontier, Nash and Kalai–Smorodinsky points.",
  "",
  `SCENARIO is a short name (${[...SHORT_NAMES.keys()].join(", ")}), a file in scenarios/, or a path. Default: nrc.`,
  `Bots: ${BOT_NAMES.join(", ")}.`,
  "Files over 5 MB, directories, named pipes and devices are refused. Control characters in any text",
  "printed (a scenario's, a save's) are shown as symbols such as ␛, never sent to the terminal.",
  "",
  "Exit codes (the same for every command):",
  ...EXIT_LINES,
];
