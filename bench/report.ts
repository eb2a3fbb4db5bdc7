/** The bench's figures, as one object (`--json`) and as a text report with ratios and targets. */
import type { SaveBytes, StateBytes } from "./memory.js";
import type { PerImpl } from "./throughput.js";

interface Duel {
  readonly parleyMean: number;
  readonly boardgameioMean: number;
  readonly meanUtilityDelta: number;
  readonly wins: number;
  readonly ties: number;
  readonly losses: number;
  readonly winShare: number;
}

export interface Report {
  readonly mode: string;
  readonly machine: {
    readonly node: string;
    readonly cpu: string;
    readonly cores: number;
    readonly date: string;
  };
  readonly scenario: string;
  readonly playoutsPerSec: PerImpl;
  readonly playoutsPerSecSecurityWeek: PerImpl;
  readonly movesPerGame: { readonly nrc: number; readonly week: number };
  readonly applyMovePerSec: PerImpl;
  readonly legalMovesPerSec: PerImpl;
  readonly createGamePerSec: PerImpl;
  readonly searchItersPerSec: { readonly parley: number; readonly boardgameio: number };
  readonly strengthVsBoardgameio: Duel & {
    readonly seat: string;
    readonly seeds: number;
    readonly budgetMs: number;
    readonly russia: Duel | null;
  };
  readonly savedGameBytes: number;
  readonly savedGame: { readonly nrc: SaveBytes; readonly week: SaveBytes };
  readonly stateBytes: StateBytes;
  readonly batch: {
    readonly workers1PerSec: number;
    readonly workers2PerSec: number;
    readonly controlPlainWorkers1PerSec: number;
    readonly controlPlainWorkers2PerSec: number;
  };
  readonly seconds: number;
}

/** The targets of the issue, checked against a report. */
export function targets(r: Report): { name: string; target: string; measured: string; met: boolean }[] {
  const vsBgio = r.playoutsPerSec.parley / r.playoutsPerSec.boardgameio;
  const vsPlain = r.playoutsPerSec.plain / r.playoutsPerSec.parley;
  const weekVsPlain = r.playoutsPerSecSecurityWeek.plain / r.playoutsPerSecSecurityWeek.parley;
  const weekVsBgio = r.playoutsPerSecSecurityWeek.parley / r.playoutsPerSecSecurityWeek.boardgameio;
  const s = r.strengthVsBoardgameio;
  return [
    {
      name: "playouts/s vs boardgame.io (NRC)",
      target: "Parley ≥ 10× boardgame.io",
      measured: `${fixed(vsBgio, 1)}× (security week ${fixed(weekVsBgio, 1)}×)`,
      met: vsBgio >= 10,
    },
    {
      name: "playouts/s vs plain reducer (NRC)",
      target: "Parley within 5× of plain",
      measured: `plain ${fixed(vsPlain, 1)}× faster (security week ${fixed(weekVsPlain, 1)}×)`,
      met: vsPlain <= 5,
    },
    {
      name: `mcts vs MCTSBot, ${s.seat}, ${s.budgetMs} ms/move`,
      target: "Parley wins ≥ 70% of seeds",
      measured: `${fixed(s.winShare * 100, 1)}% (${s.wins} won, ${s.ties} tied, ${s.losses} lost of ${s.seeds})`,
      met: s.winShare >= 0.7,
    },
    {
      name: "saved game (largest, default bots)",
      target: "≤ 2 KB",
      measured: `${r.savedGameBytes} bytes (security week ${r.savedGame.week.parleyMax})`,
      met: r.savedGameBytes <= 2048,
    },
  ];
}

function fixed(x: number, digits: number): string {
  return Number.isFinite(x) ? x.toFixed(digits) : String(x);
}

function count(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x >= 100) return Math.round(x).toLocaleString("en-US");
  return x.toPrecision(3);
}

/**
 * A row: the figure and its ratio to the plain reducer's; for a rate (`/s`) below the plain reducer's, also
 * how many times faster the plain reducer is.
 */
function row(label: string, value: number, plain: number | null, unit = "/s"): string {
  const figure = `${count(value)}${unit}`.padStart(16);
  if (plain === null) return `  ${label.padEnd(28)}${figure}`;
  const ratio = value / plain;
  const words = unit.endsWith("/s") && ratio < 1 ? `  (plain ${fixed(1 / ratio, 1)}× faster)` : "";
  return `  ${label.padEnd(28)}${figure}   ${fixed(ratio, 3).padStart(8)}× plain${words}`;
}

function perImpl(title: string, x: PerImpl, unit = "/s", api = true): string[] {
  return [
    title,
    row(api ? "Parley, hot path" : "Parley", x.parley, x.plain, unit),
    ...(api ? [row("Parley, public API", x.parleyApi, x.plain, unit)] : []),
    row("plain reducer", x.plain, x.plain, unit),
    row("boardgame.io 0.50", x.boardgameio, x.plain, unit),
  ];
}

export function textReport(r: Report): string {
  const s = r.strengthVsBoardgameio;
  const lines = [
    `Parley bench (${r.mode}): ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}, ${r.machine.date}`,
    `Scenario ${r.scenario}; random games average ${fixed(r.movesPerGame.nrc, 1)} moves (security week ${fixed(r.movesPerGame.week, 1)}).`,
    "Ratios are to the plain hand-written reducer, measured in the same run.",
    "",
    ...perImpl("Random playouts per second (NRC)", r.playoutsPerSec),
    ...perImpl("Random playouts per second (security week)", r.playoutsPerSecSecurityWeek),
    ...perImpl("applyMove per second (NRC)", r.applyMovePerSec),
    ...perImpl("legalMoves per second (NRC; boardgame.io: the game's ai.enumerate)", r.legalMovesPerSec),
    ...perImpl("New games per second (NRC; boardgame.io: InitializeGame)", r.createGamePerSec),
    "",
    "Search iterations per second (NRC, same positions; no plain search to compare with)",
    row("Parley mcts", r.searchItersPerSec.parley, null),
    row("boardgame.io MCTSBot", r.searchItersPerSec.boardgameio, null),
    `  ratio Parley / boardgame.io: ${fixed(r.searchItersPerSec.parley / r.searchItersPerSec.boardgameio, 2)}×`,
    "",
    `Strength at an equal time budget (NRC, seat ${s.seat}, ${s.budgetMs} ms per move, ${s.seeds} seeds, default bots elsewhere)`,
    `  mean utility: Parley mcts ${fixed(s.parleyMean, 4)}, boardgame.io MCTSBot ${fixed(s.boardgameioMean, 4)} (delta ${fixed(s.meanUtilityDelta, 4)})`,
    `  seeds: ${s.wins} won, ${s.ties} tied, ${s.losses} lost; Parley's share ${fixed(s.winShare * 100, 1)}% (a tie counts half)`,
    ...(s.russia === null
      ? []
      : [
          `  seat russia: mean ${fixed(s.russia.parleyMean, 4)} vs ${fixed(s.russia.boardgameioMean, 4)}; ${s.russia.wins} won, ${s.russia.ties} tied, ${s.russia.losses} lost; share ${fixed(s.russia.winShare * 100, 1)}%`,
        ]),
    "",
    ...perImpl("Bytes per state as JSON (state's own data)", r.stateBytes.json, " B", false),
    ...perImpl("Heap bytes per private copy of a state", r.stateBytes.copy, " B", false),
    "Heap bytes per state kept in a game's history (immutable states share structure)",
    row("Parley, public API", r.stateBytes.history.parleyApi, null, " B"),
    row("boardgame.io 0.50", r.stateBytes.history.boardgameio, null, " B"),
    "Saved game (default bots): Parley `serialize` vs boardgame.io's state as JSON",
    `  NRC: Parley mean ${fixed(r.savedGame.nrc.parleyMean, 0)} B, max ${r.savedGame.nrc.parleyMax} B (${fixed(r.savedGame.nrc.meanMoves, 1)} moves); boardgame.io mean ${fixed(r.savedGame.nrc.boardgameioMean, 0)} B (${fixed(r.savedGame.nrc.boardgameioMean / r.savedGame.nrc.parleyMean, 1)}×)`,
    `  security week: Parley mean ${fixed(r.savedGame.week.parleyMean, 0)} B, max ${r.savedGame.week.parleyMax} B (${fixed(r.savedGame.week.meanMoves, 1)} moves); boardgame.io mean ${fixed(r.savedGame.week.boardgameioMean, 0)} B`,
    "",
    "Batch throughput (NRC games of default bots through runBatch, worker_threads)",
    row("1 worker", r.batch.workers1PerSec, null, " games/s"),
    row("2 workers", r.batch.workers2PerSec, null, " games/s"),
    `  scaling ${fixed(r.batch.workers2PerSec / r.batch.workers1PerSec, 2)}×; control (plain reducer's random games): ${count(r.batch.controlPlainWorkers1PerSec)} → ${count(r.batch.controlPlainWorkers2PerSec)} games/s, ${fixed(r.batch.controlPlainWorkers2PerSec / r.batch.controlPlainWorkers1PerSec, 2)}×`,
    "",
    "Targets",
    ...targets(r).map(
      (t) => `  [${t.met ? "met" : "MISSED"}] ${t.name}: ${t.target}; measured ${t.measured}`,
    ),
    "",
    `(${fixed(r.seconds, 0)} s)`,
    "",
  ];
  return lines.join("\n");
}
