import type { ClassGameModel } from "../models/index.js";
import { percent } from "./format.js";
import { TableScroll } from "./TableScroll.js";

function meetingText(m: ClassGameModel["meetings"][number]): string {
  if (m.result === null) return "Not held";
  return `${m.result}; ${m.followUp === true ? "follow-up agreed" : "no follow-up"}`;
}

/** One row per game of the class: who played, each meeting, the outcome, each party's utility, the fingerprint. */
export function ClassGames({ games }: { games: readonly ClassGameModel[] }) {
  const first = games[0];
  if (first === undefined) return null;
  // Only the page's own saves say who played which seat: the column shows when one game of the class does.
  const seatsKnown = games.some((g) => g.people !== null);
  return (
    <TableScroll label="The class's games">
      <table class="class-games" data-testid="class-games">
        <caption>The class's games, one row each (utility 0 to 100%)</caption>
        <thead>
          <tr>
            <th scope="col">Game</th>
            {seatsKnown && <th scope="col">Played by people</th>}
            {first.meetings.map((m) => (
              <th scope="col" key={m.title}>
                {m.title}
              </th>
            ))}
            <th scope="col">Outcome</th>
            {first.utilities.map((u) => (
              <th scope="col" key={u.name}>
                {u.name}
              </th>
            ))}
            <th scope="col">Moves</th>
            <th scope="col">Fingerprint</th>
          </tr>
        </thead>
        <tbody>
          {games.map((g, i) => (
            <tr key={`${i}:${g.name}`} data-testid="class-game">
              <th scope="row" class="game-name">
                {g.name}
              </th>
              {seatsKnown && (
                <td>{g.people === null ? "not in the file" : g.people.join(", ") || "none (bots only)"}</td>
              )}
              {g.meetings.map((m) => (
                <td key={m.title}>{meetingText(m)}</td>
              ))}
              <td data-testid="class-outcome" data-outcome={g.outcomeKey}>
                {g.outcome}
              </td>
              {g.utilities.map((u) => (
                <td key={u.name}>{percent(u.utility)}</td>
              ))}
              <td>{g.moveCount}</td>
              <td>
                <code data-testid="class-fingerprint">{g.fingerprint}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
