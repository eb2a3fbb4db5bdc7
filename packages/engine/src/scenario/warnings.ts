import { DEFAULT_RULES } from "../vocabulary/rule-numbers.js";
import { packageUtility } from "../vocabulary/utility.js";
import { jsonPath, type PathKey, type ScenarioIssue } from "./problems.js";
import type { Actor, ValidScenario } from "./schema.js";
import { quote } from "./words.js";

/**
 * How far above its utility of the status quo an actor's reservation may lie before its bot walks out at
 * once: the personas' walk-out margin (`DEFAULT_WALK_OUT_MARGIN` of the bots).
 */
export const WALK_OUT_MARGIN = 0.05;

/**
 * Set-ups that are legal but almost certainly unintended, each with its path and why: a reservation above
 * the status quo by more than the walk-out margin (the actor's bot walks out at once), a red line that
 * forbids the status quo, starting tension at the collapse limit, an issue on no agenda or twice on one.
 * A scenario with warnings still plays; `parley validate` shows them.
 */
export function scenarioWarnings(scenario: ValidScenario): ScenarioIssue[] {
  const warnings: ScenarioIssue[] = [];
  const warn = (path: readonly PathKey[], message: string): void => {
    warnings.push({ path: jsonPath(path), message });
  };
  reservations(scenario, warn);
  statusQuoRedLines(scenario, warn);
  if (scenario.world.tension >= DEFAULT_RULES.collapseAt) {
    warn(
      ["world", "tension"],
      `is ${scenario.world.tension}, the tension at which talks collapse: the first meeting would collapse at once`,
    );
  }
  agendas(scenario, warn);
  return warnings;
}

type Warn = (path: readonly PathKey[], message: string) => void;

/** Reservations (the actor's, and each hidden type's own) that make the bot walk out before any move. */
function reservations(scenario: ValidScenario, warn: Warn): void {
  const check = (
    path: readonly PathKey[],
    actor: Actor,
    weights: Actor["weights"],
    reservation: number,
  ): void => {
    const statusQuo = packageUtility(
      { actors: [{ id: actor.id, weights }], issues: scenario.issues },
      actor.id,
      {},
    );
    if (reservation > statusQuo + WALK_OUT_MARGIN) {
      warn(
        path,
        `${reservation} is above actor ${quote(actor.id)}'s utility of the status quo (${round(statusQuo)}) by more than ${WALK_OUT_MARGIN}: its bot would walk out at once`,
      );
    }
  };
  scenario.actors.forEach((actor, a) => {
    const base: PathKey[] = ["actors", a];
    if (actor.reservationRange !== undefined) {
      check([...base, "reservationRange", "min"], actor, actor.weights, actor.reservationRange.min);
    } else {
      check([...base, "reservation"], actor, actor.weights, actor.reservation);
    }
    actor.types.forEach((type, k) => {
      const weights = type.weights ?? actor.weights;
      if (type.reservationRange !== undefined) {
        check([...base, "types", k, "reservationRange", "min"], actor, weights, type.reservationRange.min);
      } else if (type.reservation !== undefined) {
        check([...base, "types", k, "reservation"], actor, weights, type.reservation);
      }
    });
  });
}

/** Red lines that forbid the status quo, which holds whenever nothing is agreed. */
function statusQuoRedLines(scenario: ValidScenario, warn: Warn): void {
  const statusQuo = new Map(scenario.issues.map((issue) => [issue.id, issue.statusQuo]));
  scenario.redLines.forEach((line, r) => {
    const option = statusQuo.get(line.issue);
    const k = option === undefined ? -1 : line.forbidden.indexOf(option);
    if (option === undefined || k < 0) return;
    warn(
      ["redLines", r, "forbidden", k],
      `forbids ${quote(option)}, the status quo of issue ${quote(line.issue)}, which holds whenever nothing is agreed: the red line cannot keep it out`,
    );
  });
}

/** Issues no meeting negotiates, and issues listed twice on one agenda. */
function agendas(scenario: ValidScenario, warn: Warn): void {
  const negotiated = new Set<string>();
  scenario.tracks.forEach((track, t) => {
    const first = new Map<string, number>();
    track.agenda.forEach((item, k) => {
      negotiated.add(item.issue);
      const earlier = first.get(item.issue);
      if (earlier === undefined) first.set(item.issue, k);
      else {
        warn(
          ["tracks", t, "agenda", k, "issue"],
          `issue ${quote(item.issue)} is already on this agenda at ${jsonPath(["tracks", t, "agenda", earlier])}; one item per issue is enough`,
        );
      }
    });
  });
  scenario.issues.forEach((issue, i) => {
    if (!negotiated.has(issue.id)) {
      warn(
        ["issues", i, "id"],
        `issue ${quote(issue.id)} is on no track's agenda, so it is never negotiated and stays at its status quo`,
      );
    }
  });
}

/** A utility shown with three decimals at most. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
