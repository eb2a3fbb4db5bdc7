import { type Match, matchMenu, matchTranscript, matchTurn, matchView, SPECTATOR } from "@parley/engine";
import type { MatchSetup } from "../models/index.js";
import type { MatchSnapshot, ReviewSnapshot, SnapshotReason } from "../worker/protocol.js";
import { endModel } from "./debrief.js";
import type { PlayedMove, WebMatch } from "./match.js";
import { controllerOf, isPerson } from "./seats.js";
import { briefingModel, moveEvent, movesModel, tableModel, transcriptModel } from "./views.js";

/** The seat whose view the page shows: the player's own, or the spectator's when watching a replay. */
export function viewSeat(setup: MatchSetup): string {
  return Object.entries(setup.seats).find(([, c]) => c.kind === "you")?.[0] ?? SPECTATOR;
}

/** The game's identity: the scenario, the seed and who plays each seat (in a fixed order). */
function gameOf(web: WebMatch): string {
  const seats = Object.entries(web.setup.seats).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([web.match.scenario.id, web.setup.seed, seats]);
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
    game: gameOf(web),
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
    end: over ? endModel(match, setup.seats) : null,
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
