import { analyze as analyzeScenario, type Package } from "@parley/engine";
import { UserError } from "../errors.js";
import type { Output } from "../io.js";
import { loadScenario } from "../load.js";

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
export function analyze(out: Output, scenarioArg: string, options: { json: boolean }): number {
  const scenario = loadScenario(scenarioArg);
  const result = analyzeScenario(scenario);
  if (!result.ok) throw new UserError(`Cannot analyse ${scenario.id}: ${result.error.message}`);
  const a = result.value;
  if (options.json) {
    out.json(a);
    return 0;
  }
  out.line(`${scenario.title}: ${a.packages} packages over ${a.actors.join(", ")}`);
  out.line();
  out.line("Zone of possible agreement, issue by issue:");
  for (const zone of a.zopa) {
    out.line(`  ${zone.issue}: ${zone.zone.length > 0 ? zone.zone.join(", ") : `empty — ${zone.why ?? ""}`}`);
  }
  out.line();
  out.line(`Pareto frontier: ${a.frontier.length} packages`);
  out.lines(
    a.nash.ok
      ? [`Nash point: ${pkg(a.nash.value.package)}`, `  ${utilities(a.nash.value.utilities)}`]
      : [`Nash point: none (${a.nash.error.message})`],
  );
  out.lines(
    a.kalaiSmorodinsky.ok
      ? [
          `Kalai–Smorodinsky point: ${pkg(a.kalaiSmorodinsky.value.package)}`,
          `  ${utilities(a.kalaiSmorodinsky.value.utilities)}`,
        ]
      : [`Kalai–Smorodinsky point: none (${a.kalaiSmorodinsky.error.message})`],
  );
  out.line(`Maximum social welfare ${a.maxWelfare.welfare.toFixed(3)}: ${pkg(a.maxWelfare.package)}`);
  if (a.record !== null) {
    out.line();
    out.line(
      `The historical outcome: welfare ${a.record.welfare.toFixed(3)}, ${a.record.distanceToFrontier.toFixed(3)} from the Pareto frontier`,
    );
  }
  return 0;
}
