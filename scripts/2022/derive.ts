/**
 * The January 2022 scenarios are one model: the security week (`scenarios/2022-01-security-week.json`) is
 * its source, and each single-meeting file is the week seen from one meeting. This module derives a
 * meeting's file from the week and the file's own parts (docs/scenarios-2022.md, "One model, four files"):
 *
 * - from the week: the meeting's track; the issues on its agenda; the actors at its table or with a red line
 *   on its agenda, with their weights on those issues and their reservation values moved onto the smaller
 *   utility scale; the demands, red lines, drafts (terms on the file's issues), lines, events of that meeting,
 *   the epilogue and the rules; the world as the week stands when the meeting opens (after the record's line
 *   of play of the meetings before, before this meeting's own opening events);
 * - from the file itself: its id, title, summary, history, the events only it has (context at its opening:
 *   what happened at the earlier meetings, with no effect, since the world already holds it) and the epilogue
 *   events only it has (what came after this meeting and before the week's epilogue).
 *
 * Pure: it reads and returns plain JSON (the file as written, in format 2), and reports problems as data.
 */
import { applyMove, createGame, parseScenario, type scenarioSchema } from "@parley/engine";
import type * as z from "zod";

/** A scenario file as written (format 2, defaults left out). */
export type ScenarioFile = z.input<typeof scenarioSchema>;
type Actor = ScenarioFile["actors"][number];
type ActorType = NonNullable<Actor["types"]>[number];
type Issue = ScenarioFile["issues"][number];
type World = ScenarioFile["world"];

/** The week's file and each meeting's, by track id. */
export const WEEK_FILE = "scenarios/2022-01-security-week.json";
export const MEETING_FILES: Readonly<Record<string, string>> = {
  "geneva-strategic-stability": "scenarios/2022-01-10-geneva-strategic-stability.json",
  "nato-russia-council": "scenarios/2022-01-12-nato-russia-council.json",
  "osce-permanent-council": "scenarios/2022-01-13-osce-permanent-council.json",
};

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const clampUnit = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * An actor's reservation moved from the week's utility scale to the scale of a file with fewer issues: what
 * walking away is worth above (or below) the status quo stays the same, `r − sq(week) + sq(file)`, where
 * `sq` is the actor's utility of the status quo on each scale. (Keeping the preference between walking away
 * and every deal exact would multiply that margin by the week's weight over the file's, six times over for
 * Russia in Vienna, and make the file's game a different one.)
 */
export function movedReservation(
  r: number,
  weights: Readonly<Record<string, number>>,
  issues: readonly Issue[],
  actor: string,
  kept: ReadonlySet<string>,
): number {
  const statusQuo = (keep: (id: string) => boolean) => {
    let total = 0;
    let sum = 0;
    for (const issue of issues) {
      const w = keep(issue.id) ? (weights[issue.id] ?? 0) : 0;
      total += w;
      sum += w * (issue.values[actor]?.[issue.statusQuo] ?? 0);
    }
    return total === 0 ? 0 : sum / total;
  };
  return round3(clampUnit(r - statusQuo(() => true) + statusQuo((id) => kept.has(id))));
}

function only<T>(record: Readonly<Record<string, T>>, keep: (key: string) => boolean): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => keep(key)));
}

function meetingActor(
  actor: Actor,
  week: ScenarioFile,
  kept: ReadonlySet<string>,
  present: ReadonlySet<string>,
  seated: boolean,
): Actor {
  const weights = only(actor.weights, (id) => kept.has(id));
  const move = (r: number, w: Readonly<Record<string, number>>) =>
    movedReservation(r, w, week.issues, actor.id, kept);
  const types = actor.types?.map((type): ActorType => {
    const w = type.weights ?? actor.weights;
    return {
      ...type,
      ...(type.reservation === undefined ? {} : { reservation: move(type.reservation, w) }),
      ...(type.reservationRange === undefined
        ? {}
        : {
            reservationRange: {
              min: move(type.reservationRange.min, w),
              max: move(type.reservationRange.max, w),
            },
          }),
      ...(type.weights === undefined ? {} : { weights: only(type.weights, (id) => kept.has(id)) }),
    };
  });
  return {
    ...actor,
    delegation: seated ? actor.delegation : [],
    weights,
    reservation: move(actor.reservation, actor.weights),
    ...(actor.reservationRange === undefined
      ? {}
      : {
          reservationRange: {
            min: move(actor.reservationRange.min, actor.weights),
            max: move(actor.reservationRange.max, actor.weights),
          },
        }),
    ...(actor.allies === undefined ? {} : { allies: actor.allies.filter((a) => present.has(a)) }),
    ...(actor.partners === undefined ? {} : { partners: actor.partners.filter((a) => present.has(a)) }),
    ...(types === undefined ? {} : { types }),
  };
}

/**
 * The world when track `index` of the week opens: the starting world for the first track; for a later one,
 * the week's historical line of play replayed up to the end of the track before, without the opening events
 * of this track (the meeting's own file fires them). Only the actors in `present` are kept.
 */
export function worldAt(week: ScenarioFile, index: number, present: readonly string[]): World | string {
  const keep = (a: string) => present.includes(a);
  const pairs = (value: (from: string, to: string) => number | undefined) =>
    present.flatMap((from) =>
      present.flatMap((to) => {
        const v = from === to ? undefined : value(from, to);
        return v === undefined || v === week.world.defaultTrust ? [] : [{ from, to, value: v }];
      }),
    );
  if (index === 0) {
    const listed = new Map((week.world.trust ?? []).map((t) => [`${t.from}>${t.to}`, t.value]));
    return {
      ...week.world,
      trust: pairs((f, t) => (keep(f) && keep(t) ? listed.get(`${f}>${t}`) : undefined)),
    };
  }
  const track = week.tracks[index]?.id;
  const withoutOpening: ScenarioFile = {
    ...week,
    injects: (week.injects ?? []).filter(
      (i) => !(i.track === track && i.trigger.kind === "scheduled" && i.trigger.atMinute === 0),
    ),
  };
  const parsed = parseScenario(withoutOpening);
  if (!parsed.ok) return `the week does not validate: ${parsed.error[0]?.path}: ${parsed.error[0]?.message}`;
  const history = parsed.value.history;
  if (history === undefined) return "the week has no history to replay";
  const started = createGame(parsed.value, { seed: history.seed });
  if (!started.ok) return started.error.message;
  let state = started.value;
  for (const move of history.moves) {
    if (state.track.index >= index) break;
    const next = applyMove(state, move);
    if (!next.ok) return `the week's history is refused: ${next.error.message}`;
    state = next.value.state;
  }
  if (state.track.index !== index) return `the week's history never reaches track ${track}`;
  const ids = parsed.value.actors.map((a) => a.id);
  const at = (id: string) => ids.indexOf(id);
  return {
    tension: state.tension,
    cohesion: state.cohesion,
    defaultTrust: week.world.defaultTrust,
    trust: pairs((f, t) => state.trust[at(f)]?.[at(t)]),
  };
}

/** Every source key cited in a part of a scenario (in `sources` lists, at any depth). */
export function citedKeys(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const child of node) citedKeys(child, out);
  else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "sources" && Array.isArray(value) && value.every((v) => typeof v === "string")) {
        for (const v of value) out.add(v);
      } else citedKeys(value, out);
    }
  }
  return out;
}

/** Sorts source keys as the record lists them: S, then B, then R, by number. */
export function sourceOrder(a: string, b: string): number {
  const rank = (k: string) => {
    const m = /^([SBR])(\d+)(a?)$/.exec(k);
    return m === null ? [9, 0, k] : ["SBR".indexOf(m[1] ?? ""), Number(m[2]), m[3] ?? ""];
  };
  const [x, y] = [rank(a), rank(b)];
  for (let i = 0; i < 3; i++) {
    const [p, q] = [x[i] ?? 0, y[i] ?? 0];
    if (p < q) return -1;
    if (p > q) return 1;
  }
  return 0;
}

/** The meeting `trackId`'s file, derived from the week and the file's own parts; or why not. */
export function deriveMeeting(week: ScenarioFile, own: ScenarioFile, trackId: string): ScenarioFile | string {
  const index = week.tracks.findIndex((t) => t.id === trackId);
  const track = week.tracks[index];
  if (track === undefined) return `the week has no track ${trackId}`;
  const kept = new Set(track.agenda.map((item) => item.issue));
  const issues = week.issues.filter((i) => kept.has(i.id));
  const seated = new Set(track.participants);
  const bound = new Set((week.redLines ?? []).filter((l) => kept.has(l.issue)).map((l) => l.actor));
  const presentList = week.actors.map((a) => a.id).filter((a) => seated.has(a) || bound.has(a));
  const present = new Set(presentList);
  const world = worldAt(week, index, presentList);
  if (typeof world === "string") return world;
  const weekInjectIds = new Set((week.injects ?? []).map((i) => i.id));
  const weekEpilogue = new Set((week.epilogue ?? []).map((e) => e.title));
  const epilogue = [
    ...(own.epilogue ?? []).filter((e) => !weekEpilogue.has(e.title)),
    ...(week.epilogue ?? []),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const body: Omit<ScenarioFile, "sources"> = {
    $schema: own.$schema,
    formatVersion: 2,
    id: own.id,
    title: own.title,
    summary: own.summary,
    actors: week.actors
      .filter((a) => present.has(a.id))
      .map((a) => meetingActor(a, week, kept, present, seated.has(a.id))),
    issues: issues.map((i) => ({ ...i, values: only(i.values, (a) => present.has(a)) })),
    demands: (week.demands ?? []).flatMap((d) => {
      const addressees = d.addressees.filter((a) => present.has(a));
      return kept.has(d.issue) && present.has(d.actor) && addressees.length > 0 ? [{ ...d, addressees }] : [];
    }),
    redLines: (week.redLines ?? []).filter((l) => kept.has(l.issue) && present.has(l.actor)),
    tracks: [
      {
        ...track,
        ...(track.delegations === undefined
          ? {}
          : { delegations: only(track.delegations, (a) => present.has(a)) }),
      },
    ],
    injects: [
      ...(own.injects ?? []).filter((i) => !weekInjectIds.has(i.id)),
      ...(week.injects ?? []).filter((i) => i.track === trackId),
    ],
    drafts: (week.drafts ?? []).flatMap((d) => {
      const terms = only(d.terms, (i) => kept.has(i));
      return present.has(d.actor) && Object.keys(terms).length > 0 ? [{ ...d, terms }] : [];
    }),
    lines: (week.lines ?? []).filter(
      (l) =>
        present.has(l.actor) &&
        (l.track === undefined ? l.issue === undefined || kept.has(l.issue) : l.track === trackId),
    ),
    epilogue,
    world,
    ...(week.rules === undefined ? {} : { rules: week.rules }),
    ...(own.history === undefined ? {} : { history: own.history }),
  };
  const titles = new Map([...week.sources, ...own.sources].map((s) => [s.key, s.title]));
  const keys = [...citedKeys(body)].sort(sourceOrder);
  const missing = keys.filter((k) => !titles.has(k));
  if (missing.length > 0) return `no title for the source keys ${missing.join(", ")}`;
  const { $schema, formatVersion, id, title, summary, ...rest } = body;
  return {
    $schema,
    formatVersion,
    id,
    title,
    summary,
    sources: keys.map((key) => ({ key, title: titles.get(key) ?? key })),
    ...rest,
  };
}
