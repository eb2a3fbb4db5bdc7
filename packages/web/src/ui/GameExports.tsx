import { useSignal } from "@preact/signals";
import { replayAddress } from "../app/storage.js";
import type { EndModel, TranscriptModel } from "../models/index.js";
import { downloadBlob, gameFileBase } from "./download.js";
import { transcriptMarkdown } from "./markdown.js";

/** Offers `text` as a file to download, named `name`. */
function download(name: string, type: string, text: string): void {
  downloadBlob(name, new Blob([text], { type }));
}

/** The game to keep: its fingerprint, its replay link, the transcript as Markdown and the save file. */
export function GameExports({
  end,
  replay,
  transcript,
}: {
  end: EndModel;
  replay: string | null;
  transcript: TranscriptModel;
}) {
  const copied = useSignal("");
  const link = replay === null ? null : replayAddress(replay);
  const base = gameFileBase(end.scenarioId, end.seed);
  return (
    <section class="game-exports" aria-labelledby="debrief-keep-h">
      <h2 id="debrief-keep-h">Keep this game</h2>
      <p class="fingerprint">
        Game fingerprint: <code data-testid="fingerprint">{end.fingerprint}</code> after {end.moveCount}{" "}
        moves. The same scenario, seed and moves always give the same fingerprint.
      </p>
      <div class="actions">
        <button
          type="button"
          onClick={() => download(`${base}.md`, "text/markdown", transcriptMarkdown(end, transcript))}
        >
          Download the transcript (Markdown)
        </button>
        <button
          type="button"
          onClick={() => download(`${base}.parley.json`, "application/json", end.gameSave)}
        >
          Download the save file
        </button>
      </div>
      <p class="hint">
        The save file opens in the terminal game: <code>parley replay --save {base}.parley.json</code>.
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
    </section>
  );
}
