import { scenarioHash } from "../scenario/content-hash.js";
import type { ValidScenario } from "../scenario/schema.js";
import { grouped } from "../vocabulary/grouped.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { RULES_VERSION } from "../vocabulary/version.js";
import { recordClass, type SimulationReport, simulationReport } from "./report.js";
import type { PlayError, Seats } from "./seats.js";
import { botNames, MAX_SIMULATION_GAMES, simulateSummary } from "./simulate.js";
import { checkVaryPath, type VaryError, type VaryTarget, varyScenario } from "./vary.js";

/** Most values one sweep tries. */
export const MAX_SWEEP_STEPS = 101;

/** Which value a sweep varies, and over what: `steps` values evenly spaced from `from` to `to`, both included. */
export interface Variation {
  readonly path: string;
  readonly from: number;
  readonly to: number;
  readonly steps: number;
}

/** Why a sweep could not be run. */
export type SweepError = VaryError | PlayError;

/** Options of {@link sweep}. */
export interface SweepOptions {
  readonly vary: Variation;
  /** The same seeds at every value (common random numbers: differences come from the value, not the luck). */
  readonly seeds: { readonly base: string; readonly count: number };
  readonly bots?: Seats;
}

/** One value of a sweep and what the simulation found with it. */
export interface SweepPoint {
  readonly value: number;
  readonly report: SimulationReport;
}

/** What a sweep found: the scenario, the value varied, and a simulation per value. */
export interface SweepReport {
  readonly rulesVersion: string;
  /** The scenario as given (each point's report names the hash of its changed copy). */
  readonly scenario: { readonly id: string; readonly title: string; readonly hash: string };
  /** The canonical path of the value varied, and the value the scenario gives it. */
  readonly path: string;
  readonly baseline: number;
  readonly from: number;
  readonly to: number;
  readonly steps: number;
  /** The historical record's class (of the scenario as given), which each point counts; null without one. */
  readonly record: string | null;
  readonly points: readonly SweepPoint[];
}

/**
 * The values of a sweep: `steps` evenly spaced from `from` to `to`, both included, each rounded to 12
 * significant digits (so that 0.1 + 0.2 is 0.3). One step needs `from = to`.
 */
export function sweepValues(vary: Omit<Variation, "path">): Result<number[], VaryError> {
  const { from, to, steps } = vary;
  const bad = (message: string) => err<VaryError>({ code: "bad-path", message });
  if (!Number.isFinite(from) || !Number.isFinite(to)) return bad("A sweep runs between two finite numbers.");
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_SWEEP_STEPS)
    return bad(`A sweep takes from 1 to ${MAX_SWEEP_STEPS} steps; got ${steps}.`);
  if (steps === 1 && from !== to) return bad("A sweep from one value to another takes at least 2 steps.");
  return ok(
    Array.from({ length: steps }, (_, i) => {
      const value = i === steps - 1 ? to : from + ((to - from) * i) / (steps - 1);
      return Number(value.toPrecision(12));
    }),
  );
}

/**
 * The changed scenarios of a sweep, one per value, each checked by `parseScenario` (see `varyScenario`); the
 * first value that gives no valid scenario stops it with the problems.
 */
export function sweepScenarios(
  scenario: ValidScenario,
  vary: Variation,
): Result<{ readonly value: number; readonly scenario: ValidScenario }[], VaryError> {
  const path = checkVaryPath(scenario, vary.path);
  if (!path.ok) return path;
  const values = sweepValues(vary);
  if (!values.ok) return values;
  const out: { value: number; scenario: ValidScenario }[] = [];
  for (const value of values.value) {
    const changed = varyScenario(scenario, vary.path, value);
    if (!changed.ok) return changed;
    out.push({ value, scenario: changed.value });
  }
  return ok(out);
}

/**
 * Varies one value of a scenario (a reservation, a trust, a type's probability…) over a range and simulates
 * each value with the same seeds: how the outcome classes move, i.e. which assumptions a result hangs on.
 * Every changed scenario is checked before any game is played. At most {@link MAX_SIMULATION_GAMES} games
 * in all (steps × games).
 */
export function sweep(scenario: ValidScenario, options: SweepOptions): Result<SweepReport, SweepError> {
  const vary = (options as Partial<SweepOptions> | undefined)?.vary;
  if (vary === undefined)
    return err({ code: "bad-options", message: "Say what to vary: { path, from, to, steps }." });
  const points = sweepScenarios(scenario, vary);
  if (!points.ok) return points;
  const count = options.seeds?.count;
  if (typeof count === "number" && count * points.value.length > MAX_SIMULATION_GAMES)
    return err({
      code: "bad-options",
      message: `A sweep plays at most ${grouped(MAX_SIMULATION_GAMES)} games (steps × games).`,
    });
  const target = checkVaryPath(scenario, vary.path);
  if (!target.ok) return target;
  const record = recordClass(scenario);
  const bots = botNames(scenario, options.bots);
  const reports: SweepPoint[] = [];
  for (const point of points.value) {
    const summary = simulateSummary(point.scenario, {
      seeds: options.seeds,
      ...(options.bots ? { bots: options.bots } : {}),
    });
    if (!summary.ok) return summary;
    reports.push({
      value: point.value,
      report: simulationReport(point.scenario, summary.value, bots, record),
    });
  }
  return ok({
    ...sweepHeader(scenario, vary, target.value, record),
    points: reports,
  });
}

/** Everything of a {@link SweepReport} but its points. */
export function sweepHeader(
  scenario: ValidScenario,
  vary: Variation,
  target: VaryTarget,
  record: string | null,
): Omit<SweepReport, "points"> {
  return {
    rulesVersion: RULES_VERSION,
    scenario: { id: scenario.id, title: scenario.title, hash: scenarioHash(scenario) },
    path: target.path,
    baseline: target.value,
    from: vary.from,
    to: vary.to,
    steps: vary.steps,
    record,
  };
}
