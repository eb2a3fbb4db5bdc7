import { spawn } from "node:child_process";
import { PassThrough, type Readable, Writable } from "node:stream";
import { run } from "../../packages/cli/src/run.js";
import { repoPath } from "./scenarios.js";

/** What a run of `parley` gave: its exit code and everything it printed. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A Writable that keeps what is written, as a terminal or a pipe's reader would see it. */
export class Collected extends Writable {
  text = "";
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void) {
    this.text += chunk.toString();
    done();
  }
}

/** A run of `parley` in this process that a test can type into and interrupt while it runs. */
export interface CliSession {
  readonly stdin: PassThrough;
  readonly stdout: Collected;
  /** Sends Ctrl+C as a signal (SIGINT), as a shell does when stdin is not a terminal. */
  interrupt(): void;
  /** Resolves once stdout holds `text` at least `times` times; rejects if parley ends first. */
  waitFor(text: string, times?: number): Promise<void>;
  readonly result: Promise<CliResult>;
}

/** Options of an in-process run: what stdin gives, whether it is a terminal, where stdout goes. */
export interface CliOptions {
  readonly stdin?: string;
  readonly stdinIsTTY?: boolean;
  readonly stdout?: Writable;
  readonly debug?: boolean;
}

/** Starts `parley ...args` in this process through `run(argv, io)`, on in-memory streams. */
export function startParley(args: readonly string[], options: CliOptions = {}): CliSession {
  const stdin = new PassThrough();
  if (options.stdin !== undefined) stdin.end(options.stdin);
  const stdout = new Collected();
  const stderr = new Collected();
  const listeners = new Set<() => void>();
  const result = run(args, {
    stdin,
    stdout: options.stdout ?? stdout,
    stderr,
    stdinIsTTY: options.stdinIsTTY ?? false,
    onInterrupt: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    debug: options.debug ?? false,
  }).then((code) => ({ code, stdout: stdout.text, stderr: stderr.text }));
  let ended = false;
  void result.then(() => {
    ended = true;
  });
  return {
    stdin,
    stdout,
    interrupt: () => {
      for (const listener of listeners) listener();
    },
    waitFor: async (text, times = 1) => {
      while (stdout.text.split(text).length <= times) {
        if (ended) throw new Error(`parley ended without printing '${text}':\n${stdout.text}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
    result,
  };
}

/** Runs `parley ...args` in this process and returns its exit code and output. */
export function parley(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return startParley(args, options).result;
}

/** A real `parley` process, as a person starts it: the bin script under Node. */
export interface CliProcess {
  readonly stdin: NodeJS.WritableStream;
  /** `null` when stdout was given a file descriptor. */
  readonly stdout: Readable | null;
  /** Resolves with the exit code (`null` if a signal ended it), the signal, and stderr. */
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  kill(signal: NodeJS.Signals): void;
}

/** Spawns the `parley` command (bin/parley.js); stdio are pipes unless `stdout` gives a file descriptor. */
export function spawnParley(args: readonly string[], options: { stdout?: number } = {}): CliProcess {
  const child = spawn(
    process.execPath,
    ["--conditions=@parley/source", repoPath("packages/cli/bin/parley.js"), ...args],
    { cwd: repoPath("."), stdio: ["pipe", options.stdout ?? "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr })),
  );
  if (child.stdin === null) throw new Error("spawnParley: stdin is a pipe");
  return {
    stdin: child.stdin,
    stdout: child.stdout,
    exit,
    kill: (signal) => child.kill(signal),
  };
}
