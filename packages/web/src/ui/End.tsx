import { useApp } from "./app-context.js";
import { Branches } from "./Branches.js";
import { Debrief } from "./Debrief.js";
import { useScreenHeading } from "./focus.js";

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
      <Branches branches={snapshot.value.context.branches} end={end} />
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
