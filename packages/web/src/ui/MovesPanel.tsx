import { useEffect, useRef } from "preact/hooks";
import type { MovesModel, UnavailableMoveModel } from "../models/index.js";

/** Kinds of move that share a reason, listed together under it: "Propose, Accept the proposal: …". */
function byReason(unavailable: readonly UnavailableMoveModel[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const u of unavailable) groups.set(u.reason, [...(groups.get(u.reason) ?? []), u.label]);
  return [...groups];
}

interface Props {
  readonly moves: MovesModel;
  /** Whether the player may play now (false while the last move is being sent). */
  readonly enabled: boolean;
  /** Whether focus should land on the first move when the panel appears. */
  readonly takeFocus: boolean;
  readonly onPlay: (moveId: string) => void;
}

/**
 * The player's moves grouped by kind, each button's text the move's full label. One tab stop for the whole
 * list: arrow keys move between moves, Home and End jump, a number key picks the move with that number,
 * Enter or Space plays the focused move. Moves that cannot be played now are listed below with the reason.
 */
export function MovesPanel({ moves, enabled, takeFocus, onPlay }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const flat = moves.groups.flatMap((g) => g.moves);

  const buttons = (): HTMLButtonElement[] =>
    Array.from(list.current?.querySelectorAll("button[data-move]") ?? []);

  const focusAt = (index: number) => {
    const all = buttons();
    if (all.length === 0) return;
    const target = all[(index + all.length) % all.length];
    for (const b of all) b.tabIndex = b === target ? 0 : -1;
    target?.focus();
  };

  useEffect(() => {
    if (takeFocus && enabled) focusAt(0);
  }, [takeFocus, enabled, moves]);

  const onKeyDown = (event: KeyboardEvent) => {
    const all = buttons();
    const current = all.indexOf(document.activeElement as HTMLButtonElement);
    if (current === -1) return;
    let next: number | null = null;
    if (event.key === "ArrowDown" || event.key === "ArrowRight") next = current + 1;
    else if (event.key === "ArrowUp" || event.key === "ArrowLeft") next = current - 1;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = all.length - 1;
    else if (/^[1-9]$/.test(event.key) && Number(event.key) <= all.length) next = Number(event.key) - 1;
    if (next === null) return;
    event.preventDefault();
    focusAt(next);
  };

  let n = 0;
  return (
    <div class="moves-panel">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the key handler serves the buttons inside */}
      <div ref={list} class="move-groups" onKeyDown={onKeyDown}>
        {moves.groups.map((group) => (
          <section class="move-group" key={group.group} aria-labelledby={`group-${group.group}`}>
            <h3 id={`group-${group.group}`}>{group.title}</h3>
            <ul>
              {group.moves.map((move) => {
                n++;
                const number = n;
                return (
                  <li key={move.id}>
                    <button
                      type="button"
                      class="move"
                      data-move={move.id}
                      tabIndex={number === 1 ? 0 : -1}
                      disabled={!enabled}
                      aria-keyshortcuts={number <= 9 ? String(number) : undefined}
                      onClick={() => onPlay(move.id)}
                    >
                      <span class="move-number" aria-hidden="true">
                        {number <= 9 ? number : ""}
                      </span>
                      <span class="move-label">{move.label}</span>
                      <span class="move-minutes"> · {move.minutes} min</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
      {flat.length === 0 && <p>No move is open to you.</p>}
      {moves.unavailable.length > 0 && (
        <section class="unavailable" aria-labelledby="unavailable-h">
          <h3 id="unavailable-h">Not open to you now</h3>
          <ul>
            {byReason(moves.unavailable).map(([reason, labels]) => (
              <li key={reason}>
                <span class="unavailable-labels">{labels.join(", ")}</span>: {reason}.
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
