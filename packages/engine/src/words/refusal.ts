import type { Refusal } from "../rules/refusal.js";
import type { Scenario } from "../scenario/schema.js";
import type { Move } from "../vocabulary/moves.js";
import { describeMove } from "./moves.js";
import { actorName, issuesText, issueTitle, optionLabel, possessive, termsText } from "./names.js";

const PHASE_NAMES: Readonly<Record<string, string>> = {
  scheduled: "before the meeting",
  opening: "the opening statements",
  agenda: "the agenda",
  overrun: "the overrun",
  closing: "the closing round",
};

const MODE_NAMES: Readonly<Record<string, string>> = {
  items: "item by item",
  packages: "in packages of two issues or more",
  both: "item by item or in packages",
};

const quoteAll = (ids: readonly string[]): string => ids.map((id) => `'${id}'`).join(", ");
const percent = (x: number): string => `${Math.round(x * 100)}`;

/** Why a move was refused, in words (the part after "cannot …: "). */
export function refusalReason(s: Scenario, r: Refusal): string {
  const name = (id: string) => actorName(s, id);
  switch (r.code) {
    case "malformed":
      return r.params.path === "" ? r.params.reason : `${r.params.reason} at '${r.params.path}'`;
    case "unknown-actor":
      return `there is no actor '${r.params.actor}'; the actors are ${quoteAll(r.params.actors)}`;
    case "unknown-issue":
      return `there is no issue '${r.params.issue}'; the issues are ${quoteAll(r.params.issues)}`;
    case "unknown-option":
      return `'${r.params.issue}' has no option '${r.params.option}'; its options are ${quoteAll(r.params.options)}`;
    case "unknown-red-line":
      return `there is no red line '${r.params.redLine}'`;
    case "game-over":
      return "the game is over";
    case "not-your-turn":
      return `the floor is ${possessive(s, r.params.floor)}`;
    case "stance":
      return r.params.stance === "walkedOut"
        ? `${name(r.params.actor)} has walked out of this meeting`
        : `${name(r.params.actor)} has hardened its stance; a conciliatory statement or a confidence-building offer re-engages it`;
    case "wrong-phase":
      return `that is not done during ${PHASE_NAMES[r.params.phase] ?? "a concluded meeting"}`;
    case "not-negotiable":
      if (!r.params.onAgenda) return `${issueTitle(s, r.params.issue)} is not on this meeting's agenda`;
      return r.params.current === null
        ? "no agenda item is open"
        : `this meeting negotiates ${MODE_NAMES[r.params.mode]}, and the agenda is at ${issueTitle(s, r.params.current)}`;
    case "already-agreed":
      return `${issueTitle(s, r.params.issue)} is already agreed`;
    case "wrong-shape":
      return `this meeting negotiates ${MODE_NAMES[r.params.mode]}`;
    case "covered":
      return `${possessive(s, r.params.by)} proposal on ${issueTitle(s, r.params.issue)} is on the table; counter, accept or reject it`;
    case "no-proposal":
      return `no open proposal covers exactly ${issuesText(s, r.params.issues)}`;
    case "not-live":
      return r.params.current === null
        ? "no agenda item is open"
        : `the agenda has moved on to ${issueTitle(s, r.params.current)}`;
    case "own-proposal":
      return `the proposal is ${possessive(s, r.params.actor)} own`;
    case "not-a-party":
      return `${name(r.params.actor)} is not a party here: it chairs or mediates, and its acceptance is not needed`;
    case "already-accepted":
      return `${name(r.params.actor)} has already accepted it`;
    case "unacceptable": {
      const single = Object.keys(r.params.terms).length === 1;
      return single
        ? `it is worse for ${name(r.params.actor)} than its position, ${termsText(s, r.params.positions)}`
        : `as a whole it is worth ${percent(r.params.offered)} to ${name(r.params.actor)}, less than the ${percent(r.params.needed)} its positions on these issues are worth`;
    }
    case "red-line":
      return `‘${optionLabel(s, r.params.issue, r.params.option)}’ on ${issueTitle(s, r.params.issue)} is behind its red line '${r.params.redLine}'; crossing it is a move of its own`;
    case "outside-red-line":
      return `‘${optionLabel(s, r.params.issue, r.params.option)}’ crosses ${possessive(s, r.params.holder)} red line '${r.params.redLine}', and ${name(r.params.holder)} ${r.params.absent ? "is not at the table" : "is not a party here"}: nothing can be agreed about it without it`;
    case "distrust":
      return `${name(r.params.actor)} trusts ${name(r.params.proposer)} too little (${Math.round(r.params.trust)} of the ${r.params.needed} needed)`;
    case "no-concession-left":
      return `${name(r.params.actor)} has nothing left to concede on ${issueTitle(s, r.params.issue)}`;
    case "not-yours":
      return `'${r.params.redLine}' is ${possessive(s, r.params.holder)} red line`;
    case "crossed":
      return `'${r.params.redLine}' has already been crossed`;
    case "already-held":
      return `'${r.params.redLine}' has been reaffirmed and nobody has challenged it since`;
    case "already-used":
      return `${name(r.params.actor)} has already offered one at this meeting`;
    case "follow-up-open":
      return "a follow-up meeting has already been proposed";
    case "no-follow-up":
      return "nobody has proposed a follow-up meeting";
    case "invalid-state":
      return `the game state cannot be used: ${r.params.reason}`;
    case "internal":
      return `something went wrong inside the engine (${r.params.reason}); please report it with the game's save`;
  }
}

/**
 * A refusal in one sentence: "Russia cannot propose ‘…’ on Enlargement: the floor is NATO's." Without the
 * move (or for input that is not a move) just the reason.
 */
export function explainRefusal(s: Scenario, r: Refusal, move: Move | null): string {
  const reason = refusalReason(s, r);
  if (move === null || r.code === "malformed" || r.code === "unknown-actor") {
    return `${r.code === "malformed" ? "Not a valid move" : "Not a move of this game"}: ${reason}.`;
  }
  return `${actorName(s, move.actor)} cannot ${describeMove(s, move)}: ${reason}.`;
}
