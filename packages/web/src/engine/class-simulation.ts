import "./jitless.js";
import {
  botNames,
  type GameState,
  gamesReport,
  mergeSummaries,
  type SimulationSummary,
  scenarioHash,
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

/**
 * The version of a scenario (the engine's content hash): `gamesReport` sums up only games of one version, so
 * a class takes only games of its first game's version.
 */
export function scenarioVersion(scenario: ClassScenario): string {
  return scenarioHash(scenario);
}

/** The figures of a class's games (null without games), or why the engine could not sum them up. */
export type ClassFigures =
  | { readonly ok: true; readonly figures: SpreadFigures | null }
  | { readonly ok: false; readonly message: string };

/** The figures of a class's games: none without games; the engine's reason if it refuses to sum them up. */
export function classFigures(scenario: ClassScenario, states: readonly GameState[]): ClassFigures {
  if (states.length === 0) return { ok: true, figures: null };
  const report = gamesReport(states);
  if (!report.ok) return { ok: false, message: report.error.message };
  return { ok: true, figures: spreadFigures(report.value, scenario) };
}

/** A chunk played and folded into the run so far, with the figures of all its games. */
export type ChunkPlayed =
  | { readonly ok: true; readonly summary: RunningSummary; readonly figures: SpreadFigures }
  | { readonly ok: false; readonly message: string };

/**
 * Plays games `start` to `start + count − 1` of a simulation (game k seeded `${base}:k`, every seat its
 * default bot) and folds them into `sofar`, the summary of the games before them.
 */
export function extendSimulation(
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
