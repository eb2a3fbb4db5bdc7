import type { ComponentChildren } from "preact";
import type { EndMeeting } from "../models/index.js";
import { hoursAndMinutes, longDate } from "./format.js";
import { Sources } from "./Sources.js";

function list(items: readonly string[] | null): ComponentChildren {
  if (items === null) return "Not recorded";
  if (items.length === 0) return "Nothing";
  return (
    <ul>
      {items.map((x) => (
        <li key={x}>{x}</li>
      ))}
    </ul>
  );
}

function yesNo(value: boolean | null): string {
  return value === null ? "Not recorded" : value ? "Agreed" : "Not agreed";
}

/** Whether the game matched the record, in words. */
function asRecorded(m: EndMeeting): string {
  if (m.asRecorded === null) return "";
  return m.asRecorded ? "As in the record." : "Not as in the record.";
}

/** One meeting of the game beside the record, row by row, with the lengths the sources report. */
export function DebriefMeeting({ meeting: m, index }: { meeting: EndMeeting; index: number }) {
  const id = `debrief-meeting-${index}`;
  const game = m.game;
  const record = m.record;
  const row = (label: string, mine: ComponentChildren, theirs: ComponentChildren) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{mine}</td>
      <td>{theirs}</td>
    </tr>
  );
  return (
    <section class="debrief-meeting" aria-labelledby={id}>
      <h3 id={id}>
        {m.title} <span class="date">{longDate(m.date)}</span>
      </h3>
      <p class="meeting-verdict">
        {game === null ? "Not held in this game: the talks ended before it." : asRecorded(m)}
      </p>
      {game !== null && (
        <table class="beside">
          <caption class="visually-hidden">{m.title}: this game beside the record</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">This game</th>
              <th scope="col">In the record</th>
            </tr>
          </thead>
          <tbody>
            {row(
              "Result",
              <>
                <strong>{game.result}</strong>
                {game.cause === null ? "" : ` (${game.cause})`}
              </>,
              record === null ? "Not recorded" : <strong>{record.result}</strong>,
            )}
            {row("Follow-up", yesNo(game.followUp), yesNo(record?.followUp ?? null))}
            {row("Agreed", list(game.agreed), list(record?.agreed ?? null))}
            {row("Left on the table", list(game.tabled), list(record?.tabled ?? null))}
            {row(
              "Length",
              `${hoursAndMinutes(game.minutes)} (scheduled ${hoursAndMinutes(m.scheduledMinutes)})`,
              m.reportedLengths.length === 0
                ? "Not recorded"
                : m.reportedLengths.map((r) => hoursAndMinutes(r.minutes)).join(" or "),
            )}
            {row(
              "Tension at the end",
              String(game.tension),
              record?.tension == null ? "Not recorded" : `${record.tension} (the model's replay)`,
            )}
          </tbody>
        </table>
      )}
      {m.reportedLengths.length > 0 && (
        <ul class="reported-lengths">
          {m.reportedLengths.map((r) => (
            <li key={`${r.minutes}-${r.note ?? ""}`}>
              Reported length {hoursAndMinutes(r.minutes)}
              {r.note === null ? "" : ` (${r.note})`}. <Sources sources={r.sources} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
