import "./jitless.js";
import {
  botNames,
  type GameState,
  gamesReport,
  mergeSummaries,
  type SimulationSummary,
  simulateSummary,
  simulationReport,
  type ValidScenario,
} from "@parley/engine";
import type { SpreadFigures } from "../models/index.js";
import { spreadFigures } from "./class.js";

/**
 * The figures beside a class: its own games summed up (`gamesReport`), and a simulation of its scenario with
 * bots played in consecutive chunks whose summaries merge exactly (`simulateSummary`, `mergeSummaries`), so
 * that the figures of a run stopped halfway are those of the games it played.
 */

/** The scenario of a class, as the worker keeps it. */
export type ClassScenario = ValidScenario;

/** A simulation's running summary (the engine's, plain data). */
export type RunningSummary = SimulationSummary;

/** The figures of a class's games; null without games. */
export function classFigures(scenario: ClassScenario, states: readonly GameState[]): SpreadFigures | null {
  const report = gamesReport(states);
  return report.ok ? spreadFigures(report.value, scenario) : null;
}

/** A chunk played and folded into the run so far, with the figures of all its games. */
export type ChunkPlayed =
  | { readonly ok: true; readonly summary: RunningSummary; readonly figures: SpreadFigures }
  | { readonly ok: false; readonly message: string };

/**
 * Plays games `start` to `start + count − 1` of a simulation (game k seeded `${base}:k`, every seat its
 * default bot) and folds them into `sofar`, the summary of the games before them.
 */
export function playChunk(
  scenario: ClassScenario,
  sofar: RunningSummary | null,
  seeds: { readonly base: string; readonly start: number; readonly count: number },
): ChunkPlayed {
  const chunk = simulateSummary(scenario, { seeds });
  if (!chunk.ok) return { ok: false, message: chunk.error.message };
  const merged = sofar === null ? chunk : mergeSummaries(sofar, chunk.value);
  if (!merged.ok) return { ok: false, message: merged.error.message };
  const report = simulationReport(scenario, merged.value, botNames(scenario));
  return { ok: true, summary: merged.value, figures: spreadFigures(report, scenario) };
}
