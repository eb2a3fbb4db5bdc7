/** What utilities read of an actor: its id and its weight per issue id. */
interface ActorWeights {
  readonly id: string;
  readonly weights: Readonly<Record<string, number>>;
}

/** What utilities read of an issue: its id, status-quo option and each actor's value of each option. */
interface IssueValues {
  readonly id: string;
  readonly statusQuo: string;
  readonly values: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** One option per issue: `{ [issueId]: optionId }`. Issues left out stay at their status quo. */
export type Package = Readonly<Record<string, string>>;

/**
 * The parts of a scenario that utilities read: actors with their weights, issues with their status quo
 * and values. A full `Scenario` is one.
 */
export interface UtilityScenario {
  readonly actors: readonly ActorWeights[];
  readonly issues: readonly IssueValues[];
}

/**
 * The actor's weight of each issue, normalised to sum to 1 over the scenario's issues. An actor that
 * weights nothing cares about every issue equally.
 */
export function normalisedWeights(
  scenario: { readonly issues: readonly Pick<IssueValues, "id">[] },
  actor: Pick<ActorWeights, "weights">,
): number[] {
  const raw = scenario.issues.map((issue) =>
    Object.hasOwn(actor.weights, issue.id) ? (actor.weights[issue.id] ?? 0) : 0,
  );
  const total = raw.reduce((sum, w) => sum + w, 0);
  return total > 0 ? raw.map((w) => w / total) : raw.map(() => 1 / raw.length);
}

/** The actor's value of one option of an issue, in [0, 1]; 0 when the scenario gives none. */
export function optionValue(issue: Pick<IssueValues, "values">, actorId: string, optionId: string): number {
  const values = Object.hasOwn(issue.values, actorId) ? issue.values[actorId] : undefined;
  if (values === undefined || !Object.hasOwn(values, optionId)) return 0;
  return values[optionId] ?? 0;
}

/** The option a package settles for an issue, or the issue's status quo. */
export function settledOption(issue: Pick<IssueValues, "id" | "statusQuo">, pkg: Package): string {
  return Object.hasOwn(pkg, issue.id) ? (pkg[issue.id] ?? issue.statusQuo) : issue.statusQuo;
}

/**
 * An actor's utility of a package, in [0, 1]: the weighted sum of its values of the options settled,
 * with the status quo for every issue the package leaves out.
 */
export function packageUtility(scenario: UtilityScenario, actorId: string, pkg: Package): number {
  const actor = scenario.actors.find((a) => a.id === actorId);
  if (actor === undefined) return 0;
  const weights = normalisedWeights(scenario, actor);
  let total = 0;
  scenario.issues.forEach((issue, i) => {
    total += (weights[i] ?? 0) * optionValue(issue, actorId, settledOption(issue, pkg));
  });
  return total;
}
