import { useSignal } from "@preact/signals";
import { replayAddress } from "../app/storage.js";
import type { EndModel } from "../models/index.js";
import { percent } from "./format.js";

/** What came of each meeting beside the record, every actor's utility, and the game's fingerprint. */
export function Debrief({ end, replay }: { end: EndModel; replay: string | null }) {
  const copied = useSignal("");
  const link = replay === null ? null : replayAddress(replay);
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
      <table class="results">
        <caption>Each meeting, in this game and in the record</caption>
        <thead>
          <tr>
            <th scope="col">Meeting</th>
            <th scope="col">This game</th>
            <th scope="col">In the record</th>
          </tr>
        </thead>
        <tbody>
          {end.meetings.map((m) => (
            <tr key={m.title}>
              <th scope="row">
                {m.title} <span class="date">{m.date}</span>
              </th>
              <td>
                <strong>{m.result}</strong>
                {m.agreed.length > 0 && (
                  <ul>
                    {m.agreed.map((a) => (
                      <li key={a}>{a}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {m.historical ?? "Not recorded"}
                {m.historicalAgreed.length > 0 && (
                  <ul>
                    {m.historicalAgreed.map((a) => (
                      <li key={a}>{a}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="utilities">
        <caption>What each party got: utility, 0 to 100%</caption>
        <thead>
          <tr>
            <th scope="col">Party</th>
            <th scope="col">This game</th>
            <th scope="col">Historical line</th>
          </tr>
        </thead>
        <tbody>
          {end.actors.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                {a.name}
                {a.controller === "you" ? " (you)" : ""}
              </th>
              <td>{percent(a.utility)}</td>
              <td>{a.historical === null ? "—" : percent(a.historical)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="fingerprint">
        Game fingerprint: <code data-testid="fingerprint">{end.fingerprint}</code> after {end.moveCount}{" "}
        moves. The same scenario, seed and moves always give the same fingerprint.
      </p>
      {link !== null && (
        <div class="field replay-link">
          <label for="replay-link">Replay link</label>
          <input
            id="replay-link"
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            onClick={() => {
              navigator.clipboard?.writeText(link).then(
                () => {
                  copied.value = "The link is copied.";
                },
                () => {
                  copied.value = "Copying was refused; select the link and copy it yourself.";
                },
              );
            }}
          >
            Copy link
          </button>
          <p role="status">{copied.value}</p>
        </div>
      )}
    </div>
  );
}
