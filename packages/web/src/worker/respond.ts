import { matchAfter, type PlayedMove, reduceWebMatch, startMatch, type WebMatch } from "../engine/match.js";
import { decodeReplay, decodeSave, encodeReplay, encodeSave } from "../engine/persist.js";
import { reviewOf, snapshotOf } from "../engine/snapshot.js";
import { loadedWhyModel } from "../engine/why-lazy.js";
import { type EngineCommand, type EngineReport, isClassCommand, type SnapshotReason } from "./protocol.js";

/**
 * The worker's state machine in one function: the current match and a command in, the next match and a
 * report out. Kept apart from the message plumbing so that tests can drive it in Node.
 */
export interface WorkerState {
  readonly match: WebMatch | null;
}

/** The default thinking time of the search bot in a match rebuilt from a replay link. */
const REPLAY_THINK_MS = 500;

function report(match: WebMatch, reason: SnapshotReason, played: readonly PlayedMove[]): EngineReport {
  return {
    type: "match",
    snapshot: snapshotOf(match, reason, played, { save: encodeSave(match), replay: encodeReplay(match) }),
  };
}

function refused(command: EngineCommand, code: string, message: string): EngineReport {
  return { type: "refused", command: command.type, code, message };
}

/** Handles one command. `now` is the clock the search bot's time budget reads. */
export function respond(
  state: WorkerState,
  command: EngineCommand,
  now: () => number,
): { state: WorkerState; report: EngineReport } {
  // The class view's commands go to their own handler (class-respond.ts), loaded only when a class is opened;
  // the worker routes them there before calling this. The branch stays because this function takes any
  // command (the app actor's in-process engine in the tests hands it every one): it narrows the rest to the
  // game's commands, and answers a stray class command with a refusal rather than a crash.
  if (isClassCommand(command))
    return { state, report: refused(command, "elsewhere", "This command is the class view's.") };
  switch (command.type) {
    case "start": {
      const started = startMatch(command.setup, now);
      if (!started.ok)
        return { state, report: refused(command, started.problem.code, started.problem.message) };
      return { state: { match: started.match }, report: report(started.match, "started", []) };
    }
    case "resume":
    case "open-replay": {
      const loaded =
        command.type === "resume"
          ? decodeSave(command.save, now)
          : decodeReplay(command.code, REPLAY_THINK_MS);
      if (!loaded.ok) return { state, report: refused(command, loaded.problem.code, loaded.problem.message) };
      const reason = command.type === "resume" ? "resumed" : "replay";
      return { state: { match: loaded.match }, report: report(loaded.match, reason, []) };
    }
    case "review": {
      const web = state.match;
      if (web === null) return { state, report: refused(command, "no-match", "There is no game to review.") };
      const total = web.match.state.moveCount;
      const at = Math.max(0, Math.min(total, Math.trunc(command.at)));
      return { state, report: { type: "review", review: reviewOf(web, matchAfter(web.match, at), at) } };
    }
    case "why": {
      const web = state.match;
      if (web === null)
        return { state, report: refused(command, "no-match", "There is no game to debrief.") };
      const why = loadedWhyModel(web.match, { track: command.track, actors: command.actors });
      if (why === undefined)
        return { state, report: refused(command, "not-loaded", "The debrief's analysis is not loaded yet.") };
      if (why === null)
        return { state, report: refused(command, "invalid-state", "This game cannot be debriefed.") };
      return { state, report: { type: "why", why } };
    }
    default: {
      const web = state.match;
      if (web === null)
        return { state, report: refused(command, "no-match", "There is no game in progress.") };
      if (command.version !== web.match.version)
        return {
          state,
          report: refused(command, "stale", "The game has moved on since; the command was dropped."),
        };
      const result = reduceWebMatch(
        web,
        command.type === "move"
          ? { type: "move", code: command.moveId }
          : command.type === "rewind"
            ? { type: "rewind", to: command.to }
            : { type: command.type },
      );
      if (!result.ok) return { state, report: refused(command, result.problem.code, result.problem.message) };
      const reason = command.type === "undo" ? "undone" : command.type === "rewind" ? "rewound" : "moved";
      return { state: { match: result.match }, report: report(result.match, reason, result.played) };
    }
  }
}
