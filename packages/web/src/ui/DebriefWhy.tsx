import { useEffect } from "preact/hooks";
import type { EndModel } from "../models/index.js";
import { useApp } from "./app-context.js";
import { ParetoView } from "./DebriefWhyPareto.js";
import { MeetingZones } from "./DebriefWhyZones.js";
import "./debrief-why.css";

/**
 * "Why it ended so": per meeting, each issue's zone of possible agreement and what excluded each option;
 * then the Pareto view of a meeting for two parties the reader chooses, as a chart and as a table. The
 * figures are the engine's, asked of the worker for this game (the answer's fingerprint says which game).
 */

/**
 * The Pareto view last shown, by scenario: a new line of the same scenario ("Play on from here") opens on the
 * meeting and parties the reader chose.
 */
let lastView: { scenarioId: string; track: string; actors: readonly string[] } | null = null;

/** The debrief's "why it ended so" section. */
export function DebriefWhy({ end }: { end: EndModel }) {
  const { snapshot, send } = useApp();
  const context = snapshot.value.context;
  const why = context.why?.fingerprint === end.fingerprint ? context.why : null;
  const asked = why !== null;
  useEffect(() => {
    if (asked) return;
    const again = lastView?.scenarioId === end.scenarioId ? lastView : null;
    send({ type: "WHY", track: again?.track ?? null, actors: again?.actors ?? null });
  }, [end.fingerprint]);
  useEffect(() => {
    if (why?.pareto != null) lastView = { scenarioId: end.scenarioId, ...why.view };
  }, [why]);
  return (
    <section class="why" aria-labelledby="debrief-why-h">
      <h2 id="debrief-why-h">Why it ended so</h2>
      {why === null ? (
        <p role="status">{context.whyProblem ?? "Working out the zones and the Pareto frontier…"}</p>
      ) : (
        <>
          <p>
            An option is in an issue's zone of possible agreement when no red line forbids it and every party
            with a stake gets at least its reservation value from it, the other issues where they stay. The
            hidden types this game drew are the ones used.
          </p>
          {why.meetings.map((m) => (
            <MeetingZones meeting={m} key={m.track} />
          ))}
          <h3 id="debrief-pareto-h">The Pareto frontier of two parties</h3>
          <ParetoView why={why} problem={context.whyProblem} />
        </>
      )}
    </section>
  );
}
