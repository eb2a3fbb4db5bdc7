import type { Writable } from "node:stream";
import { SingleBar } from "cli-progress";

/** How far a run has got, shown while it runs. */
export interface Progress {
  /** `games` more games are done. */
  advance(games: number): void;
  /** Takes the bar off the screen (before the report is printed). */
  stop(): void;
}

const silent: Progress = { advance() {}, stop() {} };

/**
 * A progress bar on stderr when stderr is a terminal (cli-progress), nothing otherwise: a pipe, a file or a
 * script gets only the report. The bar shows numbers only, so nothing from a scenario reaches the terminal
 * unescaped.
 */
export function progressBar(stderr: Writable, total: number, unit = "games"): Progress {
  if ((stderr as Writable & { isTTY?: boolean }).isTTY !== true) return silent;
  const bar = new SingleBar({
    stream: stderr as NodeJS.WriteStream,
    format: `{bar} {percentage}% · {value}/{total} ${unit} · {eta_formatted} left`,
    barsize: 30,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  bar.start(total, 0);
  let done = 0;
  return {
    advance(games) {
      done += games;
      bar.update(done);
    },
    stop() {
      bar.stop();
    },
  };
}
