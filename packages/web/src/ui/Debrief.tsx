import type { EndModel, TranscriptModel } from "../models/index.js";
import { ChartFileBase } from "./Chart.js";
import { CourseCharts } from "./CourseCharts.js";
import { HiddenTypes, UtilitiesTable } from "./DebriefActors.js";
import { DebriefMeeting } from "./DebriefMeetings.js";
import { DebriefWhyLoader } from "./DebriefWhyLoader.js";
import { gameFileBase } from "./download.js";
import { longDate } from "./format.js";
import { GameExports } from "./GameExports.js";
import { Sources } from "./Sources.js";

/**
 * The debrief: each meeting beside the record, every party's utility, the hidden types revealed, why it
 * ended so (zones of possible agreement, the Pareto frontier), the game over time, what happened next, and the game to keep (link, transcript, save).
 */
export function Debrief({
  end,
  replay,
  transcript,
}: {
  end: EndModel;
  replay: string | null;
  transcript: TranscriptModel;
}) {
  return (
    <div class="debrief">
      <p class="verdict">
        Outcome of this game: <strong>{end.overall}</strong>.
        {end.historicalOverall !== null && (
          <>
            {" "}
            In the record: <strong>{end.historicalOverall}</strong>.
          </>
        )}
      </p>
      <section aria-labelledby="debrief-meetings-h">
        <h2 id="debrief-meetings-h">Each meeting beside the record</h2>
        {end.meetings.map((m, k) => (
          <DebriefMeeting meeting={m} index={k} key={m.title} />
        ))}
      </section>
      <section aria-labelledby="debrief-utilities-h">
        <h2 id="debrief-utilities-h">What each party got</h2>
        <UtilitiesTable actors={end.actors} />
      </section>
      <HiddenTypes actors={end.actors} />
      <DebriefWhyLoader end={end} />
      <ChartFileBase.Provider value={gameFileBase(end.scenarioId, end.seed)}>
        <CourseCharts course={end.course} />
      </ChartFileBase.Provider>
      {end.epilogue.length > 0 && (
        <section aria-labelledby="debrief-epilogue-h">
          <h2 id="debrief-epilogue-h">What happened next</h2>
          <ol class="epilogue">
            {end.epilogue.map((e) => (
              <li key={`${e.date}-${e.title}`}>
                <strong>
                  {longDate(e.date)}: {e.title}.
                </strong>{" "}
                {e.text} <Sources sources={e.sources} />
              </li>
            ))}
          </ol>
        </section>
      )}
      <GameExports end={end} replay={replay} transcript={transcript} />
    </div>
  );
}
