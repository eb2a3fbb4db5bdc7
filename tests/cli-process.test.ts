import { execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, it, type TestContext } from "vitest";
import { type CliProcess, spawnParley } from "./support/cli.js";

// The few things only a real process shows: its exit code as the shell sees it, a pipe closed under it,
// a signal, piped stdin, files that would block a read. Everything else runs in process (tests/cli*.test.ts).
// The runs are concurrent: each spends most of its time starting Node and tsx (about 1.5 s on an idle machine).

const dir = mkdtempSync(join(tmpdir(), "parley-process-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Starts `parley` for one test and kills it when the test ends, so that a run that hangs (a named pipe read
 * as a file) fails by the test's timeout and leaves nothing behind. No deadline of its own: on a loaded
 * machine a healthy run can take many seconds to start.
 */
function start(test: TestContext, args: readonly string[], options: { stdout?: number } = {}): CliProcess {
  const run = spawnParley(args, options);
  // The test's own hook: tests here run concurrently.
  test.onTestFinished(() => run.kill("SIGKILL"));
  return run;
}

/** Resolves once the run's stdout has printed `text`. */
function printed(run: CliProcess, text: string): Promise<void> {
  let seen = "";
  return new Promise((resolve) => {
    run.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      seen += chunk;
      if (seen.includes(text)) resolve();
    });
  });
}

describe.concurrent("the parley process", () => {
  it("stops quietly with 141 when its reader closes the pipe (parley play week | head -1)", async (test) => {
    const run = start(test, ["play", "week"]);
    run.stdout?.destroy(); // the reader is gone before the first line is written
    const { code, stderr } = await run.exit;
    test.expect(stderr).toBe("");
    test.expect(code).toBe(141);
  });

  it("says in one line that a full disk took the output, and exits with 74 (parley … > /dev/full)", async (test) => {
    const full = openSync("/dev/full", "w");
    const run = start(test, ["analyze", "nrc"], { stdout: full });
    closeSync(full); // the child holds its own copy
    const { code, stderr } = await run.exit;
    test.expect(code).toBe(74);
    test.expect(stderr).toBe("parley: could not write the output: ENOSPC: no space left on device, write\n");
  });

  it("ends with 130 and one line on SIGINT (Ctrl+C) while a game waits for a move, stdin still open", async (test) => {
    const run = start(test, ["play", "nrc", "--as", "russia"]);
    await printed(run, "Your move");
    run.kill("SIGINT");
    const { code, stderr } = await run.exit;
    test.expect(code).toBe(130);
    test.expect(stderr).toBe("parley: stopped by Ctrl+C before the game ended.\n");
  });

  it("reads moves from a pipe and ends with 130 and one line when it runs dry (printf '1\\n' | parley play nrc --as russia)", async (test) => {
    const run = start(test, ["play", "nrc", "--as", "russia"]);
    run.stdin.end("1\n");
    const { code, stderr } = await run.exit;
    test.expect(code).toBe(130);
    test.expect(stderr).toBe("parley: the input ended (Ctrl+D) before the game did; stopped.\n");
  });

  it("refuses a named pipe, /dev/zero and a directory at once, without hanging (exit code 2)", async (test) => {
    const fifo = join(dir, "scenario.fifo");
    execFileSync("mkfifo", [fifo]);
    const run = start(test, ["validate", fifo, "/dev/zero", dir]);
    let stdout = "";
    run.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    const { code, stderr } = await run.exit;
    test.expect(code).toBe(2);
    test.expect(stderr).toBe("");
    test.expect(stdout).toContain("scenario.fifo is a named pipe, not a file");
    test.expect(stdout).toContain("/dev/zero is a device, not a file");
    test.expect(stdout).toContain(`${dir} is a directory, not a file`);
  });
});
