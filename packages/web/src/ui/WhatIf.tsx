import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import type { AppEvent } from "../app/machine.js";
import type { BranchModel, EndModel, SeatModel, TranscriptModel } from "../models/index.js";
import { Branches } from "./Branches.js";
import { Transcript } from "./Transcript.js";

/**
 * The end screen's what-if (loaded with the end screen, not the first page): the lines played so far side by
 * side, and the transcript with "Play on from here" on each move. A recorded game (a replay link) is not the
 * reader's to play on: its transcript is shown without the buttons.
 */
export function WhatIf({
  branches,
  end,
  transcript,
  seats,
  canPlayOn,
  send,
}: {
  branches: readonly BranchModel[];
  end: EndModel;
  transcript: TranscriptModel;
  seats: readonly SeatModel[];
  canPlayOn: boolean;
  send: (event: AppEvent) => void;
}) {
  const forgotten = useSignal(false);
  const notice = useRef<HTMLParagraphElement>(null);
  // The list and its button leave the page when forgotten: focus goes to the sentence that says so.
  useEffect(() => {
    if (forgotten.value) notice.current?.focus();
  }, [forgotten.value]);
  return (
    <>
      <Branches
        branches={branches}
        end={end}
        onForget={() => {
          send({ type: "FORGET_BRANCHES" });
          forgotten.value = true;
        }}
      />
      {forgotten.value && branches.length === 0 && (
        <p class="hint" role="status" tabIndex={-1} ref={notice}>
          The earlier lines are forgotten.
        </p>
      )}
      <details class="end-transcript">
        <summary>{canPlayOn ? "The transcript: play on from any move" : "The transcript"}</summary>
        {canPlayOn && (
          <p class="hint">
            Each move has a "Play on from here" button: the game goes back to just after that move and you
            choose again. The line you leave is kept beside the new one.
          </p>
        )}
        <Transcript
          transcript={transcript}
          seats={seats}
          focusNewest={0}
          {...(canPlayOn ? { onPlayFrom: (at: number) => send({ type: "PLAY_FROM", at }) } : {})}
        />
      </details>
    </>
  );
}
