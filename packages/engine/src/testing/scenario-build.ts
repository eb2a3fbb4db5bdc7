import { SCENARIO_FORMAT } from "../scenario/schema.js";
import { NEGOTIATION_MODES, PERSONAS } from "../vocabulary/lists.js";
import { MOVE_TYPES } from "../vocabulary/moves.js";
import type { ActorPrint, Blueprint, InjectPrint, TrackPrint, WalkOutPrint } from "./scenario-blueprint.js";

/** The ids the generated scenarios use. */
export const ACTOR_IDS = ["north", "south", "east", "west", "centre"] as const;
export const ISSUE_IDS = ["quota", "harbour", "border", "trade"] as const;
export const OPTION_IDS = ["o1", "o2", "o3", "o4", "o5"] as const;
const KINDS = ["state", "alliance", "organisation"] as const;
const SOURCE = "GEN";
const SOURCES = [SOURCE];

/** Picks `list[n mod length]`. */
function pick<T>(list: readonly T[], n: number): T {
  const item = list[n % list.length];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** The distinct items that the numbers pick, in order of first pick. */
function picks<T>(list: readonly T[], ns: readonly number[]): T[] {
  return list.length === 0 ? [] : [...new Set(ns.map((n) => pick(list, n)))];
}

/** A day in January 2030, `day` from 0 (the 1st) to 30. */
function january(day: number): string {
  return `2030-01-${String(day + 1).padStart(2, "0")}`;
}

/** A reservation and, with a spread, the range it is drawn from, in [0, 1]. */
function reservationOf(reservation: number, spread: number | undefined): Record<string, unknown> {
  if (spread === undefined) return { reservation: reservation / 100 };
  const min = Math.max(0, reservation - spread) / 100;
  const max = Math.min(100, reservation + spread) / 100;
  return { reservation: reservation / 100, reservationRange: { min, max } };
}

const costOf = (w: WalkOutPrint) => ({ utility: w.utility / 100, trust: w.trust, tension: w.tension });

/** What a blueprint refers to by number, as the scenario's ids. */
interface Ids {
  readonly actors: readonly string[];
  readonly issues: readonly string[];
  readonly options: readonly (readonly string[])[];
  readonly tracks: readonly string[];
  readonly others: (self: string) => string[];
}

function buildActor(a: ActorPrint, index: number, ids: Ids): Record<string, unknown> {
  const id = ids.actors[index] ?? "";
  const weightsOf = (ws: readonly number[]) =>
    Object.fromEntries(ids.issues.map((issue, k) => [issue, ws[k] ?? 0]));
  const allies = picks(ids.others(id), a.allies);
  const partners = picks(
    ids.others(id).filter((other) => !allies.includes(other)),
    a.partners,
  );
  const total = a.types.reduce((sum, t) => sum + t.share, 0);
  const types = a.types.map((t, k) => ({
    id: `type-${k + 1}`,
    title: `Type ${k + 1}`,
    probability: t.share / total,
    ...(t.reservation === undefined ? {} : reservationOf(t.reservation, t.spread)),
    ...(t.weights === undefined ? {} : { weights: weightsOf(t.weights) }),
    ...(t.persona === undefined ? {} : { persona: pick(PERSONAS, t.persona) }),
    sources: SOURCES,
  }));
  return {
    id,
    name: `Actor ${id}`,
    kind: pick(KINDS, a.kind),
    delegation: [{ name: `Head of ${id}`, title: "Head of delegation", sources: SOURCES }],
    weights: weightsOf(a.weights),
    ...reservationOf(a.reservation, a.spread),
    persona: pick(PERSONAS, a.persona),
    allies,
    partners,
    types,
    visibility: {
      type: a.publicType ? "public" : "private",
      reservation: a.publicReservation ? "public" : "private",
    },
    ...(a.walkOutCost === undefined ? {} : { walkOutCost: costOf(a.walkOutCost) }),
    sources: SOURCES,
  };
}

/** The seats of a track: participants, chair, parties (a mediator in the chair when asked and possible). */
function seats(t: TrackPrint, ids: Ids): Record<string, unknown> {
  const participants = picks(ids.actors, t.participants);
  for (const id of ids.actors)
    if (participants.length < 2 && !participants.includes(id)) participants.push(id);
  if (!t.multilateral) {
    const [a, b, c] = participants as [string, string, string | undefined];
    if (t.mediator && c !== undefined)
      return { format: "bilateral", chair: c, participants: [a, b, c], parties: [a, b] };
    return { format: "bilateral", chair: null, participants: [a, b] };
  }
  const chair = pick(participants, t.chair);
  const parties = participants.filter((p) => p !== chair);
  if (t.mediator && parties.length >= 2) return { format: "multilateral", chair, participants, parties };
  return { format: "multilateral", chair, participants };
}

function buildTrack(t: TrackPrint, k: number, day: number, ids: Ids): Record<string, unknown> {
  const seated = seats(t, ids);
  const participants = seated.participants as string[];
  const agenda = t.agenda.map((item) => ({ issue: pick(ids.issues, item.issue), minutes: item.minutes }));
  const total = agenda.reduce((sum, item) => sum + item.minutes, 0);
  const scheduledMinutes = Math.max(10, total + t.extra);
  const maxOverrunMinutes = Math.max(0, total - scheduledMinutes) + t.overrun;
  const distinct = new Set(agenda.map((item) => item.issue)).size;
  const mode = pick(NEGOTIATION_MODES, t.mode);
  const track: Record<string, unknown> = {
    id: `track-${k + 1}`,
    title: `Meeting ${k + 1}`,
    venue: "Generated City",
    date: january(Math.min(day, 30)),
    ...seated,
    negotiation: mode === "packages" && distinct < 2 ? "items" : mode,
    walkOut: t.endsTrack ? "ends-track" : "ends-game",
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
}

function buildInject(j: InjectPrint, k: number, ids: Ids, ends: readonly number[]): Record<string, unknown> {
  const t = j.track % ids.tracks.length;
  const effect: Record<string, unknown> = { tension: j.tension, cohesion: j.cohesion };
  if (j.trust !== undefined) {
    const from = pick(ids.actors, j.trust.from);
    effect.trust = [{ from, to: pick(ids.others(from), j.trust.to), delta: j.trust.delta }];
  }
  if (j.reservation !== undefined)
    effect.reservation = [{ actor: pick(ids.actors, j.reservation.actor), delta: j.reservation.delta / 100 }];
  if (j.deadline !== undefined) effect.deadline = j.deadline;
  const trigger = j.scheduled
    ? {
        kind: "scheduled",
        atMinute: j.at % ((ends[t] ?? 0) + 1),
        ...(j.certain ? {} : { probability: j.probability / 100 }),
      }
    : { kind: "random", probability: j.probability / 100 };
  return {
    id: `inject-${k + 1}`,
    track: ids.tracks[t],
    text: `Something happens (${k + 1}).`,
    trigger,
    effect,
    sources: SOURCES,
  };
}

/** Turns a blueprint of small numbers into format-2 scenario JSON whose every reference is valid. */
export function buildScenario(b: Blueprint, maxOptions: number): Record<string, unknown> {
  const actorIds = ACTOR_IDS.slice(0, b.actors.length);
  const issueIds = ISSUE_IDS.slice(0, b.issues.length);
  const ids: Ids = {
    actors: actorIds,
    issues: issueIds,
    options: b.issues.map((issue) => OPTION_IDS.slice(0, issue.options)),
    tracks: b.tracks.map((_, k) => `track-${k + 1}`),
    others: (self) => actorIds.filter((id) => id !== self),
  };

  const issues = b.issues.map((issue, i) => {
    const options = ids.options[i] ?? [];
    return {
      id: issueIds[i],
      title: `Issue ${issueIds[i]}`,
      kind: issue.process ? "process" : "substance",
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
    const options = ids.options[i] ?? [];
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
  const allowedFor = (actor: string, i: number): string[] => {
    const banned = forbidden.get(`${actor}/${issueIds[i]}`) ?? new Set<string>();
    return (ids.options[i] ?? []).filter((o) => !banned.has(o));
  };

  const demands = b.demands.flatMap((d, k) => {
    const actor = pick(actorIds, d.actor);
    const i = d.issue % issueIds.length;
    const allowed = allowedFor(actor, i);
    if (allowed.length === 0) return [];
    const option = pick(allowed, d.option);
    return [
      {
        id: `demand-${k + 1}`,
        actor,
        issue: issueIds[i],
        option,
        addressees: picks(ids.others(actor), d.addressees),
        text: `${actor} asks for ${option} on ${issueIds[i]}.`,
        sources: SOURCES,
      },
    ];
  });

  const drafts = b.drafts.flatMap((d, k) => {
    const actor = pick(actorIds, d.actor);
    const terms: Record<string, string> = {};
    for (const p of d.picks) {
      const i = p.issue % issueIds.length;
      const allowed = allowedFor(actor, i);
      const issue = issueIds[i];
      if (allowed.length > 0 && issue !== undefined) terms[issue] = pick(allowed, p.option);
    }
    if (Object.keys(terms).length === 0) return [];
    return [{ id: `draft-${k + 1}`, actor, title: `Draft ${k + 1}`, terms, sources: SOURCES }];
  });

  let day = 0;
  const ends: number[] = [];
  const tracks = b.tracks.map((t, k) => {
    day += t.gap;
    const track = buildTrack(t, k, day, ids);
    ends.push(Number(track.scheduledMinutes) + Number(track.maxOverrunMinutes));
    return track;
  });

  const seenPairs = new Set<string>();
  const trust = b.world.trust.flatMap((entry) => {
    const from = pick(actorIds, entry.from);
    const to = pick(ids.others(from), entry.to);
    if (seenPairs.has(`${from}>${to}`)) return [];
    seenPairs.add(`${from}>${to}`);
    return [{ from, to, value: entry.value }];
  });

  const scenario: Record<string, unknown> = {
    formatVersion: SCENARIO_FORMAT,
    id: "generated",
    title: "A generated scenario",
    summary: "Made by arbScenario from @parley/engine/testing.",
    sources: [{ key: SOURCE, title: "Generated by arbScenario; no real event." }],
    actors: b.actors.map((a, k) => buildActor(a, k, ids)),
    issues,
    demands,
    redLines,
    drafts,
    tracks,
    injects: b.injects.map((j, k) => buildInject(j, k, ids, ends)),
    world: {
      tension: b.world.tension,
      cohesion: b.world.cohesion,
      defaultTrust: b.world.defaultTrust,
      trust,
    },
  };
  if (b.rules !== undefined) {
    const r = b.rules;
    scenario.rules = {
      minutes: Object.fromEntries(r.minutes.map((m) => [pick(MOVE_TYPES, m.type), m.minutes])),
      ...(r.minTrustToAccept === undefined ? {} : { minTrustToAccept: r.minTrustToAccept }),
      ...(r.hardenAt === undefined ? {} : { hardenAt: r.hardenAt }),
      ...(r.allyCohesion === undefined ? {} : { allyCohesion: r.allyCohesion }),
      ...(r.walkOutCost === undefined ? {} : { walkOutCost: costOf(r.walkOutCost) }),
    };
  }
  return scenario;
}
