import type { Scenario } from "../scenario/schema.js";
import type { Move } from "../vocabulary/moves.js";
import { issuesText, issueTitle, redLineText, speakerName, termsText } from "./names.js";

/** A move as an action, as in "Russia cannot <describeMove>": "propose ‘Hotlines’ on Risk reduction". */
export function describeMove(s: Scenario, move: Move): string {
  switch (move.type) {
    case "statement":
      return `make a ${move.tone} statement`;
    case "propose":
      return `propose ${termsText(s, move.terms)}`;
    case "counter":
      return `counter with ${termsText(s, move.terms)}`;
    case "accept":
      return `accept the proposal on ${issuesText(s, move.issues)}`;
    case "reject":
      return `reject the proposal on ${issuesText(s, move.issues)}`;
    case "concede":
      return `soften its position on ${issueTitle(s, move.issue)}`;
    case "reaffirm":
      return `reaffirm its red line '${move.redLine}'`;
    case "cross":
      return `cross its red line '${move.redLine}'`;
    case "offer-cbm":
      return "offer a confidence-building measure";
    case "propose-follow-up":
      return "propose a follow-up meeting";
    case "accept-follow-up":
      return "accept the follow-up meeting";
    case "walk-out":
      return "walk out";
    case "pass":
      return "pass";
  }
}

/** A move in plain words, as a transcript line: "Russia (Alexander Grushko) proposes …". */
export function moveText(s: Scenario, move: Move, trackId: string | null = null): string {
  const who = speakerName(s, move.actor, trackId);
  switch (move.type) {
    case "statement":
      return `${who} makes a ${move.tone} statement.`;
    case "propose":
      return `${who} proposes ${termsText(s, move.terms)}.`;
    case "counter":
      return `${who} counters with ${termsText(s, move.terms)}.`;
    case "accept":
      return `${who} accepts the proposal on ${issuesText(s, move.issues)}.`;
    case "reject":
      return `${who} rejects the proposal on ${issuesText(s, move.issues)}.`;
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
