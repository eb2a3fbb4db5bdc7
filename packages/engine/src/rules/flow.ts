import type { Draft } from "immer";
import type { DemandEvent, RedLineEvent, StanceEvent, TrackEvent, TrackPhase } from "../machines/index.js";
import { demandTable, redLineTable, stanceTable, stepAt, trackTable } from "../machines/index.js";
import { draw } from "../vocabulary/random.js";
import type { EventSink } from "./events.js";
import { currentTrack, value } from "./query.js";
import type { GameState, TrackResult, TrackRun } from "./state.js";

/**
 * The parts of the rules that move the game along after a move: the floor, injects, the agenda, the clock,
 * the end of a track and of the game. Each function mutates a draft (an immer draft, or a private copy on
 * the hot path) and reports what happened to `sink`.
 */
type S = Draft<GameState>;

export const clamp = (x: number, lo = 0, hi = 100): number => Math.min(hi, Math.max(lo, x));

function trackEvent(s: S, event: TrackEvent, sink: EventSink): void {
  const next: TrackPhase | undefined = trackTable.next[s.track.phase][event];
  // The flow only sends events the track machine handles; anything else is a bug in the rules.
  if (next === undefined) throw new Error(`track in '${s.track.phase}' cannot take ${event}`);
  if (next !== s.track.phase) {
    s.track.phase = next;
    sink?.push({ type: "phase", track: trackId(s), phase: next });
  }
}

function trackId(s: S): string {
  return s.compiled.scenario.tracks[s.track.index]?.id ?? "";
}

/** Steps an actor's stance machine; events the stance does not handle change nothing. */
export function stanceEvent(s: S, actor: number, event: StanceEvent, sink: EventSink): void {
  const next = stepAt(stanceTable, s.stances, actor, event);
  if (next !== undefined)
    sink?.push({ type: "stance", actor: s.compiled.scenario.actors[actor]?.id ?? "", stance: next });
}

/** Steps a demand's machine; events its state does not handle change nothing. */
export function demandEvent(s: S, d: number, event: DemandEvent, sink: EventSink): void {
  const next = stepAt(demandTable, s.demands, d, event);
  if (next !== undefined)
    sink?.push({ type: "demand", demand: s.compiled.scenario.demands[d]?.id ?? "", status: next });
}

/** Steps a red line's machine; events its state does not handle change nothing. */
export function redLineEvent(s: S, r: number, event: RedLineEvent, sink: EventSink): void {
  const next = stepAt(redLineTable, s.redLines, r, event);
  if (next !== undefined)
    sink?.push({ type: "red-line", redLine: s.compiled.scenario.redLines[r]?.id ?? "", status: next });
}

/** A track before it opens: the clock at zero, the floor with the first speaker, nothing on it yet. */
export function freshTrack(index: number): Draft<TrackRun> {
  return {
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
  };
}

/** Opens track `index`: a fresh clock and floor; everything else carries over. */
export function openTrack(s: S, index: number, sink: EventSink): void {
  s.track = freshTrack(index);
  trackEvent(s, "OPEN", sink);
  fireInjects(s, false, sink);
}

/** Fires the current track's injects that are due; random ones draw from the seeded generator. */
function fireInjects(s: S, drawRandom: boolean, sink: EventSink): void {
  const c = s.compiled;
  for (const j of currentTrack(s).injects) {
    if (s.injectsFired[j]) continue;
    const inject = s.compiled.scenario.injects[j];
    if (inject === undefined) continue;
    let fire = false;
    if (inject.trigger.kind === "scheduled") fire = s.track.clock >= inject.trigger.atMinute;
    else if (drawRandom) {
      const [x, rng] = draw(s.rng);
      s.rng = rng;
      fire = x < inject.trigger.probability;
    }
    if (!fire) continue;
    s.injectsFired[j] = true;
    const effect = inject.effect;
    s.tension = clamp(s.tension + (effect.tension ?? 0));
    s.cohesion = clamp(s.cohesion + (effect.cohesion ?? 0));
    for (const t of effect.trust ?? []) {
      const from = c.actorIndex.get(t.from);
      const to = c.actorIndex.get(t.to);
      const row = from === undefined ? undefined : s.trust[from];
      if (row === undefined || to === undefined) continue;
      row[to] = clamp((row[to] ?? 0) + t.delta);
    }
    sink?.push({ type: "inject", inject: inject.id, text: inject.text });
  }
}

/** Marks an issue agreed and settles the demands on it. */
export function agree(s: S, issue: number, option: number, sink: EventSink): void {
  const c = s.compiled;
  s.agreed[issue] = option;
  s.proposals[issue] = null;
  s.track.agreedHere.push(issue);
  sink?.push({
    type: "issue-agreed",
    issue: s.compiled.scenario.issues[issue]?.id ?? "",
    option: s.compiled.scenario.issues[issue]?.options[option]?.id ?? "",
  });
  for (let d = 0; d < c.demandIssue.length; d++) {
    if (c.demandIssue[d] !== issue) continue;
    const actor = c.demandActor[d] ?? 0;
    const asked = value(s, actor, issue, c.demandOption[d] ?? 0);
    demandEvent(s, d, value(s, actor, issue, option) >= asked ? "ACCEPT" : "REJECT", sink);
  }
}

function tabledProposals(s: S): { issue: string; option: string; by: string }[] {
  const tabled: { issue: string; option: string; by: string }[] = [];
  s.proposals.forEach((proposal, i) => {
    if (proposal === null) return;
    const issue = s.compiled.scenario.issues[i];
    tabled.push({
      issue: issue?.id ?? "",
      option: issue?.options[proposal.option]?.id ?? "",
      by: s.compiled.scenario.actors[proposal.by]?.id ?? "",
    });
    s.proposals[i] = null;
  });
  return tabled;
}

function finishTrack(s: S, result: TrackResult["result"], followUp: boolean, sink: EventSink): void {
  const agreed: Record<string, string> = {};
  for (const i of s.track.agreedHere) {
    const issue = s.compiled.scenario.issues[i];
    if (issue !== undefined) agreed[issue.id] = issue.options[s.agreed[i] ?? 0]?.id ?? "";
  }
  s.results.push({
    track: trackId(s),
    result,
    agreed,
    tabled: tabledProposals(s),
    followUp,
    minutes: s.track.clock,
  });
  sink?.push({ type: "track-concluded", track: trackId(s), result });
}

/** The talks collapse: the track ends and so does the game. */
export function collapse(s: S, sink: EventSink): void {
  trackEvent(s, "COLLAPSE", sink);
  finishTrack(s, "collapse", false, sink);
  s.over = true;
  sink?.push({ type: "game-over" });
}

function followUpAgreed(s: S): boolean {
  return s.track.followUp !== null && s.track.followUp.accepted.length >= currentTrack(s).speakers.length;
}

function conclude(s: S, sink: EventSink): void {
  const c = s.compiled;
  const track = currentTrack(s);
  const allAgreed = track.agenda.every((i) => s.agreed[i] !== null);
  const result = allAgreed
    ? "agreement"
    : s.track.agreedHere.length > 0
      ? "partial-agreement"
      : "no-breakthrough";
  trackEvent(
    s,
    allAgreed ? "CONCLUDE_AGREEMENT" : result === "partial-agreement" ? "CONCLUDE_PARTIAL" : "CONCLUDE_NONE",
    sink,
  );
  for (let d = 0; d < c.demandIssue.length; d++) {
    if (s.demands[d] === "underDiscussion") demandEvent(s, d, "DEFER", sink);
  }
  const followUp = followUpAgreed(s);
  sink?.push({ type: "follow-up", track: trackId(s), agreed: followUp });
  finishTrack(s, result, followUp, sink);
  if (s.track.index + 1 < c.tracks.length) openTrack(s, s.track.index + 1, sink);
  else {
    s.over = true;
    sink?.push({ type: "game-over" });
  }
}

function close(s: S, sink: EventSink): void {
  trackEvent(s, "CLOSE", sink);
  s.track.phaseMoves = 0;
  s.track.passesInRow = 0;
}

/** Moves the agenda to item `k` or beyond (skipping agreed issues), or to closing after the last item. */
function startItem(s: S, k: number, sink: EventSink): void {
  const c = s.compiled;
  const track = currentTrack(s);
  let item = k;
  while (item < track.agenda.length && s.agreed[track.agenda[item] ?? 0] !== null) item++;
  if (item >= track.agenda.length || s.track.clock >= track.limit) {
    close(s, sink);
    return;
  }
  const issue = track.agenda[item] ?? 0;
  s.track.agendaIndex = item;
  s.track.itemStartedAt = s.track.clock;
  s.track.passesInRow = 0;
  trackEvent(s, "NEXT_ITEM", sink);
  sink?.push({ type: "agenda-item", track: trackId(s), issue: s.compiled.scenario.issues[issue]?.id ?? "" });
  for (let d = 0; d < c.demandIssue.length; d++) {
    if (c.demandIssue[d] === issue && track.speakers.includes(c.demandActor[d] ?? -1))
      demandEvent(s, d, "DISCUSS", sink);
  }
  if (s.track.phase === "agenda" && s.track.clock >= track.scheduled) trackEvent(s, "OVERRUN", sink);
}

/** After a move: hand over the floor, fire injects, and advance the agenda, the clock and the tracks. */
export function advance(s: S, passed: boolean, sink: EventSink): void {
  const track = currentTrack(s);
  const n = track.speakers.length;
  const t = s.track;
  t.floor = (t.floor + 1) % n;
  t.passesInRow = passed ? t.passesInRow + 1 : 0;
  t.phaseMoves += 1;
  fireInjects(s, true, sink);
  if (s.tension >= 100) {
    collapse(s, sink);
    return;
  }
  switch (t.phase) {
    case "opening":
      if (t.phaseMoves >= n) {
        trackEvent(s, "BEGIN", sink);
        startItem(s, 0, sink);
      }
      return;
    case "agenda":
    case "overrun": {
      const issue = track.agenda[t.agendaIndex] ?? 0;
      const itemOver =
        s.agreed[issue] !== null ||
        t.clock - t.itemStartedAt >= (track.itemMinutes[t.agendaIndex] ?? 0) ||
        t.passesInRow >= n;
      if (itemOver) startItem(s, t.agendaIndex + 1, sink);
      else if (t.clock >= track.limit) close(s, sink);
      else if (t.phase === "agenda" && t.clock >= track.scheduled) trackEvent(s, "OVERRUN", sink);
      return;
    }
    case "closing":
      if (followUpAgreed(s) || t.phaseMoves >= 2 * n) conclude(s, sink);
      return;
    default:
      return;
  }
}
