import {
  type AnalysisOptions,
  analyze as analyzeScenario,
  type Package,
  RED_LINE_MODES,
  type RedLineMode,
} from "@parley/engine";
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

/** Options of `parley analyze`, as typed. */
export interface AnalyzeFlags {
  readonly json: boolean;
  /** Comma-separated actor ids. */
  readonly actors: string | undefined;
  readonly track: string | undefined;
  readonly redLines: string | undefined;
}

function isRedLineMode(value: string): value is RedLineMode {
  return (RED_LINE_MODES as readonly string[]).includes(value);
}

function optionsFrom(flags: AnalyzeFlags): AnalysisOptions {
  if (flags.redLines !== undefined && !isRedLineMode(flags.redLines))
    throw new UserError(`--red-lines takes one of ${RED_LINE_MODES.join(", ")}; got '${flags.redLines}'.`);
  const actors = flags.actors
    ?.split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
  return {
    ...(actors === undefined ? {} : { actors }),
    ...(flags.track === undefined ? {} : { track: flags.track }),
    ...(flags.redLines === undefined ? {} : { redLines: flags.redLines as RedLineMode }),
  };
}

/**
 * `parley analyze SCENARIO [--json] [--actors A,B] [--track ID] [--red-lines respect|ignore|mark]`: ZOPA
 * per issue, Pareto frontier, Nash and Kalai–Smorodinsky points, for chosen actors and one meeting.
 */
export function analyze(out: Output, scenarioArg: string, flags: AnalyzeFlags): number {
  const scenario = loadScenario(scenarioArg);
  const result = analyzeScenario(scenario, optionsFrom(flags));
  if (!result.ok) throw new UserError(`Cannot analyse ${scenario.id}: ${result.error.message}`);
  const a = result.value;
  if (flags.json) {
    out.json(a);
    return 0;
  }
  out.line(`${scenario.title}: ${a.packages} packages over ${a.actors.join(", ")}`);
  out.line(
    `Issues that vary: ${a.issues.join(", ")}${a.track === null ? "" : ` (meeting ${a.track})`}; red lines: ${a.redLines}`,
  );
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
  const beyond = a.ignoringRedLines;
  if (beyond?.nash.ok)
    out.line(`Behind the red lines, the Nash point would be: ${pkg(beyond.nash.value.package)}`);
  if (a.record !== null) {
    out.line();
    out.line(
      `The historical outcome: welfare ${a.record.welfare.toFixed(3)}, ${a.record.distanceToFrontier.toFixed(3)} from the Pareto frontier`,
    );
  }
  return 0;
}
