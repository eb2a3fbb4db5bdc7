import {
  type DemandValue,
  demandTable,
  type RedLineValue,
  redLineTable,
  type StanceValue,
  stanceTable,
} from "../machines/index.js";
import type { ValidScenario } from "../scenario/schema.js";
import { at, check } from "../vocabulary/assert.js";
import { deepFreeze } from "../vocabulary/freeze.js";
import type { NegotiationMode } from "../vocabulary/lists.js";
import type { MoveType } from "../vocabulary/moves.js";
import { DEFAULT_MINUTES, DEFAULT_RULES } from "../vocabulary/rule-numbers.js";
import { normalisedWeights, optionValue } from "../vocabulary/utility.js";

/** A read-only id → index lookup that no caller can change (a frozen object cannot freeze a Map). */
export class IdIndex {
  readonly #map: Map<string, number>;
  constructor(ids: readonly { readonly id: string }[]) {
    this.#map = new Map(ids.map((item, i) => [item.id, i]));
    Object.freeze(this);
  }
  get(id: string): number | undefined {
    return this.#map.get(id);
  }
}

/** A meeting with its ids resolved to indexes. */
export interface CompiledTrack {
  readonly index: number;
  /** Actor indexes in speaking order. */
  readonly speakers: readonly number[];
  /** `present[actor]`: whether the actor sits at this meeting. */
  readonly present: readonly boolean[];
  /** `isParty[actor]`: whether an agreement here needs the actor's acceptance. */
  readonly isParty: readonly boolean[];
  readonly partyCount: number;
  /** Issue index of each agenda item. */
  readonly agenda: readonly number[];
  /** `onAgenda[issue]`. */
  readonly onAgenda: readonly boolean[];
  readonly itemMinutes: readonly number[];
  readonly scheduled: number;
  /** Planned length plus the overrun allowance (before any deadline change). */
  readonly limit: number;
  readonly injects: readonly number[];
  readonly mode: NegotiationMode;
  /** Whether a walk-out ends the whole game (else only this meeting). */
  readonly walkOutEndsGame: boolean;
}

/** A scenario draft with its terms as options per issue (-1 where it says nothing). */
export interface CompiledDraft {
  readonly actor: number;
  readonly options: readonly number[];
}

/**
 * The parts of a game's state before any move (and before the hidden information is drawn) that depend only
 * on the scenario: `initialState` copies them rather than working them out for every new game.
 */
export interface StartingState {
  readonly trust: readonly (readonly number[])[];
  /** Every actor's best option on every issue (the lowest index among equals). */
  readonly positions: readonly (readonly number[])[];
  readonly stances: readonly StanceValue[];
  readonly agreed: readonly null[];
  readonly demands: readonly DemandValue[];
  readonly redLines: readonly RedLineValue[];
  readonly injects: readonly "pending"[];
  readonly types: readonly number[];
  readonly reservations: readonly number[];
  readonly walkOuts: readonly number[];
}

/** What a walk-out costs one actor. */
export interface WalkOutCost {
  readonly utility: number;
  readonly trust: number;
  readonly tension: number;
}

/**
 * Everything the rules look up, resolved once per scenario from its ids into arrays, so that the hot path does
 * index arithmetic instead of searching by id. Derived from a validated scenario; never part of a game state
 * (states stay plain data), never changed after it is built (deep-frozen).
 */
export interface CompiledScenario {
  readonly scenario: ValidScenario;
  readonly actorCount: number;
  readonly issueCount: number;
  readonly actorIndex: IdIndex;
  readonly issueIndex: IdIndex;
  readonly redLineIndex: IdIndex;
  /** `optionIndex[issue]` maps an option id to its index. */
  readonly optionIndex: readonly IdIndex[];
  /** `values[actor][issue][option]` in [0, 1]. */
  readonly values: readonly (readonly (readonly number[])[])[];
  /** `weights[actor][issue]`: the public weights, summing to 1 per actor. */
  readonly weights: readonly (readonly number[])[];
  /** `typeWeights[actor][type][issue]`: the weights of each hidden type (its own, or the public ones). */
  readonly typeWeights: readonly (readonly (readonly number[])[])[];
  /** `isProcess[issue]`: an agreement to talk rather than on substance. */
  readonly isProcess: readonly boolean[];
  /** `statusQuo[issue]`: index of the issue's status-quo option. */
  readonly statusQuo: readonly number[];
  /** `redLineActor[r]`, `redLineIssue[r]`, `forbids[r][option]`. */
  readonly redLineActor: readonly number[];
  readonly redLineIssue: readonly number[];
  readonly forbids: readonly (readonly boolean[])[];
  /** `forbidding[issue][option]`: the red lines that forbid the option. */
  readonly forbidding: readonly (readonly (readonly number[])[])[];
  /** `ownLines[actor][issue]`: the actor's red lines on the issue. */
  readonly ownLines: readonly (readonly (readonly number[])[])[];
  readonly demandActor: readonly number[];
  readonly demandIssue: readonly number[];
  readonly demandOption: readonly number[];
  readonly demandAddressees: readonly (readonly number[])[];
  /** `demanded[actor][issue]`: the actor's value of the best option it demands on the issue, or -1. */
  readonly demanded: readonly (readonly number[])[];
  /** `isAlly[actor][other]`. */
  readonly isAlly: readonly (readonly boolean[])[];
  /** Each actor's allies and partners (indexes), whose trust a red-line crossing costs. */
  readonly friends: readonly (readonly number[])[];
  readonly tracks: readonly CompiledTrack[];
  readonly drafts: readonly CompiledDraft[];
  readonly minutes: Readonly<Record<MoveType, number>>;
  readonly cheapestMove: number;
  readonly minTrustToAccept: number;
  readonly hardenAt: number;
  readonly collapseAt: number;
  readonly allyCohesion: number;
  readonly walkOutCost: readonly WalkOutCost[];
  /** `injectMinute[j]`: the minute a scheduled inject fires at, -1 for a random one. */
  readonly injectMinute: readonly number[];
  /** `injectChance[j]`: a random inject's chance after each move (0 for a scheduled one). */
  readonly injectChance: readonly number[];
  readonly start: StartingState;
}

function lookup(index: IdIndex, id: string, what: string): number {
  const i = index.get(id);
  // parseScenario has checked every reference; a miss means the scenario skipped validation.
  check(i !== undefined, `${what} '${id}' is not in the scenario`);
  return i;
}

/** The minutes per move type: the defaults with the scenario's overrides. */
function moveMinutes(scenario: ValidScenario): Record<MoveType, number> {
  const overrides = scenario.rules?.minutes ?? {};
  const out = { ...DEFAULT_MINUTES };
  for (const type of Object.keys(out) as MoveType[]) {
    const value = Object.hasOwn(overrides, type) ? overrides[type] : undefined;
    if (value !== undefined) out[type] = value;
  }
  return out;
}

function startingState(
  scenario: ValidScenario,
  actorIndex: IdIndex,
  values: readonly (readonly (readonly number[])[])[],
): StartingState {
  const ids = scenario.actors.map((actor) => actor.id);
  const trust = ids.map(() => ids.map(() => scenario.world.defaultTrust));
  for (const entry of scenario.world.trust) {
    const from = actorIndex.get(entry.from);
    const to = actorIndex.get(entry.to);
    if (from !== undefined && to !== undefined) at(trust, from, "trust")[to] = entry.value;
  }
  return {
    trust,
    positions: values.map((byIssue) =>
      byIssue.map((options) => options.reduce((best, v, o) => (v > (options[best] ?? 0) ? o : best), 0)),
    ),
    stances: scenario.actors.map(() => stanceTable.initial),
    agreed: scenario.issues.map(() => null),
    demands: scenario.demands.map(() => demandTable.initial),
    redLines: scenario.redLines.map(() => redLineTable.initial),
    injects: scenario.injects.map(() => "pending" as const),
    types: scenario.actors.map(() => -1),
    reservations: scenario.actors.map((actor) => actor.reservation),
    walkOuts: scenario.actors.map(() => 0),
  };
}

function compileTracks(scenario: ValidScenario, actorIndex: IdIndex, issueIndex: IdIndex): CompiledTrack[] {
  const actors = scenario.actors.length;
  return scenario.tracks.map((track, index) => {
    const ids = (list: readonly string[]) => list.map((id) => lookup(actorIndex, id, "actor"));
    const participants = ids(track.participants);
    const parties = ids(track.parties ?? track.participants);
    const agenda = track.agenda.map((item) => lookup(issueIndex, item.issue, "issue"));
    const present = Array.from({ length: actors }, (_, a) => participants.includes(a));
    const isParty = Array.from({ length: actors }, (_, a) => parties.includes(a));
    const onAgenda = scenario.issues.map((_, i) => agenda.includes(i));
    return {
      index,
      speakers: ids(track.speakingOrder ?? track.participants),
      present,
      isParty,
      partyCount: parties.length,
      agenda,
      onAgenda,
      itemMinutes: track.agenda.map((item) => item.minutes),
      scheduled: track.scheduledMinutes,
      limit: track.scheduledMinutes + track.maxOverrunMinutes,
      injects: scenario.injects.flatMap((inject, j) => (inject.track === track.id ? [j] : [])),
      mode: track.negotiation,
      walkOutEndsGame: track.walkOut === "ends-game",
    };
  });
}

/** Resolves a validated scenario into the {@link CompiledScenario} the rules read. */
export function compileScenario(scenario: ValidScenario): CompiledScenario {
  const actorIndex = new IdIndex(scenario.actors);
  const issueIndex = new IdIndex(scenario.issues);
  const redLineIndex = new IdIndex(scenario.redLines);
  const optionIndex = scenario.issues.map((issue) => new IdIndex(issue.options));
  const actors = scenario.actors.length;
  const issues = scenario.issues.length;
  const actorOf = (id: string) => lookup(actorIndex, id, "actor");
  const issueOf = (id: string) => lookup(issueIndex, id, "issue");
  const optionOf = (i: number, id: string) => lookup(at(optionIndex, i, "issue"), id, "option");

  const values = scenario.actors.map((actor) =>
    scenario.issues.map((issue) => issue.options.map((option) => optionValue(issue, actor.id, option.id))),
  );
  const weights = scenario.actors.map((actor) => normalisedWeights(scenario, actor));
  const typeWeights = scenario.actors.map((actor, a) =>
    actor.types.map((type) =>
      type.weights === undefined
        ? at(weights, a, "weights")
        : normalisedWeights(scenario, { weights: type.weights }),
    ),
  );
  const demanded = scenario.actors.map(() => scenario.issues.map(() => -1));
  for (const demand of scenario.demands) {
    const a = actorOf(demand.actor);
    const i = issueOf(demand.issue);
    const v = at(at(values, a, "values"), i, "values")[optionOf(i, demand.option)] ?? 0;
    const row = at(demanded, a, "demanded");
    if (v > (row[i] ?? -1)) row[i] = v;
  }
  const redLineActor = scenario.redLines.map((line) => actorOf(line.actor));
  const redLineIssue = scenario.redLines.map((line) => issueOf(line.issue));
  const forbids = scenario.redLines.map((line, r) =>
    at(scenario.issues, at(redLineIssue, r, "red line"), "issue").options.map((option) =>
      line.forbidden.includes(option.id),
    ),
  );
  const forbidding = scenario.issues.map((issue, i) =>
    issue.options.map((_, o) =>
      forbids.flatMap((row, r) => (redLineIssue[r] === i && row[o] === true ? [r] : [])),
    ),
  );
  const ownLines = scenario.actors.map((_, a) =>
    scenario.issues.map((_, i) =>
      redLineActor.flatMap((holder, r) => (holder === a && redLineIssue[r] === i ? [r] : [])),
    ),
  );
  const allies = scenario.actors.map((actor) => actor.allies.map(actorOf));
  const partners = scenario.actors.map((actor) => actor.partners.map(actorOf));
  const minutes = moveMinutes(scenario);
  const ruleWalkOut = scenario.rules?.walkOutCost ?? DEFAULT_RULES.walkOut;
  const compiled: CompiledScenario = {
    scenario,
    actorCount: actors,
    issueCount: issues,
    actorIndex,
    issueIndex,
    redLineIndex,
    optionIndex,
    values,
    weights,
    typeWeights,
    isProcess: scenario.issues.map((issue) => issue.kind === "process"),
    statusQuo: scenario.issues.map((issue, i) => optionOf(i, issue.statusQuo)),
    redLineActor,
    redLineIssue,
    forbids,
    forbidding,
    ownLines,
    demandActor: scenario.demands.map((d) => actorOf(d.actor)),
    demandIssue: scenario.demands.map((d) => issueOf(d.issue)),
    demandOption: scenario.demands.map((d) => optionOf(issueOf(d.issue), d.option)),
    demandAddressees: scenario.demands.map((d) => d.addressees.map(actorOf)),
    demanded,
    isAlly: scenario.actors.map((_, a) => scenario.actors.map((_, b) => at(allies, a, "allies").includes(b))),
    friends: scenario.actors.map((_, a) => [
      ...new Set([...at(allies, a, "allies"), ...at(partners, a, "partners")]),
    ]),
    tracks: compileTracks(scenario, actorIndex, issueIndex),
    drafts: scenario.drafts.map((draft) => {
      const options = scenario.issues.map(() => -1);
      for (const [issue, option] of Object.entries(draft.terms)) {
        const i = issueOf(issue);
        options[i] = optionOf(i, option);
      }
      return { actor: actorOf(draft.actor), options };
    }),
    minutes,
    cheapestMove: Math.min(...Object.values(minutes)),
    minTrustToAccept: scenario.rules?.minTrustToAccept ?? DEFAULT_RULES.minTrustToAccept,
    hardenAt: scenario.rules?.hardenAt ?? DEFAULT_RULES.hardenAt,
    collapseAt: DEFAULT_RULES.collapseAt,
    allyCohesion: scenario.rules?.allyCohesion ?? DEFAULT_RULES.allyCohesion,
    walkOutCost: scenario.actors.map((actor) => actor.walkOutCost ?? ruleWalkOut),
    injectMinute: scenario.injects.map((j) => (j.trigger.kind === "scheduled" ? j.trigger.atMinute : -1)),
    injectChance: scenario.injects.map((j) => (j.trigger.kind === "random" ? j.trigger.probability : 0)),
    start: startingState(scenario, actorIndex, values),
  };
  return deepFreeze(compiled);
}

const memo = new WeakMap<object, CompiledScenario>();

/**
 * The compiled form of a validated scenario, built on first use and remembered per scenario object. A memo
 * changes no result: the compiled form is a pure function of the scenario.
 */
export function compiledOf(scenario: ValidScenario): CompiledScenario {
  let compiled = memo.get(scenario);
  if (compiled === undefined) {
    compiled = compileScenario(scenario);
    memo.set(scenario, compiled);
  }
  return compiled;
}
