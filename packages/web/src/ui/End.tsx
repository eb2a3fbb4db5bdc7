import { useApp } from "./app-context.js";
import { Branches } from "./Branches.js";
import { Debrief } from "./Debrief.js";
import { useScreenHeading } from "./focus.js";
import { Transcript } from "./Transcript.js";

/** The end of the talks: the debrief, then review or a new game. */
export function End() {
  const { snapshot, send } = useApp();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const match = snapshot.value.context.snapshot;
  const end = match?.end;
  if (match === null || end === undefined || end === null) return null;
  return (
    <main class="screen end">
      <h1 tabIndex={-1} ref={heading}>
        The talks are over: {end.overall}
      </h1>
      <p class="lede">{end.scenarioTitle}</p>
      <Debrief end={end} replay={match.replay} transcript={match.transcript} />
      <Branches
        branches={snapshot.value.context.branches}
        end={end}
        onForget={() => send({ type: "FORGET_BRANCHES" })}
      />
      <details class="end-transcript">
        <summary>The transcript: play on from any move</summary>
        <p class="hint">
          Each move has a "Play on from here" button: the game goes back to just after that move and you
          choose again. The line you leave is kept beside the new one.
        </p>
        <Transcript
          transcript={match.transcript}
          seats={match.table.seats}
          focusNewest={0}
          onPlayFrom={(at) => send({ type: "PLAY_FROM", at })}
        />
      </details>
      <div class="actions">
        <button type="button" class="primary" onClick={() => send({ type: "REVIEW" })}>
          Review the game move by move
        </button>
        <button type="button" onClick={() => send({ type: "NEW_GAME" })}>
          New game
        </button>
      </div>
    </main>
  );
}
