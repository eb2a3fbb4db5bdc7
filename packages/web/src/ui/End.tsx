import { useApp } from "./app-context.js";
import { Debrief } from "./Debrief.js";
import { useScreenHeading } from "./focus.js";
import { useLazyModule } from "./lazy.js";

const loadWhatIf = () => import("./WhatIf.js");

/** The end of the talks: the debrief, then review or a new game. */
export function End() {
  const { snapshot, send } = useApp();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const whatIf = useLazyModule(loadWhatIf);
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
      {whatIf.value === "failed" ? (
        <p role="alert">
          Going back to a move could not be loaded here; "Review the game move by move" still can.
        </p>
      ) : (
        whatIf.value !== null && (
          <whatIf.value.WhatIf
            branches={snapshot.value.context.branches}
            end={end}
            transcript={match.transcript}
            seats={match.table.seats}
            canPlayOn={snapshot.value.context.ownGame}
            send={send}
          />
        )
      )}
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
