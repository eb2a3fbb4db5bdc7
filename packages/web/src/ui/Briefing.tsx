import { useEffect } from "preact/hooks";
import type { BriefingStatement } from "../models/index.js";
import { useApp } from "./app-context.js";
import { useScreenHeading } from "./focus.js";
import { hoursAndMinutes, longDate, percent } from "./format.js";

function Statements({ items, empty }: { items: readonly BriefingStatement[]; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul class="statements">
      {items.map((s, i) => (
        <li key={i}>
          <span class="statement-by">{s.by}</span> <span class="statement-issue">({s.issue})</span>: {s.text}{" "}
          <span class="source-keys">[{s.sources.join(", ")}]</span>
        </li>
      ))}
    </ul>
  );
}

function TakeSeat() {
  const { send } = useApp();
  return (
    <button
      type="button"
      class="primary"
      onClick={() => {
        performance.mark("parley:take-seat");
        send({ type: "TAKE_SEAT" });
      }}
    >
      Take your seat
    </button>
  );
}

/** The player's brief: who sits where, goals and fallback, demands and red lines, sources. */
export function Briefing() {
  const { snapshot } = useApp();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const brief = snapshot.value.context.briefing;
  useEffect(() => {
    // The table's drawing code is fetched while the player reads, so that the table appears at once.
    void import("../scene/scene.js");
  }, []);
  if (brief === null) return null;
  const mine = (items: readonly BriefingStatement[]) => items.filter((s) => s.yours);
  const theirs = (items: readonly BriefingStatement[]) => items.filter((s) => !s.yours);
  return (
    <main class="screen briefing">
      <h1 tabIndex={-1} ref={heading}>
        Your brief: {brief.you.name}
      </h1>
      <p class="lede">
        {brief.scenarioTitle}. {brief.summary}
      </p>
      <p class="seed-line">
        Seed of this game: <code>{brief.seed}</code>
      </p>
      <TakeSeat />

      <div class="brief-columns">
        <section aria-labelledby="goals-h">
          <h2 id="goals-h">Your goals, heaviest first</h2>
          <ol class="goals">
            {brief.goals.map((g) => (
              <li key={g.issue}>
                <strong>{g.issue}</strong> ({g.weight}% of your interest). Best for you: “{g.best}”. If
                nothing is agreed: “{g.statusQuo}”.
              </li>
            ))}
          </ol>
          <h2>Your fallback</h2>
          <p>
            If the talks collapse you are left with {percent(brief.fallback)} of what a perfect outcome would
            give you. A deal worth less than that is worse than walking away.
          </p>
          <h2>Your demands</h2>
          <Statements items={mine(brief.demands)} empty="You make no formal demand." />
          <h2>Your red lines</h2>
          <Statements items={mine(brief.redLines)} empty="You have drawn no red line." />
        </section>

        <section aria-labelledby="others-h">
          <h2 id="others-h">What the others have said publicly</h2>
          <h3>Their demands</h3>
          <Statements items={theirs(brief.demands)} empty="Nobody else makes a formal demand." />
          <h3>Their red lines</h3>
          <Statements items={theirs(brief.redLines)} empty="Nobody else has drawn a red line." />
        </section>
      </div>

      <section aria-labelledby="meetings-h">
        <h2 id="meetings-h">{brief.meetings.length === 1 ? "The meeting" : "The meetings"}</h2>
        {brief.meetings.map((m) => (
          <article class="meeting-brief" key={m.title}>
            <h3>{m.title}</h3>
            <p>
              {longDate(m.date)}, {m.venue}.{" "}
              {m.chair === null ? "Bilateral, no chair." : `Chair: ${m.chair}.`}{" "}
              {hoursAndMinutes(m.scheduledMinutes)} scheduled.
            </p>
            <h4>At the table</h4>
            <ul>
              {m.delegations.map((d) => (
                <li key={d.name}>
                  <strong>{d.name}</strong>, played by {d.player}
                  {d.people.length > 0 ? `: ${d.people.join("; ")}` : ""}
                </li>
              ))}
            </ul>
            <h4>Agenda</h4>
            <ol>
              {m.agenda.map((item) => (
                <li key={item.title}>
                  {item.title} ({hoursAndMinutes(item.minutes)})
                </li>
              ))}
            </ol>
          </article>
        ))}
      </section>

      <section aria-labelledby="sources-h" class="sources">
        <h2 id="sources-h">Sources</h2>
        <ol>
          {brief.sources.map((s) => (
            <li key={s.key}>
              <span class="source-key">{s.key}</span> {s.title}
            </li>
          ))}
        </ol>
      </section>

      <TakeSeat />
    </main>
  );
}
