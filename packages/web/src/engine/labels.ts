import { DEFAULT_MINUTES, type GameState, type Move, type MoveType, type Scenario } from "@parley/engine";
import type { MoveGroup } from "../models/index.js";
import { withoutSourceKeys } from "./cards.js";

/**
 * Moves in the player's words. Today's engine words a move in the third person for the transcript
 * (`moveText`); the buttons need the imperative, so the adapter words them until the engine's view does.
 */

/** The panel group of each kind of move. */
export const MOVE_GROUP: Readonly<Record<MoveType, MoveGroup>> = {
  statement: "speak",
  propose: "propose",
  counter: "propose",
  accept: "respond",
  reject: "respond",
  concede: "respond",
  reaffirm: "red-lines",
  cross: "red-lines",
  "offer-cbm": "procedure",
  "propose-follow-up": "procedure",
  "accept-follow-up": "procedure",
  "walk-out": "procedure",
  pass: "procedure",
};

/** Group headings, in the panel's order. */
export const GROUP_TITLES: Readonly<Record<MoveGroup, string>> = {
  speak: "Speak",
  propose: "Propose",
  respond: "Respond",
  "red-lines": "Red lines",
  procedure: "Procedure",
};

/** What each kind of move is called when none of it can be played. */
export const KIND_NAMES: Readonly<Record<MoveType, string>> = {
  statement: "Make a statement",
  propose: "Propose",
  counter: "Counter the proposal",
  accept: "Accept the proposal",
  reject: "Reject the proposal",
  concede: "Soften your position",
  reaffirm: "Reaffirm a red line",
  cross: "Cross a red line",
  "offer-cbm": "Offer a confidence-building measure",
  "propose-follow-up": "Propose a follow-up meeting",
  "accept-follow-up": "Agree to the follow-up meeting",
  "walk-out": "Walk out",
  pass: "Pass",
};

/** Minutes a kind of move takes on the meeting clock in this scenario. */
export function minutesOf(scenario: Scenario, type: MoveType): number {
  const overrides = scenario.rules?.minutes;
  const own = overrides !== undefined && Object.hasOwn(overrides, type) ? overrides[type] : undefined;
  return own ?? DEFAULT_MINUTES[type];
}

function issueOf(s: Scenario, id: string) {
  return s.issues.find((i) => i.id === id);
}

function optionLabel(s: Scenario, issue: string, option: string): string {
  return issueOf(s, issue)?.options.find((o) => o.id === option)?.label ?? option;
}

function tabledLabel(state: GameState, issue: string): string | null {
  const s = state.scenario;
  const index = s.issues.findIndex((i) => i.id === issue);
  const proposal = state.proposals[index];
  if (proposal === null || proposal === undefined) return null;
  return s.issues[index]?.options[proposal.option]?.label ?? null;
}

/** The first clause of a red line's text, enough to tell it from the actor's other red lines. */
function gist(text: string): string {
  const plain = withoutSourceKeys(text);
  const clause = plain.split(/[:;.]/)[0]?.trim() ?? plain;
  return clause.length <= 70 ? clause : `${clause.slice(0, 69).trimEnd()}…`;
}

/** A move as the player's choice, e.g. "Counter with “Hotlines” on Risk reduction". */
export function moveLabel(state: GameState, move: Move): string {
  const s = state.scenario;
  switch (move.type) {
    case "statement":
      return move.tone === "firm" ? "Make a firm statement" : "Make a conciliatory statement";
    case "propose":
      return `Propose “${optionLabel(s, move.issue, move.option)}” on ${issueOf(s, move.issue)?.title ?? move.issue}`;
    case "counter":
      return `Counter with “${optionLabel(s, move.issue, move.option)}” on ${issueOf(s, move.issue)?.title ?? move.issue}`;
    case "accept":
    case "reject": {
      const verb = move.type === "accept" ? "Accept" : "Reject";
      const tabled = tabledLabel(state, move.issue);
      const title = issueOf(s, move.issue)?.title ?? move.issue;
      return tabled === null ? `${verb} the proposal on ${title}` : `${verb} “${tabled}” on ${title}`;
    }
    case "concede":
      return `Soften your position on ${issueOf(s, move.issue)?.title ?? move.issue}`;
    case "reaffirm":
    case "cross": {
      const line = s.redLines.find((r) => r.id === move.redLine);
      const verb = move.type === "reaffirm" ? "Reaffirm" : "Cross";
      if (line === undefined) return `${verb} your red line '${move.redLine}'`;
      return `${verb} your red line on ${issueOf(s, line.issue)?.title ?? line.issue}: “${gist(line.text)}”`;
    }
    default:
      return KIND_NAMES[move.type];
  }
}
