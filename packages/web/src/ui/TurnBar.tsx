import { SPEEDS, type Speed } from "../app/speed.js";
import { writeSpeed } from "../app/storage.js";
import type { SeatModel } from "../models/index.js";
import { useApp } from "./app-context.js";
import { playedBy } from "./labels.js";

/** Whose turn it is in words (a polite live region), and the controls of the pace: speed, skip, undo. */
export function TurnBar() {
  const { snapshot, send } = useApp();
  const state = snapshot.value;
  const { context } = state;
  const table = context.snapshot?.table;
  if (table === undefined) return null;
  const seat: SeatModel | undefined = table.seats.find((s) => s.id === table.floor);
  const playerTurn = state.matches({ session: { table: "playerTurn" } });
  const botsBusy =
    state.matches({ session: { table: "waitingForBots" } }) ||
    state.matches({ session: { table: "animating" } });
  const status = table.over
    ? "The talks are over."
    : seat === undefined
      ? ""
      : playerTurn
        ? `Your turn: you speak for ${seat.name}.`
        : state.matches({ session: { table: "handOver" } })
          ? `${seat.name} has the floor: pass the device.`
          : `${seat.name} has the floor (${playedBy(seat)}).`;
  return (
    <div class="turn-bar">
      <p class="turn-status" role="status">
        {status}
      </p>
      <div class="controls">
        <div class="field inline">
          <label for="speed">Speed</label>
          <select
            id="speed"
            value={context.speed}
            onChange={(e) => {
              const speed = e.currentTarget.value as Speed;
              writeSpeed(speed);
              send({ type: "SET_SPEED", speed });
            }}
          >
            {SPEEDS.map((s) => (
              <option value={s.id} key={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" disabled={!botsBusy} onClick={() => send({ type: "SKIP" })}>
          Skip to my turn
        </button>
        <button
          type="button"
          disabled={!playerTurn || context.snapshot?.canUndo !== true}
          onClick={() => send({ type: "UNDO" })}
        >
          Undo my last move
        </button>
        <button
          type="button"
          class="quiet"
          onClick={() => {
            if (globalThis.confirm("Leave this game and choose a new one? This game will not be kept."))
              send({ type: "NEW_GAME" });
          }}
        >
          New game
        </button>
      </div>
    </div>
  );
}
