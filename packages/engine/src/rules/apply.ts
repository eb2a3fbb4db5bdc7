import type { Draft } from "immer";
import type { Move } from "../vocabulary/moves.js";
import type { EventSink } from "./events.js";
import { advance, agree, clamp, collapse, demandEvent, redLineEvent, stanceEvent } from "./flow.js";
import { currentTrack, nextConcession, value } from "./query.js";
import type { GameState } from "./state.js";

type S = Draft<GameState>;

/** Changes the trust every other participant of the track places in `actor`. */
function othersTrust(s: S, actor: number, delta: number): void {
  for (const other of currentTrack(s).speakers) {
    const row = s.trust[other];
    if (other !== actor && row !== undefined) row[actor] = clamp((row[actor] ?? 0) + delta);
  }
}

function trustOf(s: S, from: number, to: number, delta: number): void {
  const row = s.trust[from];
  if (row !== undefined) row[to] = clamp((row[to] ?? 0) + delta);
}

/** A proposal of `option` challenges every standing red line that forbids it. */
function challenge(s: S, issue: number, option: number, sink: EventSink): void {
  const c = s.compiled;
  for (let r = 0; r < c.forbids.length; r++) {
    if (c.redLineIssue[r] === issue && c.forbids[r]?.[option] === true) redLineEvent(s, r, "CHALLENGE", sink);
  }
}

/** An addressee turning down a proposal of a demanded option rejects the demand. */
function turnDown(s: S, issue: number, option: number, by: number, sink: EventSink): void {
  const c = s.compiled;
  for (let d = 0; d < c.demandIssue.length; d++) {
    if (c.demandIssue[d] === issue && c.demandOption[d] === option && c.demandAddressees[d]?.includes(by)) {
      demandEvent(s, d, "REJECT", sink);
    }
  }
}

function optionId(s: S, issue: number, option: number): string {
  return s.compiled.scenario.issues[issue]?.options[option]?.id ?? "";
}

/**
 * Applies a move that {@link checkMove} has accepted, mutating `s`. The same code runs under immer (the
 * public `applyMove`) and on a private copy (the hot path of bots and batches).
 */
export function applyRules(s: S, move: Move, sink: EventSink): void {
  const c = s.compiled;
  const a = c.actorIndex.get(move.actor) ?? 0;
  s.moves.push(move);
  s.track.clock += c.minutes[move.type];
  switch (move.type) {
    case "statement":
      if (move.tone === "firm") {
        s.tension = clamp(s.tension + 4);
        othersTrust(s, a, -1);
        if (s.tension >= c.hardenAt) stanceEvent(s, a, "HARDEN", sink);
      } else {
        s.tension = clamp(s.tension - 3);
        othersTrust(s, a, 2);
        stanceEvent(s, a, "ENGAGE", sink);
      }
      break;
    case "propose":
    case "counter": {
      const i = c.issueIndex.get(move.issue) ?? 0;
      const o = c.optionIndex[i]?.get(move.option) ?? 0;
      const old = s.proposals[i];
      if (move.type === "counter" && old) {
        turnDown(s, i, old.option, a, sink);
        s.tension = clamp(s.tension + 1);
      }
      s.proposals[i] = { option: o, by: a, accepted: [a] };
      sink?.push({ type: "proposal-opened", issue: move.issue, option: move.option, by: move.actor });
      challenge(s, i, o, sink);
      break;
    }
    case "accept": {
      const i = c.issueIndex.get(move.issue) ?? 0;
      const proposal = s.proposals[i];
      if (!proposal) break;
      proposal.accepted.push(a);
      trustOf(s, proposal.by, a, 3);
      if (proposal.accepted.length >= currentTrack(s).speakers.length) agree(s, i, proposal.option, sink);
      break;
    }
    case "reject": {
      const i = c.issueIndex.get(move.issue) ?? 0;
      const proposal = s.proposals[i];
      if (!proposal) break;
      turnDown(s, i, proposal.option, a, sink);
      s.proposals[i] = null;
      s.tension = clamp(s.tension + 3);
      trustOf(s, proposal.by, a, -3);
      sink?.push({ type: "proposal-withdrawn", issue: move.issue, option: optionId(s, i, proposal.option) });
      break;
    }
    case "concede": {
      const i = c.issueIndex.get(move.issue) ?? 0;
      const positions = s.positions[a];
      const next = nextConcession(s, a, i);
      if (positions === undefined || next === -1) break;
      positions[i] = next;
      sink?.push({
        type: "position-moved",
        actor: move.actor,
        issue: move.issue,
        option: optionId(s, i, next),
      });
      for (let d = 0; d < c.demandIssue.length; d++) {
        if (
          c.demandActor[d] === a &&
          c.demandIssue[d] === i &&
          value(s, a, i, c.demandOption[d] ?? 0) > value(s, a, i, next)
        ) {
          demandEvent(s, d, "WITHDRAW", sink);
        }
      }
      break;
    }
    case "reaffirm": {
      redLineEvent(s, c.redLineIndex.get(move.redLine) ?? 0, "REAFFIRM", sink);
      s.tension = clamp(s.tension + 2);
      s.cohesion = clamp(s.cohesion + 1);
      break;
    }
    case "cross": {
      const r = c.redLineIndex.get(move.redLine) ?? 0;
      const price = s.compiled.scenario.redLines[r]?.price;
      redLineEvent(s, r, "CROSS", sink);
      s.tension = clamp(s.tension - 5);
      s.cohesion = clamp(s.cohesion - (price?.cohesion ?? 0));
      for (const ally of c.allies[a] ?? []) trustOf(s, ally, a, -(price?.trust ?? 0));
      break;
    }
    case "offer-cbm":
      s.track.cbmUsed.push(a);
      othersTrust(s, a, 6);
      s.tension = clamp(s.tension - 5);
      stanceEvent(s, a, "ENGAGE", sink);
      break;
    case "propose-follow-up":
      s.track.followUp = { by: a, accepted: [a] };
      break;
    case "accept-follow-up":
      s.track.followUp?.accepted.push(a);
      break;
    case "walk-out":
      stanceEvent(s, a, "WALK_OUT", sink);
      s.tension = clamp(s.tension + 25);
      collapse(s, sink);
      return;
    case "pass":
      break;
  }
  advance(s, move.type === "pass", sink);
}
