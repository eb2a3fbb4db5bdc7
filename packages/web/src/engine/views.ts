import {
  type MoveMenu,
  moveKind,
  type SeatView,
  type TranscriptLine,
  type ValidScenario,
} from "@parley/engine";
import type {
  BriefingModel,
  MeetingModel,
  MoveEventModel,
  MovesModel,
  TableModel,
  TranscriptMeeting,
  TranscriptModel,
} from "../models/index.js";
import { withoutSourceKeys } from "./cards.js";
import type { PlayedMove } from "./match.js";
import { controllerOf, type Seats } from "./seats.js";

/**
 * The engine's session data (a seat's `SeatView`, a `MoveMenu`, transcript lines) reshaped into the web's
 * view models. Nothing is worked out here that the engine knows: labels, reasons, effects, transcript text,
 * what a seat may see all come from the session API; this file only picks, renames and joins for the screens.
 */

function nameOf(view: SeatView, id: string): string {
  return view.actors.find((a) => a.id === id)?.name ?? id;
}

function issueTitle(view: SeatView, id: string): string {
  return view.issues.find((i) => i.id === id)?.title ?? id;
}

function optionLabel(view: SeatView, issue: string, option: string): string {
  return view.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? option;
}

function phaseOf(phase: string): MeetingModel["phase"] {
  return phase === "scheduled" ||
    phase === "opening" ||
    phase === "agenda" ||
    phase === "overrun" ||
    phase === "closing"
    ? phase
    : "concluded";
}

/**
 * The table as a seat sees it. While the game runs the meeting is the view's; once it is over, the last
 * meeting held, as it ended (the scenario gives its fixed facts: title, seats, schedule).
 */
export function tableModel(view: SeatView, scenario: ValidScenario, seats: Seats): TableModel {
  const m = view.meeting;
  const held = view.meetings.filter((x) => x.status !== "upcoming");
  const summary = m === null ? held[held.length - 1] : view.meetings.find((x) => x.id === m.id);
  const index = Math.max(
    0,
    view.meetings.findIndex((x) => x.id === summary?.id),
  );
  const track = scenario.tracks[index];
  if (track === undefined) throw new Error("the scenario has no meetings");
  const participants = m?.participants ?? track.speakingOrder ?? track.participants;
  const present = new Set(participants);
  const minutes = summary?.result?.minutes ?? 0;
  return {
    scenarioTitle: view.scenario.title,
    meeting: {
      id: track.id,
      title: track.title,
      venue: track.venue,
      date: track.date,
      format: track.format,
      chair: track.chair,
      chairPerson: track.chairPerson ?? null,
      number: index + 1,
      of: view.meetings.length,
      phase: m === null ? "concluded" : phaseOf(m.phase),
    },
    seats: participants.map((id) => {
      const actor = view.actors.find((a) => a.id === id);
      const choice = seats[id];
      const persona = scenario.actors.find((a) => a.id === id)?.persona ?? null;
      return {
        id,
        name: actor?.name ?? id,
        head: actor?.delegation[0]?.name ?? null,
        controller: controllerOf(seats, id),
        bot: choice === undefined ? persona : choice.kind === "bot" ? choice.bot : null,
        stance: actor?.stance ?? "engaged",
        chair: track.chair === id,
      };
    }),
    floor: m?.floor ?? null,
    clock:
      m === null
        ? {
            minute: minutes,
            scheduled: track.scheduledMinutes,
            limit: Math.max(minutes, track.scheduledMinutes),
            overrun: minutes > track.scheduledMinutes,
          }
        : { minute: m.clock, scheduled: m.scheduled, limit: m.limit, overrun: m.overrun },
    // Once the game is over the view has no meeting; the last one's agenda is then all done.
    agenda: (
      m?.agenda ??
      track.agenda.map((item) => ({
        issue: item.issue,
        title: item.title ?? issueTitle(view, item.issue),
        minutes: item.minutes,
        status: "done" as const,
      }))
    ).map((item) => {
      const agreed = view.issues.find((i) => i.id === item.issue)?.agreed ?? null;
      return { ...item, agreed: agreed === null ? null : optionLabel(view, item.issue, agreed) };
    }),
    proposals: view.table.map((p) => ({
      key: `${p.by}:${p.issues.join("+")}`,
      title: p.issues.map((i) => issueTitle(view, i)).join(" + "),
      terms: p.issues.map((i) => optionLabel(view, i, p.terms[i] ?? "")).join(" · "),
      by: p.by,
      acceptedBy: p.accepted,
      waitingFor: p.waitingFor,
    })),
    demands: view.demands
      .filter((d) => present.has(d.actor))
      .map((d) => ({
        id: d.id,
        by: d.actor,
        issueTitle: issueTitle(view, d.issue),
        text: withoutSourceKeys(d.text),
        state: d.status,
      })),
    redLines: view.redLines.map((r) => ({
      id: r.id,
      by: r.actor,
      issueTitle: issueTitle(view, r.issue),
      text: withoutSourceKeys(r.text),
      state: r.status,
    })),
    tension: view.world.tension,
    cohesion: view.world.cohesion,
    trust: view.world.trust.filter((t) => present.has(t.from) && present.has(t.to)),
    over: view.over,
    moveCount: view.moveCount,
  };
}

/** The moves panel's model of the engine's menu for the seat on the floor. */
export function movesModel(menu: MoveMenu, view: SeatView): MovesModel {
  return {
    actor: menu.floor,
    actorName: menu.floor === null ? "" : nameOf(view, menu.floor),
    groups: menu.groups.map((g) => ({
      group: g.kind,
      title: g.title,
      moves: g.moves.map((m) => ({ id: m.code, label: m.label, minutes: m.minutes, effects: m.effects })),
    })),
    unavailable: menu.unavailable.map((u) => ({
      group: u.kind,
      label: u.label,
      code: u.reason.code,
      reason: u.message,
    })),
  };
}

/** The transcript by meeting, every line numbered; a meeting's opening line is its header. */
export function transcriptModel(view: SeatView, lines: readonly TranscriptLine[]): TranscriptModel {
  const meetings: TranscriptMeeting[] = view.meetings.map((t) => ({
    id: t.id,
    title: t.title,
    venue: t.venue,
    date: t.date,
    lines: [],
  }));
  let n = 0;
  for (const line of lines) {
    if (line.kind === "meeting") continue;
    const meeting = meetings.find((m) => m.id === line.track);
    n++;
    (meeting?.lines as TranscriptMeeting["lines"][number][] | undefined)?.push({
      n,
      move: line.kind === "move" ? line.move + 1 : null,
      minute: line.minute,
      actor: line.actor,
      text: line.text,
      quote: line.quote === null ? null : { text: line.quote.text, speaker: line.quote.speaker },
    });
  }
  const current = view.meeting?.id;
  return { meetings: meetings.filter((m) => m.lines.length > 0 || m.id === current), lineCount: n };
}

/** What the scene animates for a move just played: who, which group of move, and the engine's words. */
export function moveEvent(played: PlayedMove): MoveEventModel {
  return { actor: played.move.actor, group: moveKind(played.move), text: played.text };
}

/** The brief of the seat `you`, from its own view (its reservation is its own to see). */
export function briefingModel(
  view: SeatView,
  scenario: ValidScenario,
  seed: string,
  seats: Seats,
): BriefingModel {
  const you = view.seat;
  const actor = view.actors.find((a) => a.id === you);
  const goals = Object.entries(actor?.weights ?? {})
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .flatMap(([issueId, w]) => {
      const issue = view.issues.find((i) => i.id === issueId);
      if (issue === undefined) return [];
      const values = issue.values[you] ?? {};
      const best = [...issue.options].sort((a, b) => (values[b.id] ?? 0) - (values[a.id] ?? 0))[0];
      return [
        {
          issue: issue.title,
          weight: Math.round(w * 100),
          best: best?.label ?? "",
          statusQuo: optionLabel(view, issue.id, issue.statusQuo),
        },
      ];
    });
  const playerOf = (id: string): string => {
    const c = seats[id];
    if (id === you) return "you";
    if (c?.kind === "person") return "another person at this device";
    const bot = c?.kind === "bot" ? c.bot : scenario.actors.find((a) => a.id === id)?.persona;
    return `the ${bot === "mcts" ? "search" : bot} bot`;
  };
  const statement = (x: { actor: string; issue: string; text: string }, sources: readonly string[]) => ({
    by: nameOf(view, x.actor),
    issue: issueTitle(view, x.issue),
    text: withoutSourceKeys(x.text),
    yours: x.actor === you,
    sources,
  });
  return {
    scenarioTitle: view.scenario.title,
    summary: withoutSourceKeys(view.scenario.summary),
    seed,
    you: { id: you, name: nameOf(view, you) },
    meetings: scenario.tracks.map((t) => ({
      title: t.title,
      venue: t.venue,
      date: t.date,
      chair: t.chairPerson ?? (t.chair === null ? null : nameOf(view, t.chair)),
      scheduledMinutes: t.scheduledMinutes,
      delegations: (t.speakingOrder ?? t.participants).map((id) => ({
        name: nameOf(view, id),
        people: (t.delegations[id] ?? scenario.actors.find((a) => a.id === id)?.delegation ?? []).map(
          (p) => `${p.name}, ${p.title}`,
        ),
        player: playerOf(id),
      })),
      agenda: t.agenda.map((item) => ({
        title: item.title ?? issueTitle(view, item.issue),
        minutes: item.minutes,
      })),
    })),
    goals,
    fallback: actor?.reservation ?? actor?.expectedReservation ?? 0,
    demands: view.demands.map((d, k) => statement(d, scenario.demands[k]?.sources ?? [])),
    redLines: view.redLines.map((r, k) => statement(r, scenario.redLines[k]?.sources ?? [])),
    sources: view.scenario.sources.map((x) => ({ key: x.key, title: x.title })),
  };
}
