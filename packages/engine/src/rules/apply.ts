import { at } from "../vocabulary/assert.js";
import { deepFreeze } from "../vocabulary/freeze.js";
import type { Move } from "../vocabulary/moves.js";
import { MOVE_EFFECTS } from "../vocabulary/rule-numbers.js";
import type { RuleContext, RuleState } from "./context.js";
import {
  advance,
  agree,
  clamp,
  collapse,
  demandEvent,
  othersTrust,
  redLineEvent,
  shiftTrust,
  stanceEvent,
  termsOf,
} from "./flow.js";
import { currentTrack, nextConcession, noEntry, value } from "./query.js";
import { moveOf } from "./resolve.js";
import { type GameState, MOVE_CHUNK, type Proposal } from "./state.js";
import type { ResolvedMove } from "./verdict.js";

/** A proposal challenges every standing red line that forbids one of its options. */
function challenge(ctx: RuleContext, s: RuleState, options: readonly number[]): void {
  for (let i = 0; i < options.length; i++) {
    const o = options[i] ?? -1;
    if (o < 0) continue;
    const lines = ctx.c.forbidding[i]?.[o];
    if (lines === undefined) continue;
    for (let k = 0; k < lines.length; k++) redLineEvent(ctx, s, lines[k] ?? -1, "CHALLENGE");
  }
}

/** An addressee turning down terms that grant a demand rejects the demand. */
function turnDown(ctx: RuleContext, s: RuleState, options: readonly number[], by: number): void {
  const c = ctx.c;
  for (let d = 0; d < c.demandIssue.length; d++) {
    const i = c.demandIssue[d] ?? -1;
    if (options[i] === c.demandOption[d] && c.demandAddressees[d]?.includes(by))
      demandEvent(ctx, s, d, "REJECT");
  }
}

/**
 * Takes the open proposal at `k` off the table, turned down by `a` (a rejection or a counter): the demands it
 * granted are rejected by `a`, and turning down an ally's proposal costs the alliance cohesion.
 */
function turnDownProposal(
  ctx: RuleContext,
  s: RuleState,
  k: number,
  a: number,
  reason: "rejected" | "countered",
): Proposal {
  const c = ctx.c;
  const p = s.table[k] ?? noEntry("proposal", k);
  turnDown(ctx, s, p.options, a);
  s.table.splice(k, 1);
  const by = at(c.scenario.actors, p.by, "actor").id;
  if (c.isAlly[a]?.[p.by] === true && c.allyCohesion > 0) {
    s.cohesion = clamp(s.cohesion - c.allyCohesion);
    ctx.sink?.push({
      type: "cohesion-cost",
      actor: at(c.scenario.actors, a, "actor").id,
      ally: by,
      amount: c.allyCohesion,
    });
  }
  ctx.sink?.push({ type: "proposal-withdrawn", terms: termsOf(ctx, p.options), by, reason });
  return p;
}

/** Whether two sets of terms share an issue. */
function overlap(x: readonly number[], y: readonly number[]): boolean {
  for (let i = 0; i < x.length; i++) if ((x[i] ?? -1) >= 0 && (y[i] ?? -1) >= 0) return true;
  return false;
}

function table(ctx: RuleContext, s: RuleState, m: ResolvedMove): void {
  const c = ctx.c;
  const a = m.a;
  if (m.type === "counter") {
    for (let k = s.table.length - 1; k >= 0; k--) {
      if (overlap((s.table[k] ?? noEntry("proposal", k)).options, m.options))
        turnDownProposal(ctx, s, k, a, "countered");
    }
    s.tension = clamp(s.tension + MOVE_EFFECTS.counter.tension);
  }
  const party = currentTrack(c, s).isParty[a] === true;
  s.table.push({ options: [...m.options], by: a, accepted: party ? [a] : [] });
  ctx.sink?.push({
    type: "proposal-opened",
    terms: termsOf(ctx, m.options),
    by: at(c.scenario.actors, a, "actor").id,
  });
  challenge(ctx, s, m.options);
}

/**
 * Adds a move to the log, frozen: every later state shares it, and freezing it once here spares `snapshot`
 * from walking the whole current chunk of the log for the one move that is new.
 */
function logMove(s: RuleState, move: Move): void {
  deepFreeze(move);
  const last = s.moves[s.moves.length - 1];
  if (last !== undefined && last.length < MOVE_CHUNK) last.push(move);
  else s.moves.push([move]);
}

/** The move last logged in a state's move log (the state must have one). */
export function lastLogged(s: GameState): Move {
  const chunk = at(s.moves, s.moves.length - 1, "move log chunk");
  return at(chunk, chunk.length - 1, "logged move");
}

/**
 * Applies a move that the verdict has accepted, changing `s` in place: always a private copy from the
 * simulation core (`core/sim.ts`), which the public `applyMove` then freezes into the next state. When the
 * context records, the move is logged as `moveOf` writes it from the resolved move, whatever form it came in
 * (terms in another key order, the issues of an answer in another order): one form per move, so that a game
 * rebuilt from its save, its link or its moves is the same game, hash for hash.
 */
export function applyRules(ctx: RuleContext, s: RuleState, m: ResolvedMove): void {
  const c = ctx.c;
  const a = m.a;
  // Written out before the rules change the table: an answer names the issues of the proposal it answers.
  if (ctx.record) logMove(s, moveOf(c, s as GameState, m));
  s.moveCount += 1;
  s.track.clock += c.minutes[m.type];
  switch (m.type) {
    case "statement":
      if (m.firm) {
        s.tension = clamp(s.tension + MOVE_EFFECTS.firm.tension);
        othersTrust(ctx, s, a, MOVE_EFFECTS.firm.trust);
        if (s.tension >= c.hardenAt) stanceEvent(ctx, s, a, "HARDEN");
      } else {
        s.tension = clamp(s.tension + MOVE_EFFECTS.conciliatory.tension);
        othersTrust(ctx, s, a, MOVE_EFFECTS.conciliatory.trust);
        stanceEvent(ctx, s, a, "ENGAGE");
      }
      break;
    case "propose":
    case "counter":
      table(ctx, s, m);
      break;
    case "accept": {
      const k = m.target;
      const p = s.table[k] ?? noEntry("proposal", k);
      p.accepted.push(a);
      shiftTrust(s, p.by, a, MOVE_EFFECTS.accept.proposerTrust);
      if (p.accepted.length >= currentTrack(c, s).partyCount) agree(ctx, s, k);
      break;
    }
    case "reject": {
      const p = turnDownProposal(ctx, s, m.target, a, "rejected");
      s.tension = clamp(s.tension + MOVE_EFFECTS.reject.tension);
      shiftTrust(s, p.by, a, MOVE_EFFECTS.reject.proposerTrust);
      break;
    }
    case "concede": {
      const i = m.issue;
      const next = nextConcession(c, s, a, i);
      const positions = s.positions[a] ?? noEntry("positions", a);
      positions[i] = next;
      const issue = at(c.scenario.issues, i, "issue");
      ctx.sink?.push({
        type: "position-moved",
        actor: at(c.scenario.actors, a, "actor").id,
        issue: issue.id,
        option: at(issue.options, next, "option").id,
      });
      for (let d = 0; d < c.demandIssue.length; d++) {
        if (
          c.demandActor[d] === a &&
          c.demandIssue[d] === i &&
          value(c, a, i, c.demandOption[d] ?? 0) > value(c, a, i, next)
        )
          demandEvent(ctx, s, d, "WITHDRAW");
      }
      break;
    }
    case "reaffirm":
      redLineEvent(ctx, s, m.r, "REAFFIRM");
      s.tension = clamp(s.tension + MOVE_EFFECTS.reaffirm.tension);
      s.cohesion = clamp(s.cohesion + MOVE_EFFECTS.reaffirm.cohesion);
      break;
    case "cross": {
      const price = at(c.scenario.redLines, m.r, "red line").price;
      redLineEvent(ctx, s, m.r, "CROSS");
      s.tension = clamp(s.tension + MOVE_EFFECTS.cross.tension);
      s.cohesion = clamp(s.cohesion - price.cohesion);
      for (const friend of c.friends[a] ?? []) shiftTrust(s, friend, a, -price.trust);
      break;
    }
    case "offer-cbm":
      s.track.cbmUsed.push(a);
      othersTrust(ctx, s, a, MOVE_EFFECTS.cbm.trust);
      s.tension = clamp(s.tension + MOVE_EFFECTS.cbm.tension);
      stanceEvent(ctx, s, a, "ENGAGE");
      break;
    case "propose-follow-up":
      s.track.followUp = { by: a, accepted: currentTrack(c, s).isParty[a] === true ? [a] : [] };
      break;
    case "accept-follow-up":
      s.track.followUp?.accepted.push(a);
      break;
    case "walk-out": {
      const cost = at(c.walkOutCost, a, "walk-out cost");
      stanceEvent(ctx, s, a, "WALK_OUT");
      s.tension = clamp(s.tension + cost.tension);
      othersTrust(ctx, s, a, -cost.trust);
      s.walkOuts[a] = (s.walkOuts[a] ?? 0) + 1;
      collapse(ctx, s, { kind: "walk-out", actor: at(c.scenario.actors, a, "actor").id });
      return;
    }
    case "pass":
      break;
  }
  advance(ctx, s, m.type === "pass");
}
