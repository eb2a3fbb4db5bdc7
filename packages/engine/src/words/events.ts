import type { GameEvent } from "../rules/events.js";
import type { Scenario } from "../scenario/schema.js";
import { issueTitle, optionLabel, redLineText, speakerName, termsText } from "./names.js";

const RESULT_TEXT: Readonly<Record<string, string>> = {
  agreement: "with an agreement",
  "partial-agreement": "with a partial agreement",
  "procedural-agreement": "with an agreement on how to go on talking",
  "no-breakthrough": "with no breakthrough",
  collapse: "in collapse",
};

/** What an event means in plain words, or null for events a reader does not need to see. */
export function eventText(s: Scenario, event: GameEvent, trackId: string | null): string | null {
  switch (event.type) {
    case "agreed":
      return `Agreed: ${termsText(s, event.terms)}.`;
    case "position-moved":
      return `${speakerName(s, event.actor, trackId)} can now live with ‘${optionLabel(s, event.issue, event.option)}’ on ${issueTitle(s, event.issue)}.`;
    case "red-line":
      return event.status === "challenged"
        ? `A red line is challenged: ${redLineText(s, event.redLine)}`
        : event.status === "crossed"
          ? `A red line has been crossed: ${redLineText(s, event.redLine)}`
          : null;
    case "demand":
      return ["accepted", "rejected", "withdrawn"].includes(event.status)
        ? `Demand ${event.status}: ${s.demands.find((d) => d.id === event.demand)?.text ?? event.demand}`
        : null;
    case "stance":
      return `${speakerName(s, event.actor, trackId)} ${event.stance === "hardened" ? "hardens its stance" : event.stance === "engaged" ? "re-engages" : "has left the table"}.`;
    case "inject":
      return `News: ${event.text}`;
    case "agenda-item":
      return `The agenda moves to ${issueTitle(s, event.issue)}.`;
    case "proposal-withdrawn":
      return event.reason === "meeting-ended" ? `Left on the table: ${termsText(s, event.terms)}.` : null;
    case "cohesion-cost":
      return `Turning down an ally's proposal costs the alliance ${event.amount} points of cohesion.`;
    case "follow-up":
      return event.agreed ? "A follow-up meeting is agreed." : "No follow-up meeting is agreed.";
    case "track-concluded": {
      const title = s.tracks.find((t) => t.id === event.track)?.title ?? event.track;
      const why =
        event.cause?.kind === "tension"
          ? " (tension reached its limit)"
          : event.cause?.kind === "walk-out"
            ? ` (${speakerName(s, event.cause.actor, event.track)} walked out)`
            : "";
      return `${title} ends ${RESULT_TEXT[event.result] ?? event.result}${why}.`;
    }
    case "game-over":
      return "The talks are over.";
    default:
      return null;
  }
}
