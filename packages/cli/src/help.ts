import { BOT_NAMES, MAX_SIMULATION_GAMES } from "@parley/engine";
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
  "  parley simulate SCENARIO [--seeds N] [--seed BASE] [--workers K] [--bot ACTOR=BOT ...] [--json] [--csv FILE]",
  `      Play N games (default 100, at most ${MAX_SIMULATION_GAMES.toLocaleString("en")}) with bots on K worker threads, game k`,
  "      seeded BASE:k (default parley): outcome classes, the record's class, utilities, agreements, meeting",
  "      lengths, tension, distinct games, with 95 % intervals; the same figures for any K. --json: full",
  "      precision, rules version, scenario hash, bots, seeds. --csv: one row per game. Ctrl+C: what was done.",
  "  parley sweep SCENARIO --vary PATH=FROM..TO[:STEPS] [--seeds N] [--seed BASE] [--workers K] [--json]",
  "      Vary one scenario value (actors.russia.reservation, world.trust.russia.nato.value, a type's",
  "      probability) over STEPS values (default 5), N games each: how the outcome classes move.",
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
