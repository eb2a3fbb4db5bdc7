import { MAX_STORED_BRANCHES, replayAddress } from "../app/storage.js";
import type { BranchModel, EndModel } from "../models/index.js";
import { percent } from "./format.js";
import { TableScroll } from "./TableScroll.js";

/**
 * The lines of this game side by side: each earlier line the player went back from (a what-if), with its
 * replay link, and this one. Shown once there is more than one line.
 */
export function Branches({
  branches,
  end,
  onForget,
}: {
  branches: readonly BranchModel[];
  end: EndModel;
  /** Forgets the earlier lines (here and in the page's storage). */
  onForget: () => void;
}) {
  if (branches.length === 0) return null;
  return (
    <section class="branches" aria-labelledby="debrief-branches-h">
      <h2 id="debrief-branches-h">The lines you played</h2>
      <TableScroll label="The lines you played, side by side">
        <table class="branches-table">
          <caption>Each line's outcome and each party's utility</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Outcome</th>
              {end.actors.map((a) => (
                <th scope="col" key={a.id}>
                  {a.name}
                </th>
              ))}
              <th scope="col">Replay</th>
            </tr>
          </thead>
          <tbody>
            {branches.map((b) => (
              <tr key={b.number}>
                <th scope="row">
                  Line {b.number}: {b.moveCount} moves
                </th>
                <td>{b.overall}</td>
                {b.utilities.map((u) => (
                  <td key={u.name}>{percent(u.utility)}</td>
                ))}
                <td>
                  {b.replay === null ? (
                    "—"
                  ) : (
                    <a href={replayAddress(b.replay)} target="_blank" rel="noopener">
                      Replay line {b.number} (in a new tab)
                    </a>
                  )}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">
                This line: {end.moveCount} moves, from move {branches[branches.length - 1]?.from ?? 0}
              </th>
              <td>{end.overall}</td>
              {end.actors.map((a) => (
                <td key={a.id}>{percent(a.utility)}</td>
              ))}
              <td>Above</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <p class="hint">
        This list is kept in this browser with your game, so a reload keeps it (the newest{" "}
        {MAX_STORED_BRANCHES} lines).
      </p>
      <button type="button" onClick={onForget}>
        Forget the earlier lines
      </button>
    </section>
  );
}
