import { roundUtility } from "../vocabulary/bargaining.js";
import { ok, type Result } from "../vocabulary/result.js";
import { normalisedWeights, packageUtility } from "../vocabulary/utility.js";
import {
  type AnalysisError,
  type AnalysisOptions,
  type AnalysisScenario,
  resolveScope,
  type Scope,
} from "./scope.js";

/** Why an option is outside an issue's zone of possible agreement. */
export type Exclusion =
  | {
      /** A red line of `actor` forbids the option. */
      readonly kind: "red-line";
      readonly actor: string;
      readonly redLine: string;
    }
  | {
      /** With the option on this issue and the others where they stay, `actor` gets less than its reservation. */
      readonly kind: "reservation";
      readonly actor: string;
      readonly utility: number;
      readonly reservation: number;
    };

/** One option of an issue, judged for the zone of possible agreement. */
export interface OptionAssessment {
  readonly option: string;
  readonly inZone: boolean;
  /** Each analysed actor's utility of the package "this option on this issue, the others where they stay". */
  readonly utilities: Readonly<Record<string, number>>;
  /** Every red line and reservation value that excludes the option; empty when it is in the zone. */
  readonly excludedBy: readonly Exclusion[];
}

/** The zone of possible agreement (ZOPA) of one issue. */
export interface IssueZone {
  readonly issue: string;
  /** The analysed actors with a stake in the issue (a positive normalised weight), in their order. */
  readonly stakeholders: readonly string[];
  /** The options in the zone, in the issue's order. */
  readonly zone: readonly string[];
  /** Every option of the issue, in order, with what excludes it. */
  readonly options: readonly OptionAssessment[];
  /** When the zone is empty, a sentence saying what excludes each option; otherwise `null`. */
  readonly why: string | null;
}

function describe(option: OptionAssessment): string {
  const reasons = option.excludedBy.map((x) =>
    x.kind === "red-line"
      ? `${x.actor}'s red line ${x.redLine}`
      : `${x.actor}'s reservation value (${x.reservation} > ${x.utility})`,
  );
  return `${option.option} (${reasons.join("; ")})`;
}

/** The zones of a resolved scope: see {@link zopaFor}. */
export function zonesOf(scope: Scope): IssueZone[] {
  const scenario = scope.scenario;
  const fixed: Record<string, string> = {};
  scenario.issues.forEach((issue, i) => {
    fixed[issue.id] = scope.fixed[i] ?? issue.statusQuo;
  });
  const lines = scope.redLines === "ignore" ? [] : (scenario.redLines ?? []);
  const weights = scope.actors.map((actor) => normalisedWeights(scenario, actor));
  const zones: IssueZone[] = [];
  scenario.issues.forEach((issue, i) => {
    if (!scope.varying[i]) return;
    const stakeholders = scope.actors.filter((_, a) => (weights[a]?.[i] ?? 0) > 0);
    const options = issue.options.map(({ id: option }): OptionAssessment => {
      const excludedBy: Exclusion[] = [];
      for (const line of lines) {
        if (line.issue === issue.id && line.forbidden.includes(option)) {
          excludedBy.push({ kind: "red-line", actor: line.actor, redLine: line.id });
        }
      }
      const utilities: Record<string, number> = {};
      for (const actor of scope.actors) {
        utilities[actor.id] = roundUtility(
          packageUtility(scenario, actor.id, { ...fixed, [issue.id]: option }),
        );
      }
      for (const actor of stakeholders) {
        const utility = utilities[actor.id] ?? 0;
        const reservation = roundUtility(actor.reservation);
        if (utility < reservation)
          excludedBy.push({ kind: "reservation", actor: actor.id, utility, reservation });
      }
      scope.meter.steps += lines.length + scope.actors.length * scenario.issues.length;
      return { option, inZone: excludedBy.length === 0, utilities, excludedBy };
    });
    const zone = options.filter((o) => o.inZone).map((o) => o.option);
    zones.push({
      issue: issue.id,
      stakeholders: stakeholders.map((a) => a.id),
      zone,
      options,
      why: zone.length > 0 ? null : `no option is acceptable to all: ${options.map(describe).join(", ")}`,
    });
  });
  return zones;
}

/**
 * The zone of possible agreement of each issue that varies (see {@link AnalysisOptions}), taken one issue
 * at a time. An option o of issue i is in the zone when no red line of any actor forbids it (unless
 * `redLines: "ignore"`; a red line forbidding the status quo counts too: it holds without an agreement,
 * but cannot be agreed across the line) and every analysed actor with a stake in i (a positive normalised
 * weight) gets at least its reservation value from the package "o on i, every other issue where it stays"
 * (its status quo, or its `settled` option). Every option comes with the red lines and reservation values
 * that exclude it; an empty zone also gets a sentence saying why.
 *
 * Utilities are rounded with `roundUtility` before they are compared. Time O(issues × options × (actors ×
 * issues + red lines)); no package enumeration.
 */
export function zopaFor(
  scenario: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<IssueZone[], AnalysisError> {
  const scope = resolveScope(scenario, options);
  return scope.ok ? ok(zonesOf(scope.value)) : scope;
}

/**
 * {@link zopaFor} with the default options: every issue on some agenda, every actor, every red line.
 * It cannot fail.
 */
export function zopa(scenario: AnalysisScenario): IssueZone[] {
  const zones = zopaFor(scenario);
  return zones.ok ? zones.value : [];
}
