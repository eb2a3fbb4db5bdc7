import type { AppEvent } from "../app/machine.js";
import type { BranchModel, EndModel, SeatModel, TranscriptModel } from "../models/index.js";
import { Branches } from "./Branches.js";
import { Transcript } from "./Transcript.js";

/**
 * The end screen's what-if (loaded with the end screen, not the first page): the lines played so far side by
 * side, and the transcript with "Play on from here" on each move.
 */
export function WhatIf({
  branches,
  end,
  transcript,
  seats,
  send,
}: {
  branches: readonly BranchModel[];
  end: EndModel;
  transcript: TranscriptModel;
  seats: readonly SeatModel[];
  send: (event: AppEvent) => void;
}) {
  return (
    <>
      <Branches branches={branches} end={end} onForget={() => send({ type: "FORGET_BRANCHES" })} />
      <details class="end-transcript">
        <summary>The transcript: play on from any move</summary>
        <p class="hint">
          Each move has a "Play on from here" button: the game goes back to just after that move and you
          choose again. The line you leave is kept beside the new one.
        </p>
        <Transcript
          transcript={transcript}
          seats={seats}
          focusNewest={0}
          onPlayFrom={(at) => send({ type: "PLAY_FROM", at })}
        />
      </details>
    </>
  );
}
