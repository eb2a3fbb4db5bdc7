/** A problem the person can fix (a wrong flag, a missing or broken file): a message and exit code 2. */
export class UserError extends Error {
  /** Lines shown under the message, e.g. every problem of a scenario file. */
  readonly details: readonly string[];

  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.name = "UserError";
    this.details = details;
  }
}

/** A game ended before its end by the person: Ctrl+C, or Ctrl+D / the end of piped input at a move. */
export class GameStopped extends Error {
  constructor(readonly why: "interrupt" | "end-of-input") {
    super(
      why === "interrupt"
        ? "stopped by Ctrl+C before the game ended."
        : "the input ended (Ctrl+D) before the game did; stopped.",
    );
    this.name = "GameStopped";
  }
}
