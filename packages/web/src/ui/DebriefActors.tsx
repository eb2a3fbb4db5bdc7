import type { EndActor } from "../models/index.js";
import { percent } from "./format.js";
import { TableScroll } from "./TableScroll.js";

/** Every party's utility in this game against its status quo, its fallback and the record. */
export function UtilitiesTable({ actors }: { actors: readonly EndActor[] }) {
  return (
    <TableScroll label="Utilities of each party">
      <table class="utilities">
        <caption>What each party got: utility, 0 to 100%</caption>
        <thead>
          <tr>
            <th scope="col">Party</th>
            <th scope="col">This game</th>
            <th scope="col">Status quo (nothing agreed)</th>
            <th scope="col">Fallback (walking away)</th>
            <th scope="col">The record</th>
          </tr>
        </thead>
        <tbody>
          {actors.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                {a.name}
                {a.controller === "you" ? " (you)" : ""}
              </th>
              <td>{percent(a.utility)}</td>
              <td>{percent(a.statusQuo)}</td>
              <td>{percent(a.fallback)}</td>
              <td>{a.record === null ? "—" : percent(a.record)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The hidden types drawn for this game, now revealed. */
export function HiddenTypes({ actors }: { actors: readonly EndActor[] }) {
  const typed = actors.filter((a) => a.type !== null);
  if (typed.length === 0) return null;
  return (
    <section aria-labelledby="debrief-types-h">
      <h2 id="debrief-types-h">Hidden types, revealed</h2>
      <dl class="hidden-types">
        {typed.map((a) => (
          <div key={a.id}>
            <dt>{a.name}</dt>
            <dd>
              <strong>{a.type?.title}</strong>
              {a.type?.description == null ? "" : `: ${a.type.description}`}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
