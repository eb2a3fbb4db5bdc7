import { analyze as analyzeScenario, type Package } from "@parley/engine";
import { loadScenario, UserError } from "../load.js";

function pkg(p: Package): string {
  return Object.entries(p)
    .map(([issue, option]) => `${issue}=${option}`)
    .join(", ");
}

function utilities(u: Readonly<Record<string, number>>): string {
  return Object.entries(u)
    .map(([actor, value]) => `${actor} ${value.toFixed(3)}`)
    .join(", ");
}

/** `parley analyze SCENARIO [--json]`: ZOPA per issue, Pareto frontier, Nash and Kalai–Smorodinsky points. */
export function analyze(scenarioArg: string, options: { json: boolean }): number {
  const scenario = loadScenario(scenarioArg);
  const result = analyzeScenario(scenario);
  if (!result.ok) throw new UserError(`Cannot analyse ${scenario.id}: ${result.error.message}`);
  const a = result.value;
  if (options.json) {
    console.log(JSON.stringify(a, null, 2));
    return 0;
  }
  console.log(`${scenario.title}: ${a.packages} packages over ${a.actors.join(", ")}`);
  console.log("\nZone of possible agreement, issue by issue:");
  for (const zone of a.zopa) {
    console.log(
      `  ${zone.issue}: ${zone.zone.length > 0 ? zone.zone.join(", ") : `empty — ${zone.why ?? ""}`}`,
    );
  }
  console.log(`\nPareto frontier: ${a.frontier.length} packages`);
  console.log(
    a.nash.ok
      ? `Nash point: ${pkg(a.nash.value.package)}\n  ${utilities(a.nash.value.utilities)}`
      : `Nash point: none (${a.nash.error.message})`,
  );
  console.log(
    a.kalaiSmorodinsky.ok
      ? `Kalai–Smorodinsky point: ${pkg(a.kalaiSmorodinsky.value.package)}\n  ${utilities(a.kalaiSmorodinsky.value.utilities)}`
      : `Kalai–Smorodinsky point: none (${a.kalaiSmorodinsky.error.message})`,
  );
  console.log(`Maximum social welfare ${a.maxWelfare.welfare.toFixed(3)}: ${pkg(a.maxWelfare.package)}`);
  if (a.record !== null) {
    console.log(
      `\nThe historical outcome: welfare ${a.record.welfare.toFixed(3)}, ${a.record.distanceToFrontier.toFixed(3)} from the Pareto frontier`,
    );
  }
  return 0;
}
