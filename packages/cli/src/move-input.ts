import { createInterface } from "node:readline";
import type { CliIo, Output } from "./io.js";

/** What asking for a move gave: a line, or why there is none. */
export type Answer =
  | { readonly kind: "line"; readonly text: string }
  | { readonly kind: "end-of-input" }
  | { readonly kind: "interrupt" };

/** The person's side of a game: one answer per line, from a terminal or a pipe. */
export interface MoveInput {
  /** Shows `prompt` and waits for the next line. */
  ask(prompt: string): Promise<Answer>;
  /** Stops reading (and gives the terminal back its normal mode). */
  close(): void;
}

/**
 * Reads the person's answers from `io.stdin`, one per line. On a terminal, readline edits the line and
 * Ctrl+C and Ctrl+D arrive as keys. From a pipe (`printf '1\n3\n' | parley play --as russia`), every line
 * is kept until it is asked for (readline alone drops lines that arrive while no question is waiting), the
 * prompt is followed by the answer read so the output reads like a session, and Ctrl+C arrives as SIGINT
 * through `io.onInterrupt`. The end of input (Ctrl+D, or a pipe running dry) is an answer of its own.
 */
export function openMoveInput(io: CliIo, out: Output): MoveInput {
  const rl = createInterface({
    input: io.stdin,
    ...(io.stdinIsTTY ? { output: io.stdout } : {}),
    terminal: io.stdinIsTTY,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const lines: string[] = [];
  let ended = false;
  let interrupted = false;
  let waiting: ((answer: Answer) => void) | undefined;

  const answer = () => {
    if (waiting === undefined) return;
    const text = lines.shift();
    const next: Answer | undefined = interrupted
      ? { kind: "interrupt" }
      : text !== undefined
        ? { kind: "line", text }
        : ended
          ? { kind: "end-of-input" }
          : undefined;
    if (next === undefined) return;
    const resolve = waiting;
    waiting = undefined;
    resolve(next);
  };
  const interrupt = () => {
    interrupted = true;
    answer();
  };
  rl.on("line", (line) => {
    lines.push(line);
    answer();
  });
  rl.on("close", () => {
    ended = true;
    answer();
  });
  // A terminal's Ctrl+C: with a listener here, readline reports it instead of closing.
  rl.on("SIGINT", interrupt);
  const stopListening = io.onInterrupt?.(interrupt);

  return {
    async ask(prompt) {
      if (io.stdinIsTTY) {
        rl.setPrompt(prompt);
        rl.prompt();
      } else out.write(prompt);
      const got = await new Promise<Answer>((resolve) => {
        waiting = resolve;
        answer();
      });
      // Ends the prompt's line: with the answer read from a pipe, or before the message of a stopped game.
      if (!io.stdinIsTTY || got.kind !== "line") out.line(got.kind === "line" ? got.text : "");
      return got;
    },
    close() {
      stopListening?.();
      rl.close();
    },
  };
}
