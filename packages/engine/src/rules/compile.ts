import type { Scenario } from "../scenario/schema.js";
import type { MoveType } from "../vocabulary/moves.js";
import { normalisedWeights, optionValue } from "../vocabulary/utility.js";
import { moveMinutes } from "./minutes.js";

/** A track with its ids resolved to indexes. */
export interface CompiledTrack {
  /** Actor indexes in speaking order. */
  readonly speakers: readonly number[];
  /** Issue index of each agenda item. */
  readonly agenda: readonly number[];
  readonly itemMinutes: readonly number[];
  readonly scheduled: number;
  readonly limit: number;
  readonly injects: readonly number[];
}

/**
 * Everything the rules look up, resolved once per game from the scenario's ids into arrays, so that the hot
 * path does index arithmetic instead of searching by id. Derived data only: never serialized, never mutated.
 * A class instance rather than a plain object so that immer treats it as an opaque value inside a draft.
 */
export class CompiledScenario {
  /** The scenario itself, reachable here so that rules running under immer never draft it. */
  declare readonly scenario: Scenario;
  declare readonly actorIndex: ReadonlyMap<string, number>;
  declare readonly issueIndex: ReadonlyMap<string, number>;
  declare readonly redLineIndex: ReadonlyMap<string, number>;
  /** `optionIndex[issue]` maps an option id to its index. */
  declare readonly optionIndex: readonly ReadonlyMap<string, number>[];
  /** `values[actor][issue][option]` in [0, 1]. */
  declare readonly values: readonly (readonly (readonly number[])[])[];
  /** `weights[actor][issue]`, summing to 1 per actor. */
  declare readonly weights: readonly (readonly number[])[];
  /** `redLineActor[r]`, `redLineIssue[r]`, `forbids[r][option]`. */
  declare readonly redLineActor: readonly number[];
  declare readonly redLineIssue: readonly number[];
  declare readonly forbids: readonly (readonly boolean[])[];
  /** `statusQuo[issue]`: index of the issue's status-quo option. */
  declare readonly statusQuo: readonly number[];
  /** `demanded[actor][issue]`: the actor's value of the best option it demands on the issue, or -1. */
  declare readonly demanded: readonly (readonly number[])[];
  /** `demandedOption[actor][issue]`: the option behind `demanded`, or -1. */
  declare readonly demandedOption: readonly (readonly number[])[];
  declare readonly demandActor: readonly number[];
  declare readonly demandIssue: readonly number[];
  declare readonly demandOption: readonly number[];
  declare readonly demandAddressees: readonly (readonly number[])[];
  /** Each actor's allies (indexes), whose trust a red-line crossing costs. */
  declare readonly allies: readonly (readonly number[])[];
  declare readonly tracks: readonly CompiledTrack[];
  declare readonly minutes: Readonly<Record<MoveType, number>>;
  declare readonly minTrustToAccept: number;
  declare readonly hardenAt: number;

  constructor(fields: { [K in keyof CompiledScenario]: CompiledScenario[K] }) {
    Object.assign(this, fields);
  }
}

function indexOf(ids: readonly { id: string }[]): Map<string, number> {
  return new Map(ids.map((item, i) => [item.id, i]));
}

function lookup(map: ReadonlyMap<string, number>, id: string): number {
  const index = map.get(id);
  // parseScenario has checked every reference; reaching this means the scenario skipped validation.
  if (index === undefined) throw new Error(`scenario refers to unknown id "${id}"`);
  return index;
}

/** Resolves a validated scenario into the {@link CompiledScenario} the rules read. */
export function compileScenario(scenario: Scenario): CompiledScenario {
  const actorIndex = indexOf(scenario.actors);
  const issueIndex = indexOf(scenario.issues);
  const optionIndex = scenario.issues.map((issue) => indexOf(issue.options));
  const actors = (ids: readonly string[]) => ids.map((id) => lookup(actorIndex, id));
  const values = scenario.actors.map((actor) =>
    scenario.issues.map((issue) => issue.options.map((option) => optionValue(issue, actor.id, option.id))),
  );
  const demanded = scenario.actors.map(() => scenario.issues.map(() => -1));
  const demandedOption = scenario.actors.map(() => scenario.issues.map(() => -1));
  for (const demand of scenario.demands) {
    const a = lookup(actorIndex, demand.actor);
    const i = lookup(issueIndex, demand.issue);
    const o = lookup(optionIndex[i] ?? new Map(), demand.option);
    const v = values[a]?.[i]?.[o] ?? 0;
    const row = demanded[a];
    const optionRow = demandedOption[a];
    if (row !== undefined && optionRow !== undefined && v > (row[i] ?? -1)) {
      row[i] = v;
      optionRow[i] = o;
    }
  }
  return new CompiledScenario({
    scenario,
    actorIndex,
    issueIndex,
    redLineIndex: indexOf(scenario.redLines),
    optionIndex,
    values,
    statusQuo: scenario.issues.map((issue, i) => lookup(optionIndex[i] ?? new Map(), issue.statusQuo)),
    demanded,
    demandedOption,
    weights: scenario.actors.map((actor) => normalisedWeights(scenario, actor)),
    redLineActor: scenario.redLines.map((line) => lookup(actorIndex, line.actor)),
    redLineIssue: scenario.redLines.map((line) => lookup(issueIndex, line.issue)),
    forbids: scenario.redLines.map((line) => {
      const issue = scenario.issues[lookup(issueIndex, line.issue)];
      return (issue?.options ?? []).map((option) => line.forbidden.includes(option.id));
    }),
    demandActor: scenario.demands.map((d) => lookup(actorIndex, d.actor)),
    demandIssue: scenario.demands.map((d) => lookup(issueIndex, d.issue)),
    demandOption: scenario.demands.map((d) =>
      lookup(optionIndex[lookup(issueIndex, d.issue)] ?? new Map(), d.option),
    ),
    demandAddressees: scenario.demands.map((d) => actors(d.addressees)),
    allies: scenario.actors.map((actor) => actors(actor.allies)),
    tracks: scenario.tracks.map((track) => ({
      speakers: actors(track.speakingOrder ?? track.participants),
      agenda: track.agenda.map((item) => lookup(issueIndex, item.issue)),
      itemMinutes: track.agenda.map((item) => item.minutes),
      scheduled: track.scheduledMinutes,
      limit: track.scheduledMinutes + track.maxOverrunMinutes,
      injects: scenario.injects.flatMap((inject, i) => (inject.track === track.id ? [i] : [])),
    })),
    minutes: moveMinutes(scenario),
    minTrustToAccept: scenario.rules?.minTrustToAccept ?? 20,
    hardenAt: scenario.rules?.hardenAt ?? 60,
  });
}
