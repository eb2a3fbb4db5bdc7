import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import type { SeatModel, TranscriptModel } from "../models/index.js";
import { longDate } from "./format.js";

interface Props {
  readonly transcript: TranscriptModel;
  readonly seats: readonly SeatModel[];
  /** When this number changes, focus goes to the newest line (after the player's own move). */
  readonly focusNewest: number;
  /**
   * When given, each move's line but the last has a "Play on from here" button that goes back to the game
   * after that move (the end screen's what-if).
   */
  readonly onPlayFrom?: (move: number) => void;
}

const EVERYONE = "";
const EVENTS = "(events)";

/** A line's button to go back to the game after its move and play on. */
function PlayFrom({ move, onPlayFrom }: { move: number; onPlayFrom: (move: number) => void }) {
  return (
    <button type="button" class="quiet play-from" onClick={() => onPlayFrom(move)}>
      Play on from here<span class="visually-hidden"> (after move {move})</span>
    </button>
  );
}

/**
 * The record of the talks as a live region: new lines are read out politely. A filter shows one
 * delegation's lines (or only what happened); meetings have headings.
 */
export function Transcript({ transcript, seats, focusNewest, onPlayFrom }: Props) {
  const filter = useSignal(EVERYONE);
  const newest = useRef<HTMLLIElement>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusNewest > 0) newest.current?.focus();
  }, [focusNewest]);

  useEffect(() => {
    const el = box.current;
    if (el !== null) el.scrollTop = el.scrollHeight;
  }, [transcript.lineCount, filter.value]);

  const lastMove = Math.max(0, ...transcript.meetings.flatMap((m) => m.lines.map((l) => l.move ?? 0)));
  const shown = (actor: string | null) =>
    filter.value === EVERYONE || (filter.value === EVENTS ? actor === null : actor === filter.value);

  return (
    <div class="transcript">
      <div class="field inline">
        <label for="transcript-filter">Show</label>
        <select
          id="transcript-filter"
          value={filter.value}
          onChange={(e) => {
            filter.value = e.currentTarget.value;
          }}
        >
          <option value={EVERYONE}>Every line</option>
          {seats.map((s) => (
            <option value={s.id} key={s.id}>
              {s.name} only
            </option>
          ))}
          <option value={EVENTS}>What happened (no moves)</option>
        </select>
      </div>
      <div
        class="transcript-lines"
        ref={box}
        role="log"
        aria-live="polite"
        aria-label="Transcript"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        tabIndex={0}
      >
        {transcript.meetings.map((m) => (
          <section key={m.id} aria-label={m.title}>
            <h3 class="meeting-header">
              {m.title}{" "}
              <span class="meeting-when">
                {longDate(m.date)}, {m.venue}
              </span>
            </h3>
            <ol>
              {m.lines
                .filter((l) => shown(l.actor))
                .map((l) => (
                  <li
                    key={l.n}
                    {...(l.n === transcript.lineCount ? { ref: newest, tabIndex: -1 } : {})}
                    class={l.actor === null ? "line event" : "line"}
                    data-actor={l.actor ?? undefined}
                  >
                    <span class="minute">{l.minute}′</span> {l.text}
                    {l.quote !== null && (
                      <span class="quote">
                        <q>{l.quote.text}</q> — {l.quote.speaker}
                      </span>
                    )}
                    {onPlayFrom !== undefined && l.move !== null && l.move < lastMove && (
                      <PlayFrom move={l.move} onPlayFrom={onPlayFrom} />
                    )}
                  </li>
                ))}
            </ol>
          </section>
        ))}
      </div>
    </div>
  );
}
