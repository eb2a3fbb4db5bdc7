import type { Scenario } from "../scenario/schema.js";
import type { Move, Terms } from "../vocabulary/moves.js";
import { DEFAULT_RULES, MOVE_EFFECTS } from "../vocabulary/rule-numbers.js";
import { issuesText, issueTitle, optionLabel, possessive, redLineText, termsText } from "./names.js";

/**
 * Move labels for a person choosing a move: what the move does, fully named ("Soften on Withdrawal to
 * ‘Partial pull-back’", "Accept NATO's ‘Hotlines’ on Risk reduction"), and its known effects in words.
 */

/** What the label needs to know beyond the move: the terms an accept or reject answers, a concession's target. */
export interface LabelContext {
  /** For accept and reject: the terms of the proposal answered, and who tabled it. */
  readonly answered?: { readonly terms: Terms; readonly by: string };
  /** For a concession: the option the position moves to. */
  readonly concedeTo?: string;
  /** For a proposal or counter: what the terms are (the actor's draft, the parties' Nash package…). */
  readonly termsName?: string;
  /** For a walk-out: whether it ends the whole game. */
  readonly walkOutEndsGame?: boolean;
  /** For accepting a follow-up: who proposed it. */
  readonly followUpBy?: string;
}

const sign = (n: number): string => (n > 0 ? `+${n}` : `−${Math.abs(n)}`);

/** The label of a move, from its actor's point of view ("your red line"). */
export function moveLabel(s: Scenario, move: Move, context: LabelContext = {}): string {
  switch (move.type) {
    case "statement":
      return `Make a ${move.tone} statement`;
    case "propose":
    case "counter": {
      const verb = move.type === "propose" ? "Propose" : "Counter with";
      const packageOf = Object.keys(move.terms).length > 1 ? "a package: " : "";
      const named = context.termsName === undefined ? "" : ` (${context.termsName})`;
      return `${verb} ${packageOf}${termsText(s, move.terms)}${named}`;
    }
    case "accept":
    case "reject": {
      const verb = move.type === "accept" ? "Accept" : "Reject";
      const answered = context.answered;
      if (answered === undefined) return `${verb} the proposal on ${issuesText(s, move.issues)}`;
      return `${verb} ${possessive(s, answered.by)} ${termsText(s, answered.terms)}`;
    }
    case "concede": {
      const to = context.concedeTo;
      return to === undefined
        ? `Soften your position on ${issueTitle(s, move.issue)}`
        : `Soften on ${issueTitle(s, move.issue)} to ‘${optionLabel(s, move.issue, to)}’`;
    }
    case "reaffirm":
      return `Reaffirm your red line: ${redLineText(s, move.redLine)}`;
    case "cross":
      return `Cross your red line: ${redLineText(s, move.redLine)}`;
    case "offer-cbm":
      return "Offer a confidence-building measure";
    case "propose-follow-up":
      return "Propose a follow-up meeting";
    case "accept-follow-up":
      return context.followUpBy === undefined
        ? "Agree to the follow-up meeting"
        : `Agree to ${possessive(s, context.followUpBy)} follow-up meeting`;
    case "walk-out":
      return context.walkOutEndsGame === false ? "Walk out of this meeting" : "Walk out (the talks end)";
    case "pass":
      return "Pass";
  }
}

/** The known effects of a move, in short phrases ("tension +4", "others' trust in you −1"). */
export function moveEffects(s: Scenario, move: Move, context: LabelContext = {}): string[] {
  const rules = s.rules;
  switch (move.type) {
    case "statement":
      return move.tone === "firm"
        ? [
            `tension ${sign(MOVE_EFFECTS.firm.tension)}`,
            `others' trust in you ${sign(MOVE_EFFECTS.firm.trust)}`,
            `hardens you at tension ${rules?.hardenAt ?? DEFAULT_RULES.hardenAt} or more`,
          ]
        : [
            `tension ${sign(MOVE_EFFECTS.conciliatory.tension)}`,
            `others' trust in you ${sign(MOVE_EFFECTS.conciliatory.trust)}`,
            "re-engages you",
          ];
    case "propose":
      return ["opens a proposal", "challenges any red line it crosses"];
    case "counter":
      return ["replaces the proposal on the table", `tension ${sign(MOVE_EFFECTS.counter.tension)}`];
    case "accept":
      return [
        "agreed once every party has accepted",
        `proposer's trust in you ${sign(MOVE_EFFECTS.accept.proposerTrust)}`,
      ];
    case "reject":
      return [
        "withdraws the proposal",
        `tension ${sign(MOVE_EFFECTS.reject.tension)}`,
        `proposer's trust in you ${sign(MOVE_EFFECTS.reject.proposerTrust)}`,
      ];
    case "concede":
      return ["you accept a worse option on this issue from now on"];
    case "reaffirm":
      return [
        `tension ${sign(MOVE_EFFECTS.reaffirm.tension)}`,
        `cohesion ${sign(MOVE_EFFECTS.reaffirm.cohesion)}`,
      ];
    case "cross": {
      const price = s.redLines.find((r) => r.id === move.redLine)?.price;
      return price === undefined
        ? []
        : [
            `for good; costs you ${Math.round(price.utility * 100)} points of utility`,
            `allies' trust in you −${price.trust}`,
            `cohesion −${price.cohesion}`,
            `tension ${sign(MOVE_EFFECTS.cross.tension)}`,
          ];
    }
    case "offer-cbm":
      return [
        `others' trust in you ${sign(MOVE_EFFECTS.cbm.trust)}`,
        `tension ${sign(MOVE_EFFECTS.cbm.tension)}`,
        "once per meeting",
      ];
    case "propose-follow-up":
      return ["agreed once every party accepts"];
    case "accept-follow-up":
      return [];
    case "walk-out": {
      const cost =
        s.actors.find((a) => a.id === move.actor)?.walkOutCost ?? rules?.walkOutCost ?? DEFAULT_RULES.walkOut;
      return [
        context.walkOutEndsGame === false ? "this meeting collapses" : "the talks collapse",
        `costs you ${Math.round(cost.utility * 100)} points of utility`,
        `others' trust in you −${cost.trust}`,
        `tension +${cost.tension}`,
      ];
    }
    case "pass":
      return [];
  }
}
