import { EXIT } from "./exit-codes.js";
import { run } from "./run.js";

// The process's side of the CLI: its streams, its signals and its exit code. Everything else is in run().

// run() listens to write errors while it runs; an error that arrives after it (a pipe closed at exit) must
// not crash the process with a stack trace either.
process.stdout.on("error", () => {});
process.stderr.on("error", () => {});

try {
  process.exitCode = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
    onInterrupt: (listener) => {
      process.on("SIGINT", listener);
      return () => {
        process.off("SIGINT", listener);
      };
    },
    debug: process.env.PARLEY_DEBUG === "1",
  });
} catch (error) {
  // run() never throws; should it ever, this is still one line.
  process.stderr.write(`parley: something went wrong inside Parley: ${String(error)}\n`);
  process.exitCode = EXIT.internal;
}
