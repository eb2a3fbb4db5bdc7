import { runBatch } from "@parley/engine";
import { loadScenario, UserError } from "../load.js";
import { seatsFromFlags } from "../seats.js";

/** `parley simulate SCENARIO [--seeds N] [--bot ACTOR=BOT] [--json]`: outcome frequencies and mean utilities. */
export function simulate(
  scenarioArg: string,
  options: { seeds: number; bots: readonly string[]; json: boolean },
): number {
  const scenario = loadScenario(scenarioArg);
  const seeds = Array.from({ length: options.seeds }, (_, i) => i);
  const report = runBatch(scenario, { seeds, bots: seatsFromFlags(scenario, options.bots, "simulate") });
  if (!report.ok) throw new UserError(report.error.message);
  const { results, meanUtility } = report.value;
  if (options.json) {
    console.log(
      JSON.stringify({ scenario: scenario.id, games: options.seeds, results, meanUtility }, null, 2),
    );
    return 0;
  }
  console.log(`${scenario.title}: ${options.seeds} games`);
  for (const [result, count] of Object.entries(results)) {
    const share = (100 * count) / options.seeds;
    console.log(`  ${result.padEnd(18)} ${String(count).padStart(6)}  ${share.toFixed(1).padStart(5)}%`);
  }
  console.log("Mean utility:");
  for (const actor of scenario.actors)
    console.log(`  ${actor.name.padEnd(28)} ${(meanUtility[actor.id] ?? 0).toFixed(3)}`);
  if (scenario.history !== undefined)
    console.log(`What really happened: ${scenario.history.outcome.overall}.`);
  return 0;
}
