import { currentActor, type GameState, isOver, type Move, type Scenario } from "@parley/engine";
import type { MatchSnapshot, SnapshotReason } from "../worker/protocol.js";
import { historicalState, type Match } from "./match.js";
import { controllerOf, isPerson } from "./seats.js";
import { briefingModel, endModel, moveEvent, movesModel, tableModel, transcriptModel } from "./views.js";

const histories = new WeakMap<Scenario, GameState | null>();

/** The scenario's historical line replayed once per scenario and kept (see {@link endModel}). */
export function historyOf(scenario: Scenario): GameState | null {
  if (!histories.has(scenario)) histories.set(scenario, historicalState(scenario));
  return histories.get(scenario) ?? null;
}

/** The snapshot the page shows after a change to a match. */
export function snapshotOf(
  match: Match,
  reason: SnapshotReason,
  played: readonly Move[],
  extra: { readonly save: string; readonly replay: string | null; readonly history: GameState | null },
): MatchSnapshot {
  const { state, setup } = match;
  const floor = currentActor(state);
  const you = Object.entries(setup.seats).find(([, c]) => c.kind === "you")?.[0];
  return {
    reason,
    version: match.version,
    table: tableModel(state, setup.seats),
    moves: isPerson(setup.seats, floor) ? movesModel(state) : null,
    transcript: transcriptModel(state),
    floorController: floor === null ? null : controllerOf(setup.seats, floor),
    people: Object.values(setup.seats).filter((c) => c.kind === "you" || c.kind === "person").length,
    canUndo: state.moves.some((m) => isPerson(setup.seats, m.actor)),
    played: played.map((move) => moveEvent(state.scenario, move)),
    briefing:
      (reason === "started" || reason === "resumed") && you !== undefined
        ? briefingModel(match.scenario, you, setup.seed, setup.seats)
        : null,
    end: isOver(state) ? endModel(state, setup.seats, extra.history) : null,
    save: extra.save,
    replay: extra.replay,
  };
}
