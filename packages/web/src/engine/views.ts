import {
  currentActor,
  type GameState,
  legalMoves,
  type Move,
  moveText,
  type OverallResult,
  outcome,
  type Scenario,
  stateHash,
  transcript,
} from "@parley/engine";
import type {
  AgendaItemModel,
  BriefingModel,
  EndModel,
  MeetingModel,
  MoveEventModel,
  MoveGroupModel,
  MovesModel,
  TableModel,
  TranscriptMeeting,
  TranscriptModel,
} from "../models/index.js";
import { withoutSourceKeys } from "./cards.js";
import { GROUP_TITLES, MOVE_GROUP, minutesOf, moveLabel } from "./labels.js";
import { controllerOf, type Seats } from "./seats.js";
import { unavailableMoves } from "./unavailable.js";

/**
 * Today's engine state turned into the web's view models. This file is the part of the adapter that the
 * engine's `view(state, seat)` replaces: each function here becomes a reshaping of that view.
 */

function actorName(s: Scenario, id: string): string {
  return s.actors.find((a) => a.id === id)?.name ?? id;
}

function issueTitle(s: Scenario, id: string): string {
  return s.issues.find((i) => i.id === id)?.title ?? id;
}

function phaseOf(state: GameState): MeetingModel["phase"] {
  const p = state.track.phase;
  return p === "scheduled" || p === "opening" || p === "agenda" || p === "overrun" || p === "closing"
    ? p
    : "concluded";
}

function agendaOf(state: GameState): AgendaItemModel[] {
  const s = state.scenario;
  const track = s.tracks[state.track.index];
  const phase = phaseOf(state);
  return (track?.agenda ?? []).map((item, i) => {
    const issueIndex = s.issues.findIndex((x) => x.id === item.issue);
    const agreed = state.agreed[issueIndex];
    const status =
      phase === "closing" || phase === "concluded"
        ? "done"
        : phase === "agenda" || phase === "overrun"
          ? i < state.track.agendaIndex
            ? "done"
            : i === state.track.agendaIndex
              ? "current"
              : "upcoming"
          : "upcoming";
    return {
      issue: item.issue,
      title: item.title ?? issueTitle(s, item.issue),
      minutes: item.minutes,
      status,
      agreed:
        agreed === null || agreed === undefined
          ? null
          : (s.issues[issueIndex]?.options[agreed]?.label ?? null),
    };
  });
}

/** The table as every seat sees it (today's engine has no private information at the table). */
export function tableModel(state: GameState, seats: Seats): TableModel {
  const s = state.scenario;
  const track = s.tracks[state.track.index];
  if (track === undefined) throw new Error("the game has no current meeting");
  const order = track.speakingOrder ?? track.participants;
  const index = (id: string) => s.actors.findIndex((a) => a.id === id);
  const present = new Set(order);
  const proposals = s.issues.flatMap((issue, i) => {
    const p = state.proposals[i];
    if (p === null || p === undefined) return [];
    return [
      {
        issue: issue.id,
        issueTitle: issue.title,
        option: issue.options[p.option]?.label ?? "",
        by: s.actors[p.by]?.id ?? "",
        acceptedBy: p.accepted.map((a) => s.actors[a]?.id ?? ""),
      },
    ];
  });
  return {
    scenarioTitle: s.title,
    meeting: {
      id: track.id,
      title: track.title,
      venue: track.venue,
      date: track.date,
      format: track.format,
      chair: track.chair,
      chairPerson: track.chairPerson ?? null,
      number: state.track.index + 1,
      of: s.tracks.length,
      phase: phaseOf(state),
    },
    seats: order.map((id) => {
      const actor = s.actors[index(id)];
      const choice = seats[id];
      return {
        id,
        name: actor?.name ?? id,
        head: actor?.delegation[0]?.name ?? null,
        controller: controllerOf(seats, id),
        bot: choice === undefined ? (actor?.persona ?? null) : choice.kind === "bot" ? choice.bot : null,
        stance: state.stances[index(id)] ?? "engaged",
        chair: track.chair === id,
      };
    }),
    floor: currentActor(state),
    clock: {
      minute: state.track.clock,
      scheduled: track.scheduledMinutes,
      limit: track.scheduledMinutes + track.maxOverrunMinutes,
      overrun: state.track.clock > track.scheduledMinutes,
    },
    agenda: agendaOf(state),
    proposals,
    demands: s.demands
      .map((d, i) => ({
        id: d.id,
        by: d.actor,
        issueTitle: issueTitle(s, d.issue),
        text: withoutSourceKeys(d.text),
        state: state.demands[i] ?? "tabled",
      }))
      .filter((d) => present.has(d.by)),
    redLines: s.redLines.map((r, i) => ({
      id: r.id,
      by: r.actor,
      issueTitle: issueTitle(s, r.issue),
      text: withoutSourceKeys(r.text),
      state: state.redLines[i] ?? "intact",
    })),
    tension: state.tension,
    cohesion: state.cohesion,
    trust: order.flatMap((from) =>
      order
        .filter((to) => to !== from)
        .map((to) => ({ from, to, value: state.trust[index(from)]?.[index(to)] ?? 0 })),
    ),
    over: state.over,
    moveCount: state.moves.length,
  };
}

/** The moves of the actor on the floor, grouped by kind, with the kinds it cannot play and why. */
export function movesModel(state: GameState): MovesModel {
  const actor = currentActor(state);
  const legal = legalMoves(state);
  const groups: MoveGroupModel[] = [];
  legal.forEach((move, i) => {
    const group = MOVE_GROUP[move.type];
    let entry = groups.find((g) => g.group === group);
    if (entry === undefined) {
      entry = { group, title: GROUP_TITLES[group], moves: [] };
      groups.push(entry);
    }
    (entry.moves as MoveGroupModel["moves"][number][]).push({
      id: String(i),
      label: moveLabel(state, move),
      minutes: minutesOf(state.scenario, move.type),
      effects: [],
    });
  });
  const order = Object.keys(GROUP_TITLES);
  groups.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
  return {
    actor,
    actorName: actor === null ? "" : actorName(state.scenario, actor),
    groups,
    unavailable: unavailableMoves(state, legal),
  };
}

/** The move behind a move id of {@link movesModel}, or undefined. */
export function moveById(state: GameState, id: string): Move | undefined {
  if (!/^\d{1,4}$/.test(id)) return undefined;
  return legalMoves(state)[Number(id)];
}

/** The transcript by meeting, every line numbered. */
export function transcriptModel(state: GameState): TranscriptModel {
  const s = state.scenario;
  const meetings: TranscriptMeeting[] = s.tracks.map((t) => ({
    id: t.id,
    title: t.title,
    venue: t.venue,
    date: t.date,
    lines: [],
  }));
  let n = 0;
  for (const line of transcript(state)) {
    const meeting = meetings.find((m) => m.id === line.track);
    n++;
    (meeting?.lines as TranscriptMeeting["lines"][number][] | undefined)?.push({
      n,
      minute: line.minute,
      actor: line.actor,
      text: line.text,
    });
  }
  return {
    meetings: meetings.filter((m) => m.lines.length > 0 || m.id === s.tracks[state.track.index]?.id),
    lineCount: n,
  };
}

/** What the scene animates for a move just played. */
export function moveEvent(scenario: Scenario, move: Move): MoveEventModel {
  return { actor: move.actor, group: MOVE_GROUP[move.type], text: moveText(scenario, move) };
}

/** The brief of the actor `you`. */
export function briefingModel(s: Scenario, you: string, seed: string, seats: Seats): BriefingModel {
  const actor = s.actors.find((a) => a.id === you);
  const total = Object.values(actor?.weights ?? {}).reduce((a, b) => a + b, 0);
  const goals = Object.entries(actor?.weights ?? {})
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .flatMap(([issueId, w]) => {
      const issue = s.issues.find((i) => i.id === issueId);
      if (issue === undefined) return [];
      const values = issue.values[you] ?? {};
      const best = [...issue.options].sort((a, b) => (values[b.id] ?? 0) - (values[a.id] ?? 0))[0];
      return [
        {
          issue: issue.title,
          weight: total > 0 ? Math.round((w / total) * 100) : 0,
          best: best?.label ?? "",
          statusQuo: issue.options.find((o) => o.id === issue.statusQuo)?.label ?? "",
        },
      ];
    });
  const playerOf = (id: string): string => {
    const c = seats[id];
    if (id === you) return "you";
    if (c?.kind === "person") return "another person at this device";
    const bot = c?.kind === "bot" ? c.bot : s.actors.find((a) => a.id === id)?.persona;
    return `the ${bot === "mcts" ? "search" : bot} bot`;
  };
  const statement = (x: { actor: string; issue: string; text: string; sources: readonly string[] }) => ({
    by: actorName(s, x.actor),
    issue: issueTitle(s, x.issue),
    text: withoutSourceKeys(x.text),
    yours: x.actor === you,
    sources: x.sources,
  });
  return {
    scenarioTitle: s.title,
    summary: withoutSourceKeys(s.summary),
    seed,
    you: { id: you, name: actorName(s, you) },
    meetings: s.tracks.map((t) => ({
      title: t.title,
      venue: t.venue,
      date: t.date,
      chair: t.chairPerson ?? (t.chair === null ? null : actorName(s, t.chair)),
      scheduledMinutes: t.scheduledMinutes,
      delegations: (t.speakingOrder ?? t.participants).map((id) => ({
        name: actorName(s, id),
        people: (s.actors.find((a) => a.id === id)?.delegation ?? []).map((p) => `${p.name}, ${p.title}`),
        player: playerOf(id),
      })),
      agenda: t.agenda.map((item) => ({
        title: item.title ?? issueTitle(s, item.issue),
        minutes: item.minutes,
      })),
    })),
    goals,
    fallback: actor?.reservation ?? 0,
    demands: s.demands.map(statement),
    redLines: s.redLines.map(statement),
    sources: s.sources.map((x) => ({ key: x.key, title: x.title })),
  };
}

const RESULT_WORDS: Readonly<Record<OverallResult, string>> = {
  agreement: "Agreement",
  "partial-agreement": "Partial agreement",
  "no-breakthrough": "No breakthrough",
  collapse: "Collapse",
};

function resultWords(result: string): string {
  return RESULT_WORDS[result as OverallResult] ?? result;
}

function agreedLabels(s: Scenario, agreed: Readonly<Record<string, string>>): string[] {
  return Object.entries(agreed).map(([issue, option]) => {
    const i = s.issues.find((x) => x.id === issue);
    return `${i?.title ?? issue}: ${i?.options.find((o) => o.id === option)?.label ?? option}`;
  });
}

/**
 * The debrief of a finished game, beside the historical line when the scenario records one (`history`
 * is the state reached by replaying the record's moves).
 */
export function endModel(state: GameState, seats: Seats, history: GameState | null): EndModel {
  const s = state.scenario;
  const result = outcome(state);
  const record = s.history;
  const historical = history === null ? null : outcome(history);
  return {
    scenarioTitle: s.title,
    overall: resultWords(result.overall),
    historicalOverall: record === undefined ? null : resultWords(record.outcome.overall),
    meetings: s.tracks.map((t) => {
      const mine = result.tracks.find((r) => r.track === t.id);
      const theirs = record?.outcome.tracks?.find((r) => r.track === t.id);
      return {
        title: t.title,
        date: t.date,
        result: mine === undefined ? "Not reached" : resultWords(mine.result),
        agreed: mine === undefined ? [] : agreedLabels(s, mine.agreed),
        historical: theirs === undefined ? null : resultWords(theirs.result),
        historicalAgreed: agreedLabels(s, theirs?.agreed ?? {}),
      };
    }),
    actors: s.actors.map((a) => ({
      id: a.id,
      name: a.name,
      utility: result.utilities[a.id] ?? 0,
      historical: record?.outcome.utilities?.[a.id] ?? historical?.utilities[a.id] ?? null,
      controller: controllerOf(seats, a.id),
    })),
    fingerprint: stateHash(state),
    moveCount: state.moves.length,
  };
}
