import { normalisedWeights, packageUtility } from "../vocabulary/utility.js";
import { type AnalysisScenario, roundUtility } from "./space.js";

/** Why an option is outside an issue's zone of possible agreement. */
export type Exclusion =
  | {
      /** A red line of `actor` forbids the option. */
      readonly kind: "red-line";
      readonly actor: string;
      readonly redLine: string;
    }
  | {
      /** With the option on this issue and the status quo elsewhere, `actor` gets less than its reservation. */
      readonly kind: "reservation";
      readonly actor: string;
      readonly utility: number;
      readonly reservation: number;
    };

/** One option of an issue, judged for the zone of possible agreement. */
export interface OptionAssessment {
  readonly option: string;
  readonly inZone: boolean;
  /** Every actor's utility of the package "this option on this issue, status quo on every other issue". */
  readonly utilities: Readonly<Record<string, number>>;
  /** Every red line and reservation value that excludes the option; empty when it is in the zone. */
  readonly excludedBy: readonly Exclusion[];
}

/** The zone of possible agreement (ZOPA) of one issue. */
export interface IssueZone {
  readonly issue: string;
  /** The actors with a stake in the issue (a positive normalised weight), in scenario order. */
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

/**
 * The zone of possible agreement of every issue, taken one issue at a time. An option o of issue i is in
 * the zone when no red line of any actor forbids it and every actor with a stake in i (a positive
 * normalised weight) gets at least its reservation value from the package "o on i, status quo on every
 * other issue". Every option comes with the red lines and reservation values that exclude it; an empty
 * zone also gets a sentence saying why.
 *
 * Utilities are rounded with {@link roundUtility} before they are compared. Time O(issues × options ×
 * actors × issues + red lines × options); no package enumeration.
 */
export function zopa(scenario: AnalysisScenario): IssueZone[] {
  const weights = scenario.actors.map((actor) => normalisedWeights(scenario, actor));
  return scenario.issues.map((issue, i) => {
    const stakeholders = scenario.actors.filter((_, a) => (weights[a]?.[i] ?? 0) > 0);
    const options = issue.options.map(({ id: option }): OptionAssessment => {
      const excludedBy: Exclusion[] = [];
      for (const line of scenario.redLines ?? []) {
        if (line.issue === issue.id && line.forbidden.includes(option)) {
          excludedBy.push({ kind: "red-line", actor: line.actor, redLine: line.id });
        }
      }
      const utilities: Record<string, number> = {};
      for (const actor of scenario.actors) {
        utilities[actor.id] = roundUtility(packageUtility(scenario, actor.id, { [issue.id]: option }));
      }
      for (const actor of stakeholders) {
        const utility = utilities[actor.id] ?? 0;
        const reservation = roundUtility(actor.reservation);
        if (utility < reservation)
          excludedBy.push({ kind: "reservation", actor: actor.id, utility, reservation });
      }
      return { option, inZone: excludedBy.length === 0, utilities, excludedBy };
    });
    const zone = options.filter((o) => o.inZone).map((o) => o.option);
    return {
      issue: issue.id,
      stakeholders: stakeholders.map((a) => a.id),
      zone,
      options,
      why: zone.length > 0 ? null : `no option is acceptable to all: ${options.map(describe).join(", ")}`,
    };
  });
}
