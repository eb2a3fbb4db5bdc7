import { runBatch } from "@parley/engine";
import { UserError } from "../errors.js";
import type { Output } from "../io.js";
import { loadScenario } from "../load.js";
import { seatsFromFlags } from "../seats.js";

/** `parley simulate SCENARIO [--seeds N] [--bot ACTOR=BOT] [--json]`: outcome frequencies and mean utilities. */
export function simulate(
  out: Output,
  scenarioArg: string,
  options: { seeds: number; bots: readonly string[]; json: boolean },
): number {
  const scenario = loadScenario(scenarioArg);
  const seeds = Array.from({ length: options.seeds }, (_, i) => i);
  const bots = Object.fromEntries(seatsFromFlags(scenario, options.bots, "simulate"));
  const report = runBatch(scenario, { seeds, bots });
  if (!report.ok) throw new UserError(report.error.message);
  const { results, meanUtility } = report.value;
  if (options.json) {
    out.json({ scenario: scenario.id, games: options.seeds, results, meanUtility });
    return 0;
  }
  out.line(`${scenario.title}: ${options.seeds} games`);
  for (const [result, count] of Object.entries(results)) {
    const share = (100 * count) / options.seeds;
    out.line(`  ${result.padEnd(18)} ${String(count).padStart(6)}  ${share.toFixed(1).padStart(5)}%`);
  }
  out.line("Mean utility:");
  for (const actor of scenario.actors)
    out.line(`  ${actor.name.padEnd(28)} ${(meanUtility[actor.id] ?? 0).toFixed(3)}`);
  if (scenario.history !== undefined) out.line(`What really happened: ${scenario.history.outcome.overall}.`);
  return 0;
}
