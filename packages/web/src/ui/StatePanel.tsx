import type { TableModel } from "../models/index.js";
import { hoursAndMinutes } from "./format.js";
import { DEMAND_WORDS, PHASE_WORDS, playedBy, RED_LINE_WORDS } from "./labels.js";

/** Everything the canvas shows, in words: the table's text alternative and its side panel. */
export function StatePanel({ table }: { table: TableModel }) {
  const name = (id: string) => table.seats.find((s) => s.id === id)?.name ?? id;
  const { clock } = table;
  return (
    <div class="state-panel">
      <p class="meeting-line">
        <strong>{table.meeting.title}</strong>
        {table.meeting.of > 1 ? ` (meeting ${table.meeting.number} of ${table.meeting.of})` : ""},{" "}
        {PHASE_WORDS[table.meeting.phase]}.
      </p>
      <p class="clock-line">
        Clock: {hoursAndMinutes(clock.minute)} of {hoursAndMinutes(clock.scheduled)} scheduled
        {clock.overrun ? `, ${hoursAndMinutes(clock.minute - clock.scheduled)} over time` : ""} (the meeting
        closes by {hoursAndMinutes(clock.limit)}).
      </p>
      <p class="floor-line">
        {table.floor === null ? "Nobody has the floor." : `${name(table.floor)} has the floor.`}
      </p>

      <h3>Delegations</h3>
      <ul class="seats">
        {table.seats.map((s) => (
          <li key={s.id}>
            <strong>{s.name}</strong>
            {s.head === null ? "" : ` (${s.head})`}
            {s.chair ? ", in the chair" : ""}, played by {playedBy(s)}
            {s.stance === "hardened"
              ? "; has hardened its stance"
              : s.stance === "walkedOut"
                ? "; has walked out"
                : ""}
          </li>
        ))}
      </ul>

      <h3>Agenda</h3>
      <ol class="agenda">
        {table.agenda.map((item) => (
          <li
            key={item.issue}
            aria-current={item.status === "current" ? "step" : undefined}
            class={`agenda-${item.status}`}
          >
            {item.title} ({hoursAndMinutes(item.minutes)}):{" "}
            {item.status === "current" ? "under discussion" : item.status === "done" ? "taken" : "to come"}
            {item.agreed !== null ? `; agreed: “${item.agreed}”` : ""}
          </li>
        ))}
      </ol>

      <h3>On the table</h3>
      {table.proposals.length === 0 ? (
        <p>No proposal is open.</p>
      ) : (
        <ul class="proposals">
          {table.proposals.map((p) => (
            <li key={p.key}>
              “{p.terms}” on {p.title}, tabled by {name(p.by)}; accepted by{" "}
              {p.acceptedBy.map(name).join(", ")}
              {p.waitingFor.length > 0 && `; waiting for ${p.waitingFor.map(name).join(", ")}`}
            </li>
          ))}
        </ul>
      )}

      <h3>Red lines</h3>
      <ul class="red-lines">
        {table.redLines.map((r) => (
          <li key={r.id} class={`red-line-${r.state}`}>
            <span class="badge">{RED_LINE_WORDS[r.state]}</span> {name(r.by)} on {r.issueTitle}: {r.text}
          </li>
        ))}
      </ul>

      <h3>Demands</h3>
      <ul class="demands">
        {table.demands.map((d) => (
          <li key={d.id} class={`demand-${d.state}`}>
            <span class="badge">{DEMAND_WORDS[d.state]}</span> {name(d.by)} on {d.issueTitle}: {d.text}
          </li>
        ))}
      </ul>

      <h3>The room</h3>
      <dl class="gauges">
        <dt>Tension</dt>
        <dd>{Math.round(table.tension)} of 100</dd>
        <dt>Alliance cohesion</dt>
        <dd>{Math.round(table.cohesion)} of 100</dd>
      </dl>
      <table class="trust">
        <caption>Trust (0 to 100), row towards column</caption>
        <thead>
          <tr>
            <td />
            {table.seats.map((s) => (
              <th scope="col" key={s.id}>
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.seats.map((from) => (
            <tr key={from.id}>
              <th scope="row">{from.name}</th>
              {table.seats.map((to) => {
                const t = table.trust.find((x) => x.from === from.id && x.to === to.id);
                return <td key={to.id}>{t === undefined ? "—" : Math.round(t.value)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
