import type { Readable, Writable } from "node:stream";
import { visible, visibleJsonLines } from "./visible.js";

/**
 * The streams one run of the CLI reads and writes: the process's own when `parley` runs (main.ts), in-memory
 * ones in tests.
 */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Whether stdin is a terminal: moves are then read with line editing, and Ctrl+C and Ctrl+D are keys. */
  readonly stdinIsTTY: boolean;
  /**
   * Registers `listener` for Ctrl+C arriving as a signal (SIGINT; stdin is not a terminal) and returns the
   * function that unregisters it. Only a game waiting for moves listens; at any other time Ctrl+C ends the
   * process at once.
   */
  readonly onInterrupt?: (listener: () => void) => () => void;
  /** Print the stack of an internal error too (PARLEY_DEBUG=1). */
  readonly debug?: boolean;
}

/** Where commands print. Every text passes through {@link visible}: control characters are shown, not obeyed. */
export interface Output {
  /** One line on stdout. */
  line(text?: string): void;
  /** Several lines on stdout. */
  lines(texts: readonly string[]): void;
  /** Text on stdout that does not end the line (a prompt). */
  write(text: string): void;
  /** A value as indented JSON on stdout. */
  json(value: unknown): void;
  /** One line on stderr. */
  error(text: string): void;
}

/** Thrown by {@link Output} once stdout cannot take more, so that the command stops its work at once. */
export class OutputClosed extends Error {
  constructor() {
    super("stdout is closed");
    this.name = "OutputClosed";
  }
}

/** An {@link Output} over a run's streams, and how its writes went. */
export interface RunOutput {
  readonly out: Output;
  /**
   * Waits until everything written so far has been handed to the system, then says whether stdout failed
   * and with what error (`EPIPE`: the reader went away; none: the stream was closed).
   */
  settle(): Promise<
    { readonly failed: false } | { readonly failed: true; readonly error: Error | undefined }
  >;
  /** Stops listening to the streams' errors. */
  release(): void;
}

/**
 * Wraps a run's stdout and stderr. A write error (EPIPE from a closed pipe, ENOSPC from a full disk) arrives
 * as an `error` event, which would crash the process if nobody listened; here it is recorded, and the next
 * print throws {@link OutputClosed}.
 */
export function createOutput(io: CliIo): RunOutput {
  let stdoutError: Error | undefined;
  const onStdoutError = (error: Error) => {
    stdoutError ??= error;
  };
  // stderr failing leaves nowhere to say so; its errors are only kept from crashing the process.
  const onStderrError = () => {};
  io.stdout.on("error", onStdoutError);
  io.stderr.on("error", onStderrError);

  const stdoutFailed = () => stdoutError !== undefined || io.stdout.destroyed;
  const put = (text: string) => {
    if (stdoutFailed()) throw new OutputClosed();
    io.stdout.write(text);
  };
  const out: Output = {
    line: (text = "") => put(`${visible(text)}\n`),
    lines: (texts) => {
      for (const text of texts) put(`${visible(text)}\n`);
    },
    write: (text) => put(visible(text)),
    json: (value) => put(`${visibleJsonLines(value).join("\n")}\n`),
    error: (text) => {
      if (!io.stderr.destroyed) io.stderr.write(`${visible(text)}\n`);
    },
  };
  return {
    out,
    async settle() {
      if (!stdoutFailed()) await new Promise<void>((resolve) => io.stdout.write("", () => resolve()));
      // A failed write is reported by an `error` event on a later tick; let it arrive.
      await new Promise<void>((resolve) => setImmediate(resolve));
      return stdoutFailed() ? { failed: true, error: stdoutError } : { failed: false };
    },
    release() {
      io.stdout.off("error", onStdoutError);
      io.stderr.off("error", onStderrError);
    },
  };
}
