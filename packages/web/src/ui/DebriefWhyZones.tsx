import type { WhyExclusion, WhyMeeting } from "../models/index.js";
import { TableScroll } from "./TableScroll.js";

/** The debrief's zones of possible agreement of one meeting: each issue's zone, and what excluded the rest. */

/**
 * "19.1% < 20.6%": a utility below a reservation value, to a tenth of a percent, or finer where a tenth would
 * show the two alike.
 */
export function below(utility: number, reservation: number): string {
  let digits = 1;
  const at = (v: number) => (v * 100).toFixed(digits);
  while (digits < 3 && at(utility) === at(reservation)) digits++;
  return `${at(utility)}% < ${at(reservation)}%`;
}

/** An exclusion in words: "NATO allies' red line on Enlargement", "Russia's reservation value: 42.0% < 55.0%". */
export function exclusionText(x: WhyExclusion): string {
  return x.kind === "red-line" ? x.text : `${x.whose}: ${below(x.utility, x.reservation)}`;
}

/** One meeting's zones as a table, with who decides and what earlier meetings settled. */
export function MeetingZones({ meeting }: { meeting: WhyMeeting }) {
  return (
    <section class="why-meeting" data-track={meeting.track} aria-labelledby={`why-zones-${meeting.track}`}>
      <h3 id={`why-zones-${meeting.track}`}>{meeting.title}</h3>
      <p class="hint">
        Decided by the parties seated there: {meeting.parties.map((p) => p.name).join(", ")}.
        {meeting.settled.length > 0 &&
          ` Already agreed in an earlier meeting: ${meeting.settled.join("; ")}.`}
      </p>
      <TableScroll label={`Zones of possible agreement at ${meeting.title}`}>
        <table class="why-zones">
          <caption>Zone of possible agreement of each issue, and what excluded the other options</caption>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              <th scope="col">In the zone</th>
              <th scope="col">Excluded, and by what</th>
            </tr>
          </thead>
          <tbody>
            {meeting.issues.map((issue) => (
              <tr key={issue.title}>
                <th scope="row">{issue.title}</th>
                <td class="why-in">
                  {issue.zone.length > 0 ? issue.zone.join(", ") : "none: no option suits all"}
                </td>
                <td>
                  {issue.options.every((o) => o.inZone) && "nothing"}
                  <ul class="why-out">
                    {issue.options
                      .filter((o) => !o.inZone)
                      .map((o) => (
                        <li key={o.label}>
                          <strong>{o.label}</strong>: {o.excludedBy.map(exclusionText).join("; ")}
                        </li>
                      ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
