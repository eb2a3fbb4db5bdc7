import { createMatch, matchTurn, outcome, RESULT_KINDS, reduceMatch, type SeatPlayer } from "@parley/engine";
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
  const seats: Record<string, SeatPlayer> = Object.fromEntries(seatsFromFlags(scenario, options.bots));
  const results: Record<string, number> = Object.fromEntries(RESULT_KINDS.map((r) => [r, 0]));
  const sums: Record<string, number> = Object.fromEntries(scenario.actors.map((a) => [a.id, 0]));
  for (let seed = 0; seed < options.seeds; seed++) {
    const started = createMatch(scenario, { seed, seats });
    if (!started.ok) throw new UserError(started.error.message);
    let match = started.value;
    while (matchTurn(match) !== null) {
      const next = reduceMatch(match, { type: "bot", version: match.version });
      if (!next.ok) throw new UserError(next.error.message);
      match = next.value.match;
    }
    const result = outcome(match.state);
    results[result.overall] = (results[result.overall] ?? 0) + 1;
    for (const actor of scenario.actors)
      sums[actor.id] = (sums[actor.id] ?? 0) + (result.utilities[actor.id] ?? 0);
  }
  const meanUtility = Object.fromEntries(
    scenario.actors.map((a) => [a.id, (sums[a.id] ?? 0) / options.seeds]),
  );
  if (options.json) {
    out.json({ scenario: scenario.id, games: options.seeds, results, meanUtility });
    return 0;
  }
  out.line(`${scenario.title}: ${options.seeds} games`);
  for (const [result, count] of Object.entries(results)) {
    const share = (100 * count) / options.seeds;
    out.line(`  ${result.padEnd(22)} ${String(count).padStart(6)}  ${share.toFixed(1).padStart(5)}%`);
  }
  out.line("Mean utility:");
  for (const actor of scenario.actors)
    out.line(`  ${actor.name.padEnd(28)} ${(meanUtility[actor.id] ?? 0).toFixed(3)}`);
  if (scenario.history !== undefined) out.line(`What really happened: ${scenario.history.outcome.overall}.`);
  return 0;
}
