import type { DemandEvent, RedLineEvent, StanceEvent, TrackClock, TrackEvent } from "../machines/index.js";
import {
  demandTable,
  redLineTable,
  stanceTable,
  stepAt,
  trackGuards,
  trackTable,
} from "../machines/index.js";
import { at, InvariantError } from "../vocabulary/assert.js";
import type { ResultKind } from "../vocabulary/lists.js";
import type { Terms } from "../vocabulary/moves.js";
import type { RuleContext, RuleState } from "./context.js";
import { currentTrack, noEntry, proposalCovering, timeLimit, value } from "./query.js";
import type { CollapseCause, TrackRun } from "./state.js";

/**
 * The parts of the rules that move the game along: the machines, the floor, injects, the agenda, the clock,
 * the end of a meeting and of the game. Each function changes a rule state in place and reports what
 * happened to the context's sink.
 */

export const clamp = (x: number, lo = 0, hi = 100): number => Math.min(hi, Math.max(lo, x));

function trackId(ctx: RuleContext, s: RuleState): string {
  return at(ctx.c.scenario.tracks, s.track.index, "track").id;
}

function trackEvent(ctx: RuleContext, s: RuleState, event: TrackEvent): void {
  const next = trackTable.next[s.track.phase][event];
  // The flow sends only events the track machine handles in the phase; anything else is a bug in the rules.
  if (next === undefined) throw new InvariantError(`a meeting in '${s.track.phase}' cannot take ${event}`);
  if (next !== s.track.phase) {
    s.track.phase = next;
    ctx.sink?.push({ type: "phase", track: trackId(ctx, s), phase: next });
  }
}

/** Steps an actor's stance machine; events the stance does not handle change nothing. */
export function stanceEvent(ctx: RuleContext, s: RuleState, actor: number, event: StanceEvent): void {
  const next = stepAt(stanceTable, s.stances, actor, event);
  if (next !== undefined)
    ctx.sink?.push({ type: "stance", actor: at(ctx.c.scenario.actors, actor, "actor").id, stance: next });
}

/** Steps a demand's machine; events its state does not handle change nothing. */
export function demandEvent(ctx: RuleContext, s: RuleState, d: number, event: DemandEvent): void {
  const next = stepAt(demandTable, s.demands, d, event);
  if (next !== undefined)
    ctx.sink?.push({ type: "demand", demand: at(ctx.c.scenario.demands, d, "demand").id, status: next });
}

/** Steps a red line's machine; events its state does not handle change nothing. */
export function redLineEvent(ctx: RuleContext, s: RuleState, r: number, event: RedLineEvent): void {
  const next = stepAt(redLineTable, s.redLines, r, event);
  if (next !== undefined)
    ctx.sink?.push({
      type: "red-line",
      redLine: at(ctx.c.scenario.redLines, r, "red line").id,
      status: next,
    });
}

/** Terms in scenario ids. */
export function termsOf(ctx: RuleContext, options: readonly number[]): Terms {
  const terms: Record<string, string> = {};
  for (let i = 0; i < options.length; i++) {
    const o = options[i] ?? -1;
    if (o < 0) continue;
    const issue = at(ctx.c.scenario.issues, i, "issue");
    terms[issue.id] = at(issue.options, o, "option").id;
  }
  return terms;
}

/** Changes trust `from` → `to` by `delta`, within 0..100. */
export function shiftTrust(s: RuleState, from: number, to: number, delta: number): void {
  const row = s.trust[from];
  if (row !== undefined) row[to] = clamp((row[to] ?? 0) + delta);
}

/** Changes the trust every other participant of the meeting places in `actor`. */
export function othersTrust(ctx: RuleContext, s: RuleState, actor: number, delta: number): void {
  const speakers = currentTrack(ctx.c, s).speakers;
  for (let k = 0; k < speakers.length; k++) {
    const other = speakers[k] ?? -1;
    if (other !== actor) shiftTrust(s, other, actor, delta);
  }
}

/** A meeting before it opens: the clock at zero, the floor with the first speaker, nothing on it yet. */
export function freshTrack(index: number): RuleState["track"] {
  const fresh: TrackRun = {
    index,
    phase: trackTable.initial,
    clock: 0,
    floor: 0,
    agendaIndex: 0,
    itemStartedAt: 0,
    passesInRow: 0,
    phaseMoves: 0,
    followUp: null,
    cbmUsed: [],
    agreedHere: [],
    deadline: 0,
  };
  return fresh as RuleState["track"];
}

/** Opens meeting `index`: a fresh clock and floor; delegations that walked out take their seats again. */
export function openTrack(ctx: RuleContext, s: RuleState, index: number): void {
  s.track = freshTrack(index);
  for (let a = 0; a < s.stances.length; a++) stanceEvent(ctx, s, a, "RETURN");
  ctx.sink?.push({ type: "track-opened", track: trackId(ctx, s) });
  trackEvent(ctx, s, "OPEN");
  fireInjects(ctx, s, false);
  // An event at the opening can bring tension to its limit too: the talks collapse there and then.
  if (s.tension >= ctx.c.collapseAt) collapse(ctx, s, { kind: "tension" });
}

/** Fires the meeting's injects that are due; random ones draw from the seeded generator after each move. */
function fireInjects(ctx: RuleContext, s: RuleState, drawRandom: boolean): void {
  const c = ctx.c;
  const injects = currentTrack(c, s).injects;
  for (let k = 0; k < injects.length; k++) {
    const j = injects[k] ?? -1;
    if (s.injects[j] !== "pending") continue;
    const minute = c.injectMinute[j] ?? noEntry("inject", j);
    let fire = false;
    if (minute >= 0) fire = s.track.clock >= minute;
    else if (drawRandom) fire = ctx.random.next() < (c.injectChance[j] ?? 0);
    if (!fire) continue;
    const inject = c.scenario.injects[j] ?? noEntry("inject", j);
    s.injects[j] = "fired";
    const effect = inject.effect;
    s.tension = clamp(s.tension + (effect.tension ?? 0));
    s.cohesion = clamp(s.cohesion + (effect.cohesion ?? 0));
    for (const t of effect.trust ?? []) {
      const from = c.actorIndex.get(t.from);
      const to = c.actorIndex.get(t.to);
      if (from !== undefined && to !== undefined) shiftTrust(s, from, to, t.delta);
    }
    for (const r of effect.reservation ?? []) {
      const a = c.actorIndex.get(r.actor);
      if (a !== undefined) s.reservations[a] = clamp((s.reservations[a] ?? 0) + r.delta, 0, 1);
    }
    s.track.deadline += effect.deadline ?? 0;
    ctx.sink?.push({ type: "inject", inject: inject.id, text: inject.text });
  }
}

/** Settles the demands on issue `i`, agreed on option `o`. */
function settleDemands(ctx: RuleContext, s: RuleState, i: number, o: number): void {
  const c = ctx.c;
  for (let d = 0; d < c.demandIssue.length; d++) {
    if (c.demandIssue[d] !== i) continue;
    const actor = c.demandActor[d] ?? 0;
    const asked = value(c, actor, i, c.demandOption[d] ?? 0);
    demandEvent(ctx, s, d, value(c, actor, i, o) >= asked ? "ACCEPT" : "REJECT");
  }
}

/** Agrees the open proposal at `k` on the table: every issue it covers, at once; it leaves the table. */
export function agree(ctx: RuleContext, s: RuleState, k: number): void {
  const p = s.table[k] ?? noEntry("proposal", k);
  const options = [...p.options];
  s.table.splice(k, 1);
  for (let i = 0; i < options.length; i++) {
    const o = options[i] ?? -1;
    if (o < 0) continue;
    s.agreed[i] = o;
    s.track.agreedHere.push(i);
  }
  ctx.sink?.push({ type: "agreed", terms: termsOf(ctx, options) });
  for (let i = 0; i < options.length; i++)
    if ((options[i] ?? -1) >= 0) settleDemands(ctx, s, i, options[i] ?? 0);
}

function tabledProposals(ctx: RuleContext, s: RuleState): { issue: string; option: string; by: string }[] {
  // Listed issue by issue, in the scenario's order, whichever proposal covers each.
  const tabled: { issue: string; option: string; by: string }[] = [];
  if (s.table.length === 0) return tabled;
  const scenario = ctx.c.scenario;
  for (let i = 0; i < scenario.issues.length; i++) {
    const k = proposalCovering(s, i);
    if (k === -1) continue;
    const p = s.table[k] ?? noEntry("proposal", k);
    const issue = scenario.issues[i] ?? noEntry("issue", i);
    const by = at(scenario.actors, p.by, "actor").id;
    tabled.push({ issue: issue.id, option: at(issue.options, p.options[i] ?? -1, "option").id, by });
  }
  const sink = ctx.sink;
  if (sink !== null) {
    for (const p of s.table) {
      const by = at(scenario.actors, p.by, "actor").id;
      sink.push({ type: "proposal-withdrawn", terms: termsOf(ctx, p.options), by, reason: "meeting-ended" });
    }
  }
  s.table.length = 0;
  return tabled;
}

function finishTrack(
  ctx: RuleContext,
  s: RuleState,
  result: ResultKind,
  followUp: boolean,
  cause: CollapseCause | null,
): void {
  const agreed: Record<string, string> = {};
  for (const i of s.track.agreedHere) {
    const issue = at(ctx.c.scenario.issues, i, "issue");
    agreed[issue.id] = at(issue.options, s.agreed[i] ?? -1, "option").id;
  }
  const track = trackId(ctx, s);
  s.results.push({
    track,
    result,
    agreed,
    tabled: tabledProposals(ctx, s),
    followUp,
    minutes: s.track.clock,
    cause,
  });
  ctx.sink?.push({ type: "track-concluded", track, result, cause });
}

function gameOver(ctx: RuleContext, s: RuleState): void {
  s.over = true;
  ctx.sink?.push({ type: "game-over" });
}

/** Opens the next meeting, or ends the game after the last one. */
function nextTrack(ctx: RuleContext, s: RuleState): void {
  if (s.track.index + 1 < ctx.c.tracks.length) openTrack(ctx, s, s.track.index + 1);
  else gameOver(ctx, s);
}

/**
 * The meeting collapses. Tension at its limit, or a walk-out where the meeting's rule says so, ends the game;
 * a walk-out from a meeting whose rule is `ends-track` ends only the meeting.
 */
export function collapse(ctx: RuleContext, s: RuleState, cause: CollapseCause): void {
  trackEvent(ctx, s, "COLLAPSE");
  finishTrack(ctx, s, "collapse", false, cause);
  if (cause.kind === "walk-out" && !currentTrack(ctx.c, s).walkOutEndsGame) nextTrack(ctx, s);
  else gameOver(ctx, s);
}

function followUpAgreed(ctx: RuleContext, s: RuleState): boolean {
  const followUp = s.track.followUp;
  if (followUp === null) return false;
  const track = currentTrack(ctx.c, s);
  let parties = 0;
  for (let k = 0; k < followUp.accepted.length; k++)
    if (track.isParty[followUp.accepted[k] ?? -1] === true) parties++;
  return parties >= track.partyCount;
}

/** The result of a meeting that reached its end: see docs/rules.md, "Conclusion". */
function resultKind(ctx: RuleContext, s: RuleState): ResultKind {
  const c = ctx.c;
  const track = currentTrack(c, s);
  let substance = 0;
  let substanceAgreed = 0;
  let processAgreed = 0;
  for (const i of track.agenda) {
    if (c.isProcess[i] === true) {
      if (s.agreed[i] !== null) processAgreed++;
    } else {
      substance++;
      if (s.agreed[i] !== null) substanceAgreed++;
    }
  }
  const all = substance > 0 ? substanceAgreed === substance : processAgreed === track.agenda.length;
  if (all) return "agreement";
  let substanceHere = false;
  let processHere = false;
  for (const i of s.track.agreedHere) {
    if (c.isProcess[i] === true) processHere = true;
    else substanceHere = true;
  }
  if (substanceHere) return "partial-agreement";
  return processHere ? "procedural-agreement" : "no-breakthrough";
}

const CONCLUDE: Readonly<Record<Exclude<ResultKind, "collapse">, TrackEvent>> = {
  agreement: "CONCLUDE_AGREEMENT",
  "partial-agreement": "CONCLUDE_PARTIAL",
  "procedural-agreement": "CONCLUDE_PROCEDURAL",
  "no-breakthrough": "CONCLUDE_NONE",
};

function conclude(ctx: RuleContext, s: RuleState): void {
  const result = resultKind(ctx, s);
  trackEvent(ctx, s, CONCLUDE[result as Exclude<ResultKind, "collapse">]);
  for (let d = 0; d < s.demands.length; d++) {
    if (s.demands[d] === "underDiscussion") demandEvent(ctx, s, d, "DEFER");
  }
  const followUp = followUpAgreed(ctx, s);
  ctx.sink?.push({ type: "follow-up", track: trackId(ctx, s), agreed: followUp });
  finishTrack(ctx, s, result, followUp, null);
  nextTrack(ctx, s);
}

function close(ctx: RuleContext, s: RuleState): void {
  trackEvent(ctx, s, "CLOSE");
  s.track.phaseMoves = 0;
  s.track.passesInRow = 0;
}

/** Moves the agenda to item `k` or beyond (skipping agreed issues), or to closing after the last item. */
function startItem(ctx: RuleContext, s: RuleState, k: number): void {
  const c = ctx.c;
  const track = currentTrack(c, s);
  let item = k;
  while (item < track.agenda.length && s.agreed[track.agenda[item] ?? 0] !== null) item++;
  if (item >= track.agenda.length || s.track.clock >= timeLimit(c, s)) {
    close(ctx, s);
    return;
  }
  const issue = track.agenda[item] ?? noEntry("agenda item", item);
  s.track.agendaIndex = item;
  s.track.itemStartedAt = s.track.clock;
  s.track.passesInRow = 0;
  trackEvent(ctx, s, "NEXT_ITEM");
  ctx.sink?.push({
    type: "agenda-item",
    track: trackId(ctx, s),
    issue: at(c.scenario.issues, issue, "issue").id,
  });
  for (let d = 0; d < c.demandIssue.length; d++) {
    if (c.demandIssue[d] === issue && track.present[c.demandActor[d] ?? -1] === true)
      demandEvent(ctx, s, d, "DISCUSS");
  }
  if (s.track.phase === "agenda" && s.track.clock >= track.scheduled) trackEvent(ctx, s, "OVERRUN");
}

/**
 * What the track machine's guards read, refilled before each use rather than built after every move: the
 * guards are pure functions of it and keep nothing, and nothing between the refill and the guard calls in
 * `advance` can call `advance` again.
 */
const guardClock: { -readonly [K in keyof TrackClock]: TrackClock[K] } = {
  clock: 0,
  itemStartedAt: 0,
  itemMinutes: 0,
  passesInRow: 0,
  phaseMoves: 0,
  speakers: 0,
  scheduled: 0,
  limit: 0,
};

/** After a move: hand over the floor, fire injects, and advance the agenda, the clock and the meetings. */
export function advance(ctx: RuleContext, s: RuleState, passed: boolean): void {
  const c = ctx.c;
  const track = currentTrack(c, s);
  const t = s.track;
  const n = track.speakers.length;
  t.floor = (t.floor + 1) % n;
  t.passesInRow = passed ? t.passesInRow + 1 : 0;
  t.phaseMoves += 1;
  fireInjects(ctx, s, true);
  if (s.tension >= c.collapseAt) {
    collapse(ctx, s, { kind: "tension" });
    return;
  }
  const clock = guardClock;
  clock.clock = t.clock;
  clock.itemStartedAt = t.itemStartedAt;
  clock.itemMinutes = track.itemMinutes[t.agendaIndex] ?? 0;
  clock.passesInRow = t.passesInRow;
  clock.phaseMoves = t.phaseMoves;
  clock.speakers = n;
  clock.scheduled = track.scheduled;
  clock.limit = timeLimit(c, s);
  switch (t.phase) {
    case "opening":
      if (trackGuards.openingDone(clock)) {
        trackEvent(ctx, s, "BEGIN");
        startItem(ctx, s, 0);
      }
      return;
    case "agenda":
    case "overrun": {
      const issue = track.agenda[t.agendaIndex] ?? 0;
      if (trackGuards.itemOver(clock, s.agreed[issue] !== null)) startItem(ctx, s, t.agendaIndex + 1);
      else if (trackGuards.pastLimit(clock)) close(ctx, s);
      else if (t.phase === "agenda" && trackGuards.pastSchedule(clock)) trackEvent(ctx, s, "OVERRUN");
      return;
    }
    case "closing":
      if (trackGuards.closingDone(clock, followUpAgreed(ctx, s))) conclude(ctx, s);
      return;
    default:
      return;
  }
}
