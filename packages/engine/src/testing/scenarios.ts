import * as fc from "fast-check";
import { parseScenario } from "../scenario/parse.js";
import type { Scenario } from "../scenario/schema.js";
import { MOVE_TYPES } from "../vocabulary/moves.js";

/** Bounds of the scenarios {@link arbScenario} makes. */
export interface ScenarioOptions {
  /** Most actors, 2 to 5. Default 5 (at least 2 are always made). */
  readonly maxActors?: number;
  /** Most issues, 1 to 4. Default 4. */
  readonly maxIssues?: number;
  /** Most options per issue, 2 to 5. Default 5. */
  readonly maxOptions?: number;
  /** Most dialogue tracks, 1 to 3. Default 3. */
  readonly maxTracks?: number;
  /** Most red lines. Default 4. */
  readonly maxRedLines?: number;
  /** Most demands. Default 3. */
  readonly maxDemands?: number;
  /** Most injects. Default 3. */
  readonly maxInjects?: number;
  /** Whether some scenarios get a `rules` block (move minutes, trust to accept, hardening). Default true. */
  readonly rules?: boolean;
}

const ACTOR_IDS = ["north", "south", "east", "west", "centre"] as const;
const ISSUE_IDS = ["quota", "harbour", "border", "trade"] as const;
const OPTION_IDS = ["o1", "o2", "o3", "o4", "o5"] as const;
const KINDS = ["state", "alliance", "organisation"] as const;
const PERSONAS = ["random", "boulware", "linear", "conceder", "tit-for-tat", "hardliner"] as const;
const SOURCE = "GEN";
const SOURCES = [SOURCE];

const clampInt = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, Math.trunc(x)));

/** Picks `list[n mod length]`. */
function pick<T>(list: readonly T[], n: number): T {
  const item = list[n % list.length];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** The distinct items that the numbers pick, in order of first pick. */
function picks<T>(list: readonly T[], ns: readonly number[]): T[] {
  return [...new Set(ns.map((n) => pick(list, n)))];
}

/** A day in January 2030, `day` from 0 (the 1st) to 30. */
function january(day: number): string {
  return `2030-01-${String(day + 1).padStart(2, "0")}`;
}

/**
 * Random valid scenarios of bounded size: 2–5 actors, 1–4 issues of 2–5 options with every actor's values,
 * demands, red lines with prices, 1–3 bilateral or multilateral tracks in date order, scheduled and random
 * injects, and sometimes a `rules` block. Every scenario is checked with `parseScenario`; one that did not
 * pass would be a bug in this generator (or a new check in `parseScenario`), and throws.
 */
export function arbScenario(options: ScenarioOptions = {}): fc.Arbitrary<Scenario> {
  const maxActors = clampInt(options.maxActors ?? 5, 2, ACTOR_IDS.length);
  const maxIssues = clampInt(options.maxIssues ?? 4, 1, ISSUE_IDS.length);
  const maxOptions = clampInt(options.maxOptions ?? 5, 2, OPTION_IDS.length);
  const maxTracks = clampInt(options.maxTracks ?? 3, 1, 3);
  const maxRedLines = clampInt(options.maxRedLines ?? 4, 0, 20);
  const maxDemands = clampInt(options.maxDemands ?? 3, 0, 20);
  const maxInjects = clampInt(options.maxInjects ?? 3, 0, 20);
  const cells = maxIssues * maxOptions;

  const small = fc.nat({ max: 31 });
  const actor = fc.record({
    kind: fc.nat({ max: KINDS.length - 1 }),
    persona: fc.nat({ max: PERSONAS.length - 1 }),
    reservation: fc.nat({ max: 100 }),
    weights: fc.array(fc.nat({ max: 10 }), { minLength: maxIssues, maxLength: maxIssues }),
    values: fc.array(fc.nat({ max: 10 }), { minLength: cells, maxLength: cells }),
    allies: fc.array(small, { maxLength: 2 }),
  });
  const issue = fc.record({ options: fc.integer({ min: 2, max: maxOptions }), statusQuo: small });
  const redLine = fc.record({
    actor: small,
    issue: small,
    forbidden: fc.nat({ max: 1023 }),
    utility: fc.nat({ max: 30 }),
    trust: fc.nat({ max: 30 }),
    cohesion: fc.nat({ max: 30 }),
  });
  const demand = fc.record({
    actor: small,
    issue: small,
    option: small,
    addressees: fc.array(small, { minLength: 1, maxLength: 3 }),
  });
  const track = fc.record({
    multilateral: fc.boolean(),
    participants: fc.array(small, { minLength: 2, maxLength: 5 }),
    chair: small,
    order: fc.option(fc.nat({ max: 9 }), { nil: undefined }),
    agenda: fc.array(fc.record({ issue: small, minutes: fc.integer({ min: 5, max: 90 }) }), {
      minLength: 1,
      maxLength: 4,
    }),
    extra: fc.integer({ min: -30, max: 60 }),
    overrun: fc.nat({ max: 60 }),
    gap: fc.nat({ max: 10 }),
  });
  const inject = fc.record({
    track: small,
    scheduled: fc.boolean(),
    at: fc.nat({ max: 1000 }),
    probability: fc.integer({ min: 1, max: 100 }),
    tension: fc.integer({ min: -20, max: 20 }),
    cohesion: fc.integer({ min: -20, max: 20 }),
    trust: fc.option(fc.record({ from: small, to: small, delta: fc.integer({ min: -20, max: 20 }) }), {
      nil: undefined,
    }),
  });
  const world = fc.record({
    tension: fc.nat({ max: 90 }),
    cohesion: fc.nat({ max: 100 }),
    defaultTrust: fc.nat({ max: 100 }),
    trust: fc.array(fc.record({ from: small, to: small, value: fc.nat({ max: 100 }) }), { maxLength: 4 }),
  });
  const rules = fc.record({
    minutes: fc.array(fc.record({ type: small, minutes: fc.integer({ min: 1, max: 60 }) }), { maxLength: 3 }),
    minTrustToAccept: fc.option(fc.nat({ max: 100 }), { nil: undefined }),
    hardenAt: fc.option(fc.nat({ max: 100 }), { nil: undefined }),
  });

  const blueprint = fc.record({
    actors: fc.array(actor, { minLength: 2, maxLength: maxActors }),
    issues: fc.array(issue, { minLength: 1, maxLength: maxIssues }),
    redLines: fc.array(redLine, { maxLength: maxRedLines }),
    demands: fc.array(demand, { maxLength: maxDemands }),
    tracks: fc.array(track, { minLength: 1, maxLength: maxTracks }),
    injects: fc.array(inject, { maxLength: maxInjects }),
    world,
    rules: options.rules === false ? fc.constant(undefined) : fc.option(rules, { nil: undefined }),
  });

  return blueprint.map((b) => {
    const built = build(b, maxOptions);
    const parsed = parseScenario(built);
    if (!parsed.ok) {
      const problems = parsed.error.map((p) => `${p.path}: ${p.message}`).join("; ");
      throw new Error(`arbScenario made a scenario that parseScenario refuses (${problems})`);
    }
    return parsed.value;
  });
}

interface Blueprint {
  actors: {
    kind: number;
    persona: number;
    reservation: number;
    weights: number[];
    values: number[];
    allies: number[];
  }[];
  issues: { options: number; statusQuo: number }[];
  redLines: {
    actor: number;
    issue: number;
    forbidden: number;
    utility: number;
    trust: number;
    cohesion: number;
  }[];
  demands: { actor: number; issue: number; option: number; addressees: number[] }[];
  tracks: {
    multilateral: boolean;
    participants: number[];
    chair: number;
    order: number | undefined;
    agenda: { issue: number; minutes: number }[];
    extra: number;
    overrun: number;
    gap: number;
  }[];
  injects: {
    track: number;
    scheduled: boolean;
    at: number;
    probability: number;
    tension: number;
    cohesion: number;
    trust: { from: number; to: number; delta: number } | undefined;
  }[];
  world: {
    tension: number;
    cohesion: number;
    defaultTrust: number;
    trust: { from: number; to: number; value: number }[];
  };
  rules:
    | {
        minutes: { type: number; minutes: number }[];
        minTrustToAccept: number | undefined;
        hardenAt: number | undefined;
      }
    | undefined;
}

/** Turns a blueprint of small numbers into scenario JSON whose every reference is valid. */
function build(b: Blueprint, maxOptions: number): Record<string, unknown> {
  const actorIds = ACTOR_IDS.slice(0, b.actors.length);
  const issueIds = ISSUE_IDS.slice(0, b.issues.length);
  const optionsOf = b.issues.map((issue) => OPTION_IDS.slice(0, issue.options));
  const others = (self: string): string[] => actorIds.filter((id) => id !== self);

  const actors = b.actors.map((a, i) => {
    const id = actorIds[i] ?? "";
    return {
      id,
      name: `Actor ${id}`,
      kind: pick(KINDS, a.kind),
      delegation: [{ name: `Head of ${id}`, title: "Head of delegation", sources: SOURCES }],
      weights: Object.fromEntries(issueIds.map((issue, k) => [issue, a.weights[k] ?? 0])),
      reservation: a.reservation / 100,
      persona: pick(PERSONAS, a.persona),
      allies: picks(others(id), a.allies),
      sources: SOURCES,
    };
  });

  const issues = b.issues.map((issue, i) => {
    const options = optionsOf[i] ?? [];
    return {
      id: issueIds[i],
      title: `Issue ${issueIds[i]}`,
      options: options.map((o) => ({ id: o, label: `Option ${o}` })),
      statusQuo: pick(options, issue.statusQuo),
      values: Object.fromEntries(
        actorIds.map((actorId, a) => [
          actorId,
          Object.fromEntries(options.map((o, k) => [o, (b.actors[a]?.values[i * maxOptions + k] ?? 0) / 10])),
        ]),
      ),
      sources: SOURCES,
    };
  });

  /** Options each actor forbids on each issue (by any of its red lines). */
  const forbidden = new Map<string, Set<string>>();
  const redLines = b.redLines.map((r, k) => {
    const actor = pick(actorIds, r.actor);
    const i = r.issue % issueIds.length;
    const options = optionsOf[i] ?? [];
    // A mask from 1 to 2^n - 2: at least one option forbidden, and at least one allowed.
    const mask = (r.forbidden % (2 ** options.length - 2)) + 1;
    const banned = options.filter((_, o) => (mask >> o) & 1);
    const key = `${actor}/${issueIds[i]}`;
    const set = forbidden.get(key) ?? new Set<string>();
    for (const o of banned) set.add(o);
    forbidden.set(key, set);
    return {
      id: `red-line-${k + 1}`,
      actor,
      issue: issueIds[i],
      forbidden: banned,
      price: { utility: r.utility / 100, trust: r.trust, cohesion: r.cohesion },
      text: `${actor} will not accept ${banned.join(", ")} on ${issueIds[i]}.`,
      sources: SOURCES,
    };
  });

  const demands = b.demands.flatMap((d, k) => {
    const actor = pick(actorIds, d.actor);
    const i = d.issue % issueIds.length;
    const banned = forbidden.get(`${actor}/${issueIds[i]}`) ?? new Set<string>();
    const allowed = (optionsOf[i] ?? []).filter((o) => !banned.has(o));
    if (allowed.length === 0) return [];
    const option = pick(allowed, d.option);
    return [
      {
        id: `demand-${k + 1}`,
        actor,
        issue: issueIds[i],
        option,
        addressees: picks(others(actor), d.addressees),
        text: `${actor} asks for ${option} on ${issueIds[i]}.`,
        sources: SOURCES,
      },
    ];
  });

  let day = 0;
  const ends: number[] = [];
  const tracks = b.tracks.map((t, k) => {
    day += t.gap;
    let participants = picks(actorIds, t.participants);
    for (const id of actorIds)
      if (participants.length < 2 && !participants.includes(id)) participants.push(id);
    if (!t.multilateral) participants = participants.slice(0, 2);
    const agenda = t.agenda.map((item) => ({ issue: pick(issueIds, item.issue), minutes: item.minutes }));
    const total = agenda.reduce((sum, item) => sum + item.minutes, 0);
    const scheduledMinutes = Math.max(10, total + t.extra);
    const maxOverrunMinutes = Math.max(0, total - scheduledMinutes) + t.overrun;
    ends.push(scheduledMinutes + maxOverrunMinutes);
    const track: Record<string, unknown> = {
      id: `track-${k + 1}`,
      title: `Meeting ${k + 1}`,
      venue: "Generated City",
      date: january(Math.min(day, 30)),
      format: t.multilateral ? "multilateral" : "bilateral",
      chair: t.multilateral ? pick(participants, t.chair) : null,
      participants,
      agenda,
      scheduledMinutes,
      maxOverrunMinutes,
      sources: SOURCES,
    };
    if (t.order !== undefined) {
      // A rotation, reversed for odd orders: a speakers' list that differs from the participants' order.
      const shift = t.order % participants.length;
      const rotated = [...participants.slice(shift), ...participants.slice(0, shift)];
      track.speakingOrder = t.order % 2 === 1 ? rotated.reverse() : rotated;
    }
    return track;
  });
  const trackIds = tracks.map((t) => String(t.id));

  const injects = b.injects.map((j, k) => {
    const t = j.track % trackIds.length;
    const effect: Record<string, unknown> = { tension: j.tension, cohesion: j.cohesion };
    if (j.trust !== undefined) {
      const from = pick(actorIds, j.trust.from);
      effect.trust = [{ from, to: pick(others(from), j.trust.to), delta: j.trust.delta }];
    }
    return {
      id: `inject-${k + 1}`,
      track: trackIds[t],
      text: `Something happens (${k + 1}).`,
      trigger: j.scheduled
        ? { kind: "scheduled", atMinute: j.at % ((ends[t] ?? 0) + 1) }
        : { kind: "random", probability: j.probability / 100 },
      effect,
      sources: SOURCES,
    };
  });

  const seenPairs = new Set<string>();
  const trust = b.world.trust.flatMap((entry) => {
    const from = pick(actorIds, entry.from);
    const to = pick(others(from), entry.to);
    if (seenPairs.has(`${from}>${to}`)) return [];
    seenPairs.add(`${from}>${to}`);
    return [{ from, to, value: entry.value }];
  });

  const scenario: Record<string, unknown> = {
    formatVersion: 1,
    id: "generated",
    title: "A generated scenario",
    summary: "Made by arbScenario from @parley/engine/testing.",
    sources: [{ key: SOURCE, title: "Generated by arbScenario; no real event." }],
    actors,
    issues,
    demands,
    redLines,
    tracks,
    injects,
    world: {
      tension: b.world.tension,
      cohesion: b.world.cohesion,
      defaultTrust: b.world.defaultTrust,
      trust,
    },
  };
  if (b.rules !== undefined) {
    const rules: Record<string, unknown> = {
      minutes: Object.fromEntries(b.rules.minutes.map((m) => [pick(MOVE_TYPES, m.type), m.minutes])),
    };
    if (b.rules.minTrustToAccept !== undefined) rules.minTrustToAccept = b.rules.minTrustToAccept;
    if (b.rules.hardenAt !== undefined) rules.hardenAt = b.rules.hardenAt;
    scenario.rules = rules;
  }
  return scenario;
}

/**
 * Checks a scenario with `parseScenario` and returns it, or throws an error listing every problem with its
 * JSON path: for tests, where a scenario that does not validate should fail loudly, never be skipped.
 */
export function parseScenarioOrThrow(input: unknown, name = "the scenario"): Scenario {
  const parsed = parseScenario(input);
  if (parsed.ok) return parsed.value;
  const problems = parsed.error.map((p) => `  ${p.path}: ${p.message}`).join("\n");
  throw new Error(`${name} does not validate:\n${problems}`);
}
