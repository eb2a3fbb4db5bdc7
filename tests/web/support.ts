import { fromCallback } from "xstate";
import type { EngineReportEvent } from "../../packages/web/src/app/machine.js";
import { loadShipped, shippedIds } from "../../packages/web/src/engine/shipped.js";
import type { MatchSetup } from "../../packages/web/src/models/index.js";
import type { EngineCommand, EngineReport, MatchSnapshot } from "../../packages/web/src/worker/protocol.js";
import { respond, type WorkerState } from "../../packages/web/src/worker/respond.js";

// The worker fetches a shipped scenario before the command that needs it; the tests fetch them all at once.
for (const id of shippedIds()) await loadShipped(id);

/** The NATO-Russia Council's scenario id. */
export const NRC = "nato-russia-council-2022-01-12";

/**
 * The app actor's engine as an in-process actor: the worker's responder answers each command on the next
 * turn of the event loop, as the worker would.
 */
export function inProcessEngine() {
  return fromCallback<EngineCommand>(({ sendBack, receive }) => {
    let state: WorkerState = { match: null };
    receive((command) => {
      const answer = respond(state, command, () => 0);
      state = answer.state;
      setTimeout(
        () => sendBack({ type: "ENGINE.REPORT", report: answer.report } satisfies EngineReportEvent),
        0,
      );
    });
  });
}

/** A setup of the NRC with the player as NATO and the scenario's bots elsewhere. */
export function nrcSetup(
  seed = "web-tests",
  seats: MatchSetup["seats"] = { nato: { kind: "you" } },
): MatchSetup {
  return { scenario: { kind: "shipped", id: NRC }, seed, seats, thinkMs: 250 };
}

/** The worker's responder driven in-process, as a test's engine. */
export class Engine {
  state: WorkerState = { match: null };

  send(command: EngineCommand): EngineReport {
    const answer = respond(this.state, command, () => 0);
    this.state = answer.state;
    return answer.report;
  }

  /** Sends a command that must produce a match snapshot. */
  snapshot(command: EngineCommand): MatchSnapshot {
    const report = this.send(command);
    if (report.type !== "match") throw new Error(`expected a snapshot, got ${JSON.stringify(report)}`);
    return report.snapshot;
  }
}

/**
 * Plays a match to its end: bots on their turns, the person's `pick(count, turn)`-th move on theirs
 * (walk-outs skipped while anything else is on offer). Returns every snapshot.
 */
export function playOut(engine: Engine, first: MatchSnapshot, pick: (count: number, turn: number) => number) {
  const snapshots = [first];
  let s = first;
  for (let turn = 0; turn < 2000 && s.end === null; turn++) {
    if (s.moves === null) {
      s = engine.snapshot({ type: "bot", version: s.version });
    } else {
      const all = s.moves.groups.flatMap((g) => g.moves);
      const walkOuts = s.moves.groups
        .find((g) => g.group === "procedure")
        ?.moves.filter((m) => /walk out/i.test(m.label));
      const choices = all.length > 1 ? all.filter((m) => !walkOuts?.includes(m)) : all;
      const move = choices[pick(choices.length, turn) % choices.length];
      if (move === undefined) throw new Error("a person has the floor and no move");
      s = engine.snapshot({ type: "move", version: s.version, moveId: move.id });
    }
    snapshots.push(s);
  }
  return snapshots;
}
