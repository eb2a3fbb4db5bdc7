import type { DemandValue, RedLineValue, StanceValue, TrackPhase } from "../machines/index.js";
import type { CompiledScenario } from "../rules/compile.js";
import { computeOutcome, type Outcome } from "../rules/outcome.js";
import { currentTrack, live, speaker, timeLimit } from "../rules/query.js";
import type { GameState, TrackResult } from "../rules/state.js";
import type { IssueKind, NegotiationMode, WalkOutEffect } from "../vocabulary/lists.js";
import type { Terms } from "../vocabulary/moves.js";
import type { TranscriptLine } from "./transcript.js";

/** Who looks at the game: an actor's seat (its id), or a spectator who sees everything (a debrief, a facilitator). */
export type Seat = string;

/** The spectator's seat name. */
export const SPECTATOR = "spectator";

/** A person in a delegation. */
export interface PersonView {
  readonly name: string;
  readonly title: string;
}

/** An actor as a seat sees it. Private data of others is `null` unless the scenario makes it public. */
export interface ActorView {
  readonly id: string;
  readonly name: string;
  readonly kind: "state" | "alliance" | "organisation";
  /** Who speaks for it at the current meeting (or the last one, when the game is over). */
  readonly delegation: readonly PersonView[];
  readonly allies: readonly string[];
  readonly partners: readonly string[];
  readonly stance: StanceValue;
  /** Whether it sits at the current meeting, and whether an agreement there needs its acceptance. */
  readonly present: boolean;
  readonly party: boolean;
  /** Its positions (the worst option it accepts per issue): public, since concessions are made openly. */
  readonly positions: Readonly<Record<string, string>>;
  /** Its public weights per issue (summing to 1). */
  readonly weights: Readonly<Record<string, number>>;
  /** What the scenario says others expect its reservation to be. */
  readonly expectedReservation: number;
  /** Its real reservation in this game: the seat's own, a public one, or everyone's for a spectator; else null. */
  readonly reservation: number | null;
  /** The types it may be, with their probabilities (public knowledge). */
  readonly possibleTypes: readonly {
    readonly id: string;
    readonly title: string;
    readonly probability: number;
  }[];
  /** Its drawn type, where the seat may know it; else null. */
  readonly type: { readonly id: string; readonly title: string; readonly description: string | null } | null;
  readonly walkOuts: number;
}

/** An issue with its options, its status quo and what has been agreed. */
export interface IssueView {
  readonly id: string;
  readonly title: string;
  readonly description: string | null;
  readonly kind: IssueKind;
  readonly options: readonly { readonly id: string; readonly label: string }[];
  readonly statusQuo: string;
  readonly agreed: string | null;
  /** Every actor's (public) value of every option: `values[actorId][optionId]`. */
  readonly values: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** An agenda item of the current meeting. */
export interface AgendaItemView {
  readonly issue: string;
  readonly title: string;
  readonly minutes: number;
  readonly status: "done" | "current" | "upcoming";
}

/** The meeting being played. */
export interface MeetingView {
  readonly id: string;
  readonly title: string;
  readonly venue: string;
  readonly date: string;
  readonly endDate: string | null;
  readonly format: "bilateral" | "multilateral";
  readonly chair: string | null;
  readonly chairPerson: string | null;
  readonly participants: readonly string[];
  readonly parties: readonly string[];
  readonly mode: NegotiationMode;
  readonly walkOut: WalkOutEffect;
  readonly phase: TrackPhase;
  /** Minutes used, planned, and the limit (planned plus overrun allowance and deadline changes). */
  readonly clock: number;
  readonly scheduled: number;
  readonly limit: number;
  readonly overrun: boolean;
  readonly agenda: readonly AgendaItemView[];
  readonly currentIssue: string | null;
  /** The actor who has the floor. */
  readonly floor: string | null;
  readonly followUp: { readonly by: string; readonly accepted: readonly string[] } | null;
}

/** A meeting of the scenario, with its result once it is over. */
export interface MeetingSummary {
  readonly id: string;
  readonly title: string;
  readonly venue: string;
  readonly date: string;
  readonly status: "done" | "current" | "upcoming";
  readonly result: TrackResult | null;
}

/** An open proposal. */
export interface ProposalView {
  readonly issues: readonly string[];
  readonly terms: Terms;
  readonly by: string;
  readonly accepted: readonly string[];
  /** Parties whose acceptance it still needs. */
  readonly waitingFor: readonly string[];
  /** Whether it may be answered now (a package anytime on the agenda, an item while it is the current item). */
  readonly live: boolean;
}

/** A demand and its machine state. */
export interface DemandView {
  readonly id: string;
  readonly actor: string;
  readonly issue: string;
  readonly option: string;
  readonly addressees: readonly string[];
  readonly text: string;
  readonly status: DemandValue;
}

/** A red line and its machine state. */
export interface RedLineView {
  readonly id: string;
  readonly actor: string;
  readonly issue: string;
  readonly forbidden: readonly string[];
  readonly text: string;
  readonly status: RedLineValue;
  readonly price: { readonly utility: number; readonly trust: number; readonly cohesion: number };
}

/**
 * Everything one seat may see of a game, as JSON-serialisable, id-keyed data: the scenario's public facts,
 * the meeting, floor, clock and agenda, the proposals on the table, demands and red lines with their machine
 * states, tension, cohesion, the seat's own trust, and the transcript; never another seat's private type or
 * reservation while the game runs (the spectator sees everything; once the game is over, everyone does, for
 * the debrief). No compiled tables, no index arrays.
 */
export interface SeatView {
  /** The seat's actor id, or "spectator". */
  readonly seat: Seat;
  readonly scenario: {
    readonly id: string;
    readonly title: string;
    readonly summary: string;
    readonly sources: readonly { readonly key: string; readonly title: string }[];
  };
  readonly actors: readonly ActorView[];
  readonly issues: readonly IssueView[];
  readonly meetings: readonly MeetingSummary[];
  /** The meeting being played; null once the game is over. */
  readonly meeting: MeetingView | null;
  readonly table: readonly ProposalView[];
  readonly demands: readonly DemandView[];
  readonly redLines: readonly RedLineView[];
  readonly world: {
    readonly tension: number;
    readonly cohesion: number;
    /** Trust the seat places in each other actor (a spectator: every pair), 0..100. */
    readonly trust: readonly { readonly from: string; readonly to: string; readonly value: number }[];
  };
  readonly moveCount: number;
  readonly over: boolean;
  /** The outcome so far (utilities of the seat alone while the game runs; everyone's once it is over). */
  readonly outcome: Outcome;
  readonly transcript: readonly TranscriptLine[];
}

function ids(list: readonly { readonly id: string }[], indexes: readonly number[]): string[] {
  return indexes.map((i) => list[i]?.id ?? "");
}

/** Whether the seat may see actor `a`'s private data of this kind. */
function sees(
  c: CompiledScenario,
  state: GameState,
  seat: number,
  a: number,
  what: "type" | "reservation",
): boolean {
  return seat === -1 || seat === a || state.over || c.scenario.actors[a]?.visibility[what] === "public";
}

function filterOutcome(c: CompiledScenario, state: GameState, seat: number): Outcome {
  const full = computeOutcome(c, state);
  if (seat === -1 || state.over) return full;
  const keep = <T>(
    record: Readonly<Record<string, T>>,
    what: "type" | "reservation" | "utility",
  ): Record<string, T> => {
    const out: Record<string, T> = {};
    c.scenario.actors.forEach((actor, a) => {
      const allowed = what === "utility" ? a === seat : sees(c, state, seat, a, what);
      if (allowed && Object.hasOwn(record, actor.id)) out[actor.id] = record[actor.id] as T;
    });
    return out;
  };
  return {
    ...full,
    utilities: keep(full.utilities, "utility"),
    types: keep(full.types, "type"),
    reservations: keep(full.reservations, "reservation"),
  };
}

/**
 * The view of a game from a seat (an actor's id) or the spectator's. `transcript` is the game's transcript
 * (a match keeps it as it goes; `view` in the public API rebuilds it).
 */
export function buildView(
  c: CompiledScenario,
  state: GameState,
  seatId: Seat,
  transcript: readonly TranscriptLine[],
): SeatView {
  const s = c.scenario;
  const seat = seatId === SPECTATOR ? -1 : (c.actorIndex.get(seatId) ?? -2);
  const track = currentTrack(c, state);
  const trackSpec = s.tracks[state.track.index];
  const optionId = (i: number, o: number) => s.issues[i]?.options[o]?.id ?? "";
  const termsOf = (options: readonly number[]): Terms => {
    const terms: Record<string, string> = {};
    options.forEach((o, i) => {
      if (o >= 0) terms[s.issues[i]?.id ?? ""] = optionId(i, o);
    });
    return terms;
  };
  const actors: ActorView[] = s.actors.map((actor, a) => {
    const t = state.types[a] ?? -1;
    const type = t >= 0 && sees(c, state, seat, a, "type") ? actor.types[t] : undefined;
    const delegation =
      trackSpec !== undefined && Object.hasOwn(trackSpec.delegations, actor.id)
        ? (trackSpec.delegations[actor.id] ?? actor.delegation)
        : actor.delegation;
    const positions: Record<string, string> = {};
    const weights: Record<string, number> = {};
    s.issues.forEach((issue, i) => {
      positions[issue.id] = optionId(i, state.positions[a]?.[i] ?? 0);
      weights[issue.id] = c.weights[a]?.[i] ?? 0;
    });
    return {
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      delegation: delegation.map((p) => ({ name: p.name, title: p.title })),
      allies: actor.allies,
      partners: actor.partners,
      stance: state.stances[a] ?? "engaged",
      present: track.present[a] === true,
      party: track.isParty[a] === true,
      positions,
      weights,
      expectedReservation: actor.reservation,
      reservation: sees(c, state, seat, a, "reservation")
        ? (state.reservations[a] ?? actor.reservation)
        : null,
      possibleTypes: actor.types.map((x) => ({ id: x.id, title: x.title, probability: x.probability })),
      type:
        type === undefined ? null : { id: type.id, title: type.title, description: type.description ?? null },
      walkOuts: state.walkOuts[a] ?? 0,
    };
  });
  const issues: IssueView[] = s.issues.map((issue, i) => ({
    id: issue.id,
    title: issue.title,
    description: issue.description ?? null,
    kind: issue.kind,
    options: issue.options.map((o) => ({ id: o.id, label: o.label })),
    statusQuo: issue.statusQuo,
    agreed: state.agreed[i] === null ? null : optionId(i, state.agreed[i] ?? -1),
    values: issue.values,
  }));
  const onAgenda = state.track.phase === "agenda" || state.track.phase === "overrun";
  const current = onAgenda ? (track.agenda[state.track.agendaIndex] ?? -1) : -1;
  const floor = speaker(c, state);
  const meeting: MeetingView | null =
    state.over || trackSpec === undefined
      ? null
      : {
          id: trackSpec.id,
          title: trackSpec.title,
          venue: trackSpec.venue,
          date: trackSpec.date,
          endDate: trackSpec.endDate ?? null,
          format: trackSpec.format,
          chair: trackSpec.chair,
          chairPerson: trackSpec.chairPerson ?? null,
          participants: trackSpec.participants,
          parties: trackSpec.parties ?? trackSpec.participants,
          mode: trackSpec.negotiation,
          walkOut: trackSpec.walkOut,
          phase: state.track.phase,
          clock: state.track.clock,
          scheduled: track.scheduled,
          limit: timeLimit(c, state),
          overrun: state.track.clock > track.scheduled,
          agenda: trackSpec.agenda.map((item, k) => {
            const i = track.agenda[k] ?? -1;
            const done =
              state.agreed[i] !== null ||
              (onAgenda ? k < state.track.agendaIndex : state.track.phase !== "opening");
            return {
              issue: item.issue,
              title: item.title ?? s.issues[i]?.title ?? item.issue,
              minutes: item.minutes,
              status: onAgenda && k === state.track.agendaIndex ? "current" : done ? "done" : "upcoming",
            };
          }),
          currentIssue: current >= 0 ? (s.issues[current]?.id ?? null) : null,
          floor: floor >= 0 ? (s.actors[floor]?.id ?? null) : null,
          followUp:
            state.track.followUp === null
              ? null
              : {
                  by: s.actors[state.track.followUp.by]?.id ?? "",
                  accepted: ids(s.actors, state.track.followUp.accepted),
                },
        };
  const meetings: MeetingSummary[] = s.tracks.map((t, k) => ({
    id: t.id,
    title: t.title,
    venue: t.venue,
    date: t.date,
    status:
      k < state.results.length ? "done" : k === state.track.index && !state.over ? "current" : "upcoming",
    result: state.results.find((r) => r.track === t.id) ?? null,
  }));
  const table: ProposalView[] = state.table.map((p) => {
    const terms = termsOf(p.options);
    return {
      issues: Object.keys(terms),
      terms,
      by: s.actors[p.by]?.id ?? "",
      accepted: ids(s.actors, p.accepted),
      waitingFor: ids(
        s.actors,
        track.speakers.filter((a) => track.isParty[a] === true && !p.accepted.includes(a)),
      ),
      live: live(c, state, p),
    };
  });
  const trust: { from: string; to: string; value: number }[] = [];
  s.actors.forEach((from, a) => {
    if (seat !== -1 && a !== seat) return;
    s.actors.forEach((to, b) => {
      if (a !== b) trust.push({ from: from.id, to: to.id, value: state.trust[a]?.[b] ?? 0 });
    });
  });
  return {
    seat: seatId,
    scenario: {
      id: s.id,
      title: s.title,
      summary: s.summary,
      sources: s.sources.map((x) => ({ key: x.key, title: x.title })),
    },
    actors,
    issues,
    meetings,
    meeting,
    table,
    demands: s.demands.map((d, k) => ({
      id: d.id,
      actor: d.actor,
      issue: d.issue,
      option: d.option,
      addressees: d.addressees,
      text: d.text,
      status: state.demands[k] ?? "tabled",
    })),
    redLines: s.redLines.map((r, k) => ({
      id: r.id,
      actor: r.actor,
      issue: r.issue,
      forbidden: r.forbidden,
      text: r.text,
      status: state.redLines[k] ?? "intact",
      price: r.price,
    })),
    world: { tension: state.tension, cohesion: state.cohesion, trust },
    moveCount: state.moveCount,
    over: state.over,
    outcome: filterOutcome(c, state, seat),
    transcript,
  };
}
