import type { Actor, ActorType, History, Issue, RedLine, Track } from "../scenario/schema.js";
import { checkCount, MAX_FRONTIER, type WorkMeter } from "../vocabulary/bargaining.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { type Package, settledOption } from "../vocabulary/utility.js";

/** An actor as the analytics read it: weights, reservation value and, optionally, hidden types. */
export type AnalysisActor = Pick<Actor, "id" | "weights" | "reservation"> & {
  readonly types?: readonly Pick<ActorType, "id" | "weights" | "reservation">[];
};

/** The parts of an issue the analytics read: its options (ids, in order), status quo and values. */
export type AnalysisIssue = Pick<Issue, "id" | "statusQuo" | "values"> & {
  readonly options: readonly { readonly id: string }[];
};

/** The parts of a track (a meeting) the analytics read: its agenda, participants and parties. */
export type AnalysisTrack = Pick<Track, "id"> & {
  readonly agenda: readonly { readonly issue: string }[];
  readonly participants: readonly string[];
  readonly parties?: readonly string[] | undefined;
};

/**
 * The parts of a scenario the analytics read. A full `Scenario` is one; so is a small object literal with
 * just these fields, which keeps examples and tests short.
 */
export interface AnalysisScenario {
  readonly actors: readonly AnalysisActor[];
  readonly issues: readonly AnalysisIssue[];
  readonly redLines?: readonly Pick<RedLine, "id" | "actor" | "issue" | "forbidden">[];
  readonly tracks?: readonly AnalysisTrack[];
  readonly history?: Pick<History, "outcome"> | undefined;
}

/** How the analytics treat red lines; see {@link AnalysisOptions.redLines}. */
export const RED_LINE_MODES = Object.freeze(["respect", "ignore", "mark"] as const);

/** A red-line mode. */
export type RedLineMode = (typeof RED_LINE_MODES)[number];

/** The hard cap on the packages a space may hold: the default and the largest `maxPackages`. */
export const MAX_PACKAGES = 1_000_000;

/**
 * The hard cap on packages × analysed actors: the utility values an analysis computes and holds. Checked
 * before any package is enumerated.
 */
export const MAX_UTILITIES = 4_000_000;

/** What an analysis covers and how; every field has a default. */
export interface AnalysisOptions {
  /**
   * The actors whose utilities span the space, by id, in this order (default: the track's parties with
   * `track`, else every actor, in scenario order).
   */
  readonly actors?: readonly string[];
  /**
   * Analyse one meeting: the issues of this track's agenda vary, every other issue stays at its status quo
   * (or its `settled` option). Default: every issue on some track's agenda varies (every issue, for a
   * scenario without tracks).
   */
  readonly track?: string;
  /**
   * `respect` (default): leave out every package behind a red line, one that settles an issue on an option
   * some red line forbids (the status quo is never behind one: it holds without anyone's agreement).
   * `ignore`: keep them all. `mark`: as `respect` for the results, and also the frontier and solutions
   * with the red lines ignored, every package reported naming the red lines it crosses (`crosses`).
   */
  readonly redLines?: RedLineMode;
  /**
   * A hidden type per actor, `{ [actorId]: typeId }`: the actor's utilities and reservation value are then
   * that type's (default: every actor's public weights and reservation value).
   */
  readonly types?: Readonly<Record<string, string>>;
  /** Options already agreed (an earlier meeting's): those issues stay there instead of varying. */
  readonly settled?: Package;
  /** Refuse (`too-many-packages`) beyond this many packages: 1 to {@link MAX_PACKAGES} (the default). */
  readonly maxPackages?: number;
  /** Refuse (`frontier-too-large`) beyond this many frontier packages: 1 to `MAX_FRONTIER` (the default). */
  readonly maxFrontier?: number;
  /** Counts the loop steps of the analysis, for tests and benchmarks that check how work grows. */
  readonly meter?: WorkMeter;
}

/** Why an analysis could not be made. Plain data; the analytics never throw. */
export type AnalysisError =
  | {
      readonly code: "too-many-packages";
      readonly message: string;
      readonly packages: number;
      readonly limit: number;
    }
  | {
      readonly code: "too-much-work";
      readonly message: string;
      /** `MAX_UTILITIES` (packages × actors) or `MAX_DOMINANCE_TESTS` (comparisons, for 4+ actors). */
      readonly limit: number;
    }
  | { readonly code: "frontier-too-large"; readonly message: string; readonly limit: number }
  | { readonly code: "bad-option"; readonly message: string; readonly option: string }
  | { readonly code: "bad-value"; readonly message: string }
  | { readonly code: "unknown-actor"; readonly message: string; readonly actor: string }
  | { readonly code: "duplicate-actor"; readonly message: string; readonly actor: string }
  | {
      readonly code: "unknown-type";
      readonly message: string;
      readonly actor: string;
      readonly type: string;
    }
  | { readonly code: "unknown-track"; readonly message: string; readonly track: string }
  | { readonly code: "no-actors"; readonly message: string }
  | { readonly code: "no-packages"; readonly message: string }
  | { readonly code: "unknown-issue"; readonly message: string; readonly issue: string }
  | {
      readonly code: "unknown-option";
      readonly message: string;
      readonly issue: string;
      readonly option: string;
    }
  | { readonly code: "missing-utility"; readonly message: string; readonly actor: string }
  | {
      readonly code: "no-individually-rational-package";
      readonly message: string;
      /** Actors that no package brings up to their reservation value, even alone. */
      readonly actorsBelowReservation: readonly string[];
    };

/** The options resolved against the scenario: what every analytic works from. */
export interface Scope {
  /** The scenario with the chosen types' weights and reservation values in place of the public ones. */
  readonly scenario: AnalysisScenario;
  /** The analysed actors, in order, as in `scenario`. */
  readonly actors: readonly AnalysisActor[];
  readonly track: string | null;
  /** Per scenario issue: whether it varies. */
  readonly varying: readonly boolean[];
  /** Per scenario issue: the option it stays at when it does not vary (its settled option or status quo). */
  readonly fixed: readonly string[];
  readonly redLines: RedLineMode;
  readonly types: Readonly<Record<string, string>>;
  readonly maxPackages: number;
  readonly maxFrontier: number;
  readonly meter: WorkMeter;
}

/** The actors with the chosen hidden types' weights and reservation values. */
function withTypes(
  scenario: AnalysisScenario,
  types: Readonly<Record<string, string>>,
): Result<AnalysisScenario, AnalysisError> {
  for (const [actorId, typeId] of Object.entries(types)) {
    const actor = scenario.actors.find((a) => a.id === actorId);
    if (actor === undefined)
      return err({ code: "unknown-actor", message: `no actor "${actorId}"`, actor: actorId });
    if (!(actor.types ?? []).some((t) => t.id === typeId)) {
      return err({
        code: "unknown-type",
        message: `actor "${actorId}" has no type "${typeId}"`,
        actor: actorId,
        type: typeId,
      });
    }
  }
  const actors = scenario.actors.map((actor) => {
    const typeId = Object.hasOwn(types, actor.id) ? types[actor.id] : undefined;
    const type = (actor.types ?? []).find((t) => t.id === typeId);
    if (type === undefined) return actor;
    return {
      ...actor,
      weights: type.weights ?? actor.weights,
      reservation: type.reservation ?? actor.reservation,
    };
  });
  return ok({ ...scenario, actors });
}

/** Resolves the analysed actors, in the order asked for. */
function chooseActors(
  scenario: AnalysisScenario,
  ids: readonly string[],
): Result<AnalysisActor[], AnalysisError> {
  if (ids.length === 0) return err({ code: "no-actors", message: "no actors chosen for the analysis" });
  const seen = new Set<string>();
  const out: AnalysisActor[] = [];
  for (const id of ids) {
    if (seen.has(id))
      return err({ code: "duplicate-actor", message: `actor "${id}" is chosen twice`, actor: id });
    seen.add(id);
    const actor = scenario.actors.find((a) => a.id === id);
    if (actor === undefined) return err({ code: "unknown-actor", message: `no actor "${id}"`, actor: id });
    out.push(actor);
  }
  return ok(out);
}

/** Checks a package against the scenario's issues and options. */
export function checkPackage(scenario: AnalysisScenario, pkg: Package): Result<Package, AnalysisError> {
  for (const [issueId, option] of Object.entries(pkg)) {
    const issue = scenario.issues.find((i) => i.id === issueId);
    if (issue === undefined)
      return err({ code: "unknown-issue", message: `no issue "${issueId}"`, issue: issueId });
    if (!issue.options.some((o) => o.id === option)) {
      return err({
        code: "unknown-option",
        message: `issue "${issueId}" has no option "${option}"`,
        issue: issueId,
        option,
      });
    }
  }
  return ok(pkg);
}

/** The issues that may vary: the track's agenda, or every agenda, or (no tracks) every issue. */
function agendaIssues(scenario: AnalysisScenario, track: AnalysisTrack | undefined): Set<string> {
  const tracks = track === undefined ? (scenario.tracks ?? []) : [track];
  if (tracks.length === 0) return new Set(scenario.issues.map((i) => i.id));
  return new Set(tracks.flatMap((t) => t.agenda.map((item) => item.issue)));
}

/** Resolves and checks the options of an analysis, before anything is enumerated. O(actors + issues). */
export function resolveScope(
  original: AnalysisScenario,
  options: AnalysisOptions = {},
): Result<Scope, AnalysisError> {
  const maxPackages = checkCount("maxPackages", options.maxPackages ?? MAX_PACKAGES, MAX_PACKAGES);
  if (!maxPackages.ok) return maxPackages;
  const maxFrontier = checkCount("maxFrontier", options.maxFrontier ?? MAX_FRONTIER, MAX_FRONTIER);
  if (!maxFrontier.ok) return maxFrontier;
  const redLines = options.redLines ?? "respect";
  if (!RED_LINE_MODES.includes(redLines)) {
    return err({
      code: "bad-option",
      message: `redLines must be one of ${RED_LINE_MODES.join(", ")}, not ${String(redLines)}`,
      option: "redLines",
    });
  }
  const types = options.types ?? {};
  const scenario = withTypes(original, types);
  if (!scenario.ok) return scenario;
  const s = scenario.value;
  let track: AnalysisTrack | undefined;
  if (options.track !== undefined) {
    track = (s.tracks ?? []).find((t) => t.id === options.track);
    if (track === undefined) {
      return err({ code: "unknown-track", message: `no track "${options.track}"`, track: options.track });
    }
  }
  const actors = chooseActors(
    s,
    options.actors ??
      (track === undefined ? s.actors.map((a) => a.id) : (track.parties ?? track.participants)),
  );
  if (!actors.ok) return actors;
  const settled = checkPackage(s, options.settled ?? {});
  if (!settled.ok) return settled;
  const onAgenda = agendaIssues(s, track);
  return ok({
    scenario: s,
    actors: actors.value,
    track: track?.id ?? null,
    varying: s.issues.map((issue) => onAgenda.has(issue.id) && !Object.hasOwn(settled.value, issue.id)),
    fixed: s.issues.map((issue) => settledOption(issue, settled.value)),
    redLines,
    types,
    maxPackages: maxPackages.value,
    maxFrontier: maxFrontier.value,
    meter: options.meter ?? { steps: 0 },
  });
}
