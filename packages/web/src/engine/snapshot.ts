import {
  type Match,
  matchMenu,
  matchTranscript,
  matchTurn,
  matchView,
  type Outcome,
  outcome,
  replay,
  SPECTATOR,
  stateHash,
  type ValidScenario,
} from "@parley/engine";
import type { MatchSetup } from "../models/index.js";
import type { MatchSnapshot, ReviewSnapshot, SnapshotReason } from "../worker/protocol.js";
import type { PlayedMove, WebMatch } from "./match.js";
import { controllerOf, isPerson } from "./seats.js";
import { briefingModel, endModel, moveEvent, movesModel, tableModel, transcriptModel } from "./views.js";

const histories = new WeakMap<ValidScenario, Outcome | null>();

/** The outcome of the scenario's historical line, replayed once per scenario and kept; null when it has none. */
export function historyOf(scenario: ValidScenario): Outcome | null {
  if (!histories.has(scenario)) {
    const record = scenario.history;
    const played = record === undefined ? null : replay(scenario, { seed: record.seed, moves: record.moves });
    histories.set(scenario, played?.ok === true ? outcome(played.value) : null);
  }
  return histories.get(scenario) ?? null;
}

/** The seat whose view the page shows: the player's own, or the spectator's when watching a replay. */
export function viewSeat(setup: MatchSetup): string {
  return Object.entries(setup.seats).find(([, c]) => c.kind === "you")?.[0] ?? SPECTATOR;
}

/** The snapshot the page shows after a change to a match. */
export function snapshotOf(
  web: WebMatch,
  reason: SnapshotReason,
  played: readonly PlayedMove[],
  extra: { readonly save: string; readonly replay: string | null },
): MatchSnapshot {
  const { match, setup } = web;
  const scenario = match.scenario;
  const floor = matchTurn(match)?.actor ?? null;
  const seat = viewSeat(setup);
  const view = matchView(match, seat);
  const lines = view.transcript;
  const over = match.state.over;
  return {
    reason,
    version: match.version,
    table: tableModel(view, scenario, setup.seats),
    // A hot-seat player chooses from their own menu; the table stays in the player's view.
    moves: floor !== null && isPerson(setup.seats, floor) ? movesModel(matchMenu(match, floor), view) : null,
    transcript: transcriptModel(view, lines),
    floorController: floor === null ? null : controllerOf(setup.seats, floor),
    people: Object.values(setup.seats).filter((c) => c.kind === "you" || c.kind === "person").length,
    canUndo: match.state.moves.flat().some((m) => isPerson(setup.seats, m.actor)),
    played: played.map(moveEvent),
    briefing:
      (reason === "started" || reason === "resumed") && seat !== SPECTATOR
        ? briefingModel(view, scenario, setup.seed, setup.seats)
        : null,
    end: over ? endModel(view, scenario, setup.seats, historyOf(scenario), stateHash(match.state)) : null,
    save: extra.save,
    replay: extra.replay,
  };
}

/** The game after its first `at` moves, as the player's seat saw it then (for reviewing a game). */
export function reviewOf(web: WebMatch, earlier: Match, at: number): ReviewSnapshot {
  const view = matchView(earlier, viewSeat(web.setup));
  return {
    at,
    total: web.match.state.moveCount,
    table: tableModel(view, earlier.scenario, web.setup.seats),
    transcript: transcriptModel(view, matchTranscript(earlier)),
  };
}
