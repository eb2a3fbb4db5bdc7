/** The bench's figures, as one object (`--json`) and as a text report with ratios and targets. */
import type { SaveBytes, StateBytes } from "./memory.js";
import type { SoakFigures } from "./soak.js";
import type { PerImpl } from "./throughput.js";

export interface Report {
  readonly mode: string;
  /** How the bench ran: the TypeScript sources under tsx, or JavaScript built with tsc. */
  readonly runtime: "tsx" | "built";
  readonly machine: {
    readonly node: string;
    readonly cpu: string;
    readonly cores: number;
    readonly date: string;
    /** Load averages (1, 5, 15 minutes) when the run started and when it ended. */
    readonly loadStart: readonly number[];
    readonly loadEnd: readonly number[];
  };
  readonly scenario: string;
  readonly playoutsPerSec: PerImpl;
  readonly playoutsPerSecSecurityWeek: PerImpl;
  readonly movesPerGame: { readonly nrc: number; readonly week: number };
  readonly applyMovePerSec: PerImpl;
  readonly legalMovesPerSec: PerImpl;
  readonly createGamePerSec: PerImpl;
  readonly stateBytes: StateBytes | null;
  readonly savedGame: { readonly nrc: SaveBytes; readonly week: SaveBytes } | null;
  readonly batch: {
    readonly core1PerSec: number;
    readonly core2PerSec: number;
    readonly plain1PerSec: number;
    readonly plain2PerSec: number;
  } | null;
  readonly soak: SoakFigures | null;
  readonly seconds: number;
}

/**
 * The model-1 engine's ratios (BENCHMARKS.md of 2026-11-23), which issue 9's targets start from: the hot
 * path's playouts 8.7× slower than the plain reducer's, the public API's 2.9× boardgame.io's, and the public
 * `createGame` 8.4× slower than the plain reducer's `initPlain`.
 */
export const MODEL_1 = { coreVsPlain: 8.7, apiVsBgio: 2.9, createVsPlain: 8.4 } as const;

/** Heap growth after collection that the soak allows between its 1,000th game and its last. */
export const SOAK_ALLOWANCE = 1024 * 1024;

interface Target {
  readonly name: string;
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

/** The soak's heap growth after collection, from the reading at 1,000 games (or its first after 0) to its last. */
export function soakGrowth(soak: SoakFigures): { from: number; to: number; growth: number } {
  const after = soak.heap.filter((p) => p.games > 0);
  const first = after.find((p) => p.games >= 1000) ?? after[0];
  const last = after[after.length - 1];
  if (first === undefined || last === undefined) return { from: 0, to: 0, growth: 0 };
  return { from: first.games, to: last.games, growth: last.bytes - first.bytes };
}

/** Issue 9's speed targets and issue 13's soak, checked against a report. */
export function targets(r: Report): Target[] {
  const coreVsPlain = r.playoutsPerSec.plain / r.playoutsPerSec.core;
  const weekCoreVsPlain = r.playoutsPerSecSecurityWeek.plain / r.playoutsPerSecSecurityWeek.core;
  const apiVsBgio = r.playoutsPerSec.api / r.playoutsPerSec.boardgameio;
  const weekApiVsBgio = r.playoutsPerSecSecurityWeek.api / r.playoutsPerSecSecurityWeek.boardgameio;
  const createVsPlain = r.createGamePerSec.plain / r.createGamePerSec.api;
  const out: Target[] = [
    {
      name: "playouts/s, simulation core vs plain reducer (NRC)",
      target: `within 4× of plain (model 1: ${MODEL_1.coreVsPlain}×)`,
      measured: `plain ${fixed(coreVsPlain, 1)}× faster (security week ${fixed(weekCoreVsPlain, 1)}×)`,
      met: coreVsPlain <= 4,
    },
    {
      name: "playouts/s, public API vs boardgame.io (NRC)",
      target: `≥ 10× boardgame.io (model 1: ${MODEL_1.apiVsBgio}×)`,
      measured: `${fixed(apiVsBgio, 1)}× (security week ${fixed(weekApiVsBgio, 1)}×)`,
      met: apiVsBgio >= 10,
    },
    {
      name: "createGame/s, public API (NRC)",
      target: `≥ 3× faster than model 1, measured against the plain reducer in the same run: within ${fixed(MODEL_1.createVsPlain / 3, 1)}× of plain (model 1: ${MODEL_1.createVsPlain}×)`,
      measured: `plain ${fixed(createVsPlain, 1)}× faster: ${fixed(MODEL_1.createVsPlain / createVsPlain, 1)}× model 1's ratio`,
      met: createVsPlain * 3 <= MODEL_1.createVsPlain,
    },
  ];
  if (r.savedGame !== null)
    out.push({
      name: "saved game (largest random NRC game)",
      target: "≤ 2 KB",
      measured: `${r.savedGame.nrc.parleyMax} bytes (security week ${r.savedGame.week.parleyMax})`,
      met: r.savedGame.nrc.parleyMax <= 2048,
    });
  if (r.soak !== null) {
    const g = soakGrowth(r.soak);
    out.push({
      name: `soak, ${r.soak.games.toLocaleString("en-US")} games in one process`,
      target: `heap after collection grows ≤ ${SOAK_ALLOWANCE / 1024 / 1024} MiB from game ${g.from.toLocaleString("en-US")} to the last`,
      measured: `${g.growth >= 0 ? "+" : ""}${fixed(g.growth / 1024, 0)} KiB`,
      met: g.growth <= SOAK_ALLOWANCE,
    });
  }
  return out;
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
    row(api ? "Parley, simulation core" : "Parley", x.core, x.plain, unit),
    ...(api ? [row("Parley, public API", x.api, x.plain, unit)] : []),
    row("plain reducer", x.plain, x.plain, unit),
    row("boardgame.io 0.50", x.boardgameio, x.plain, unit),
  ];
}

const loads = (xs: readonly number[]): string => xs.map((x) => x.toFixed(1)).join(", ");

function memoryLines(r: Report): string[] {
  if (r.stateBytes === null || r.savedGame === null) return [];
  const b = r.stateBytes;
  const nrc = r.savedGame.nrc;
  const week = r.savedGame.week;
  return [
    "",
    ...perImpl("Bytes per state as JSON (state's own data, NRC)", b.json, " B", false),
    ...perImpl("Heap bytes per private copy of a state (Parley: the core's fork)", b.copy, " B", false),
    "Heap bytes per state kept in a game's history (immutable states share structure)",
    row("Parley, public API", b.history.api, null, " B"),
    row("boardgame.io 0.50", b.history.boardgameio, null, " B"),
    "Saved game (the random games): Parley `serialize` vs boardgame.io's state as JSON",
    `  NRC: Parley mean ${fixed(nrc.parleyMean, 0)} B, max ${nrc.parleyMax} B (${fixed(nrc.meanMoves, 1)} moves); boardgame.io mean ${fixed(nrc.boardgameioMean, 0)} B (${fixed(nrc.boardgameioMean / nrc.parleyMean, 1)}×)`,
    `  security week: Parley mean ${fixed(week.parleyMean, 0)} B, max ${week.parleyMax} B (${fixed(week.meanMoves, 1)} moves); boardgame.io mean ${fixed(week.boardgameioMean, 0)} B`,
  ];
}

function batchLines(r: Report): string[] {
  if (r.batch === null) return [];
  const b = r.batch;
  return [
    "",
    "Batch throughput (random NRC games to their outcome, worker_threads)",
    row("core, 1 worker", b.core1PerSec, null, " games/s"),
    row("core, 2 workers", b.core2PerSec, null, " games/s"),
    row("plain, 1 worker", b.plain1PerSec, null, " games/s"),
    row("plain, 2 workers", b.plain2PerSec, null, " games/s"),
    `  scaling: core ${fixed(b.core2PerSec / b.core1PerSec, 2)}×, plain ${fixed(b.plain2PerSec / b.plain1PerSec, 2)}×`,
  ];
}

function soakLines(r: Report): string[] {
  if (r.soak === null) return [];
  const s = r.soak;
  const mib = (x: number) => `${fixed(x / 1024 / 1024, 2)} MiB`;
  return [
    "",
    `Soak: ${s.games.toLocaleString("en-US")} consecutive games through the public API in one process (${s.moves.toLocaleString("en-US")} moves, ${fixed(s.seconds, 0)} s)`,
    `  heap after collection: ${s.heap.map((p) => `${p.games.toLocaleString("en-US")}: ${mib(p.bytes)}`).join("; ")}`,
  ];
}

export function textReport(r: Report): string {
  const lines = [
    `Parley bench (${r.mode}, ${r.runtime === "built" ? "JavaScript built with tsc" : "TypeScript under tsx"}): ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}, ${r.machine.date}`,
    `Load average at the start ${loads(r.machine.loadStart)}; at the end ${loads(r.machine.loadEnd)}.`,
    `Scenario ${r.scenario}; random games average ${fixed(r.movesPerGame.nrc, 1)} moves (security week ${fixed(r.movesPerGame.week, 1)}).`,
    "Ratios are to the plain hand-written reducer, measured in the same run.",
    "",
    ...perImpl("Random playouts per second (NRC)", r.playoutsPerSec),
    ...perImpl("Random playouts per second (security week)", r.playoutsPerSecSecurityWeek),
    ...perImpl("applyMove per second (NRC)", r.applyMovePerSec),
    ...perImpl("legalMoves per second (NRC; boardgame.io: the game's ai.enumerate)", r.legalMovesPerSec),
    ...perImpl("New games per second (NRC; boardgame.io: InitializeGame)", r.createGamePerSec),
    ...memoryLines(r),
    ...batchLines(r),
    ...soakLines(r),
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
