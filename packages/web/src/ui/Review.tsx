import { useApp } from "./app-context.js";
import { Debrief } from "./Debrief.js";
import { useScreenHeading } from "./focus.js";
import { StatePanel } from "./StatePanel.js";
import { TableView } from "./TableView.js";
import { Transcript } from "./Transcript.js";

const noop = () => {};

/** A recorded game, step by step: from a finished game of one's own, or from a replay link. */
export function Review() {
  const { snapshot, send } = useApp();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const { context } = snapshot.value;
  const match = context.snapshot;
  const review = context.review;
  if (match === null) return null;
  const total = review?.total ?? match.table.moveCount;
  const at = context.reviewAt ?? review?.at ?? total;
  const go = (n: number) => send({ type: "REVIEW_AT", at: Math.max(0, Math.min(total, n)) });
  const table = review?.table ?? match.table;
  return (
    <main class="screen review">
      <h1 tabIndex={-1} ref={heading}>
        {context.ownGame ? "Reviewing your game" : "A recorded game"}: {table.scenarioTitle}
      </h1>
      <div class="review-controls">
        <label for="review-at">
          After move {at} of {total}
        </label>
        <input
          id="review-at"
          type="range"
          min={0}
          max={total}
          value={at}
          onInput={(e) => go(Number(e.currentTarget.value))}
        />
        <button type="button" onClick={() => go(0)} disabled={at === 0}>
          To the start
        </button>
        <button type="button" onClick={() => go(at - 1)} disabled={at === 0}>
          Previous move
        </button>
        <button type="button" onClick={() => go(at + 1)} disabled={at === total}>
          Next move
        </button>
        <button type="button" onClick={() => go(total)} disabled={at === total}>
          To the end
        </button>
        {context.ownGame && match.end !== null && at < total && (
          <button type="button" class="primary" onClick={() => send({ type: "PLAY_FROM", at })}>
            Play on from here (after move {at})
          </button>
        )}
      </div>
      <div class="room-grid review-grid">
        <section class="stage-area" aria-labelledby="review-table-h">
          <h2 id="review-table-h" class="visually-hidden">
            The table
          </h2>
          <TableView table={table} animation={null} onAnimationDone={noop} />
        </section>
        <section class="transcript-area" aria-labelledby="review-transcript-h">
          <h2 id="review-transcript-h">Transcript</h2>
          <Transcript
            transcript={review?.transcript ?? match.transcript}
            seats={table.seats}
            focusNewest={0}
          />
        </section>
        <section class="state-area" aria-labelledby="review-state-h">
          <h2 id="review-state-h">The table in words</h2>
          <StatePanel table={table} />
        </section>
      </div>
      {match.end !== null && (
        <section aria-labelledby="review-end-h">
          <h2 id="review-end-h">How it ended</h2>
          <Debrief end={match.end} replay={match.replay} transcript={match.transcript} />
        </section>
      )}
      <div class="actions">
        {context.ownGame && match.end !== null && (
          <button type="button" onClick={() => send({ type: "BACK_TO_END" })}>
            Back to the debrief
          </button>
        )}
        <button type="button" class="primary" onClick={() => send({ type: "NEW_GAME" })}>
          {context.ownGame ? "New game" : "Start a game of your own"}
        </button>
      </div>
    </main>
  );
}
