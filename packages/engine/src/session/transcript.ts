import { createGame } from "../game/game.js";
import { applyRules } from "../rules/apply.js";
import type { GameEvent } from "../rules/events.js";
import { cloneState } from "../rules/initial.js";
import type { GameState } from "../rules/state.js";
import type { Scenario } from "../scenario/schema.js";
import type { Move } from "../vocabulary/moves.js";

/** One line of a transcript: who did what, where and when, in plain words. */
export interface TranscriptLine {
  /** Index of the move in the game (the events a move set off share its index). */
  readonly move: number;
  readonly track: string;
  /** Minutes on the track clock when the line happened. */
  readonly minute: number;
  /** The actor who moved, or null for what happened as a result (an inject, the agenda, an agreement). */
  readonly actor: string | null;
  readonly text: string;
}

function issueTitle(s: Scenario, id: string): string {
  return s.issues.find((i) => i.id === id)?.title ?? id;
}

function optionLabel(s: Scenario, issue: string, option: string): string {
  return s.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? option;
}

function actorName(s: Scenario, id: string): string {
  const actor = s.actors.find((a) => a.id === id);
  const head = actor?.delegation[0];
  return head === undefined ? (actor?.name ?? id) : `${actor?.name ?? id} (${head.name})`;
}

function redLineText(s: Scenario, id: string): string {
  return s.redLines.find((r) => r.id === id)?.text ?? id;
}

/** A move in plain words. */
export function moveText(s: Scenario, move: Move): string {
  const who = actorName(s, move.actor);
  switch (move.type) {
    case "statement":
      return `${who} makes a ${move.tone} statement.`;
    case "propose":
      return `${who} proposes “${optionLabel(s, move.issue, move.option)}” on ${issueTitle(s, move.issue)}.`;
    case "counter":
      return `${who} counters with “${optionLabel(s, move.issue, move.option)}” on ${issueTitle(s, move.issue)}.`;
    case "accept":
      return `${who} accepts the proposal on ${issueTitle(s, move.issue)}.`;
    case "reject":
      return `${who} rejects the proposal on ${issueTitle(s, move.issue)}.`;
    case "concede":
      return `${who} softens its position on ${issueTitle(s, move.issue)}.`;
    case "reaffirm":
      return `${who} reaffirms its red line: ${redLineText(s, move.redLine)}`;
    case "cross":
      return `${who} crosses its own red line: ${redLineText(s, move.redLine)}`;
    case "offer-cbm":
      return `${who} offers a confidence-building measure.`;
    case "propose-follow-up":
      return `${who} proposes a follow-up meeting.`;
    case "accept-follow-up":
      return `${who} agrees to a follow-up meeting.`;
    case "walk-out":
      return `${who} walks out.`;
    case "pass":
      return `${who} passes.`;
  }
}

const RESULT_TEXT: Record<string, string> = {
  agreement: "with an agreement",
  "partial-agreement": "with a partial agreement",
  "no-breakthrough": "with no breakthrough",
  collapse: "in collapse",
};

/** What an event means in plain words, or null for events a reader does not need to see. */
export function eventText(s: Scenario, event: GameEvent): string | null {
  switch (event.type) {
    case "issue-agreed":
      return `Agreed on ${issueTitle(s, event.issue)}: “${optionLabel(s, event.issue, event.option)}”.`;
    case "position-moved":
      return `${actorName(s, event.actor)} can now live with “${optionLabel(s, event.issue, event.option)}”.`;
    case "red-line":
      return event.status === "challenged"
        ? `A red line is challenged: ${redLineText(s, event.redLine)}`
        : null;
    case "demand":
      return ["accepted", "rejected", "withdrawn"].includes(event.status)
        ? `Demand ${event.status}: ${s.demands.find((d) => d.id === event.demand)?.text ?? event.demand}`
        : null;
    case "stance":
      return `${actorName(s, event.actor)} ${event.stance === "hardened" ? "hardens its stance" : event.stance === "engaged" ? "re-engages" : "has left the table"}.`;
    case "inject":
      return `News: ${event.text}`;
    case "agenda-item":
      return `The agenda moves to ${issueTitle(s, event.issue)}.`;
    case "follow-up":
      return event.agreed ? "A follow-up meeting is agreed." : "No follow-up meeting is agreed.";
    case "track-concluded":
      return `${s.tracks.find((t) => t.id === event.track)?.title ?? event.track} ends ${RESULT_TEXT[event.result] ?? event.result}.`;
    case "game-over":
      return "The talks are over.";
    default:
      return null;
  }
}

/**
 * The game so far as readable lines: every move and what it set off. Rebuilt from the moves, so that
 * keeping a transcript costs the hot path nothing.
 */
export function transcript(state: GameState): TranscriptLine[] {
  const s = state.scenario;
  const lines: TranscriptLine[] = [];
  const replaying = cloneState(createGame(s, { seed: state.seed }));
  state.moves.forEach((move, index) => {
    const track = s.tracks[replaying.track.index]?.id ?? "";
    const minute = replaying.track.clock;
    const events: GameEvent[] = [];
    applyRules(replaying, move, events);
    lines.push({ move: index, track, minute, actor: move.actor, text: moveText(s, move) });
    for (const event of events) {
      const text = eventText(s, event);
      if (text !== null) lines.push({ move: index, track, minute, actor: null, text });
    }
  });
  return lines;
}
