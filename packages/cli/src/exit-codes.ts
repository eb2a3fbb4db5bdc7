/**
 * The exit codes of every `parley` command. `parley --help` lists them from here; the README and
 * docs/cli.md are checked against this table by tests/cli-docs.test.ts.
 */
export const EXIT = {
  done: 0,
  problems: 1,
  usage: 2,
  internal: 70,
  outputFailed: 74,
  stopped: 130,
  pipeClosed: 141,
} as const;

/** One of {@link EXIT}'s codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * What each exit code means, as `parley --help` and the docs say it. 70 and 74 are sysexits.h's
 * EX_SOFTWARE and EX_IOERR; 130 and 141 are what a shell reports for a process ended by SIGINT and SIGPIPE.
 */
export const EXIT_MEANINGS: Readonly<Record<keyof typeof EXIT, string>> = {
  done: "done: the game played to its end, the report printed, every file valid",
  problems: "validate read every file and found problems in at least one",
  usage: "usage error: unknown command or flag, a file that cannot be read or is not a scenario",
  internal: "a fault inside Parley (please report it; PARLEY_DEBUG=1 shows the stack)",
  outputFailed: "the output could not be written (disk full, I/O error)",
  stopped: "a game was stopped before its end: Ctrl+C, or Ctrl+D / the end of piped moves at a prompt",
  pipeClosed: "the reader closed the output early (parley … | head -1); Parley stops quietly",
};
