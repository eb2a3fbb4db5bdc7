import { useEffect, useRef, useState } from "preact/hooks";
import { moveDuration } from "../app/speed.js";
import { useApp } from "./app-context.js";
import { useScreenHeading } from "./focus.js";
import { MovesPanel } from "./MovesPanel.js";
import { StatePanel } from "./StatePanel.js";
import { type TableAnimation, TableView } from "./TableView.js";
import { Transcript } from "./Transcript.js";
import { TurnBar } from "./TurnBar.js";

/** Focuses an element as it appears (the hand-over's button, whose screen replaces the moves). */
function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}

/** The negotiating room: the table in the middle, the transcript on the left, the moves on the right. */
export function Room() {
  const { snapshot, send } = useApp();
  const state = snapshot.value;
  const heading = useScreenHeading<HTMLHeadingElement>(!state.matches({ session: { table: "playerTurn" } }));
  const match = state.context.snapshot;
  const [focusNewest, setFocusNewest] = useState(0);
  const awaitingOwnMove = useRef(false);

  const version = match?.version ?? 0;
  useEffect(() => {
    if (awaitingOwnMove.current) {
      awaitingOwnMove.current = false;
      setFocusNewest((n) => n + 1);
    }
  }, [version]);

  if (match === null) return null;
  const { table } = match;
  const playerTurn = state.matches({ session: { table: "playerTurn" } });
  const handOver = state.matches({ session: { table: "handOver" } });
  const animating = state.matches({ session: { table: "animating" } });
  const last = match.played[match.played.length - 1];
  const animation: TableAnimation | null =
    animating && last !== undefined
      ? { id: match.version, event: last, duration: moveDuration(state.context.speed) }
      : null;
  const floorSeat = table.seats.find((s) => s.id === table.floor);

  return (
    <main class="screen room">
      <h1 tabIndex={-1} ref={heading} class="room-title">
        {table.meeting.title}
        <span class="room-subtitle"> · {table.meeting.venue}</span>
      </h1>
      <div class="room-grid">
        <section class="stage-area" aria-labelledby="table-h">
          <h2 id="table-h" class="visually-hidden">
            The table
          </h2>
          <TableView
            table={table}
            animation={animation}
            onAnimationDone={() => send({ type: "ANIMATION_DONE" })}
          />
          <TurnBar />
        </section>

        <section class="moves-area" aria-labelledby="moves-h">
          <h2 id="moves-h">
            {playerTurn && floorSeat !== undefined ? `Your moves for ${floorSeat.name}` : "Moves"}
          </h2>
          {handOver && floorSeat !== undefined ? (
            <div class="hand-over">
              <p>
                It is {floorSeat.name}’s turn. Pass the device to the person playing {floorSeat.name}; their
                moves appear when they are ready.
              </p>
              <button
                type="button"
                class="primary"
                ref={focusOnMount}
                onClick={() => send({ type: "READY" })}
              >
                I play {floorSeat.name}: show my moves
              </button>
            </div>
          ) : playerTurn && match.moves !== null ? (
            <MovesPanel
              moves={match.moves}
              enabled={playerTurn}
              takeFocus={playerTurn}
              onPlay={(moveId) => {
                awaitingOwnMove.current = true;
                send({ type: "PLAY", moveId });
              }}
            />
          ) : (
            <p class="waiting-note">
              {table.over
                ? "The talks are over."
                : floorSeat?.controller === "you"
                  ? "Your moves appear here once the last move has been shown."
                  : `${floorSeat?.name ?? "The next delegation"} is deciding. Your moves appear here when you have the floor.`}
            </p>
          )}
        </section>

        <section class="transcript-area" aria-labelledby="transcript-h">
          <h2 id="transcript-h">Transcript</h2>
          <Transcript transcript={match.transcript} seats={table.seats} focusNewest={focusNewest} />
        </section>

        <section class="state-area" aria-labelledby="state-h">
          <h2 id="state-h">The table in words</h2>
          <StatePanel table={table} />
        </section>
      </div>
    </main>
  );
}
