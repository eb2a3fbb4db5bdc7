import { walkGame } from "../core/index.js";
import type { CompiledScenario } from "../rules/compile.js";
import type { GameEvent } from "../rules/events.js";
import { initialState } from "../rules/initial.js";
import type { GameState } from "../rules/state.js";
import type { Line, Scenario } from "../scenario/schema.js";
import { hash64 } from "../vocabulary/hash.js";
import type { Move } from "../vocabulary/moves.js";
import { eventText } from "../words/events.js";
import { moveText } from "../words/moves.js";
import { speakerName } from "../words/names.js";

/** A line a statement quotes from the record. */
export interface Quote {
  readonly text: string;
  /** Who said it. */
  readonly speaker: string;
  readonly sources: readonly string[];
}

/** One line of a transcript: who did what, at which meeting and minute, in plain words. */
export interface TranscriptLine {
  /** Index of the move in the game (the events a move set off share it); -1 before the first move. */
  readonly move: number;
  /** The meeting it belongs to. */
  readonly track: string;
  /** Minutes on that meeting's clock when it happened. */
  readonly minute: number;
  /** The actor who moved, or null for what happened as a result (an event, the agenda, an agreement). */
  readonly actor: string | null;
  /** `move`: a delegation's move; `event`: what happened; `meeting`: a meeting opens (a header). */
  readonly kind: "move" | "event" | "meeting";
  readonly text: string;
  /** For a statement, what the delegation said, from the scenario's record of lines (if it has any). */
  readonly quote: Quote | null;
}

/**
 * The line a statement quotes: one of the scenario's lines for this actor and tone (and this meeting and
 * issue, where a line names them; lines about the current issue are preferred), picked by the game's seed
 * and the move's index, so the same game always quotes the same lines. Null when the scenario has none.
 */
export function quoteFor(
  s: Scenario,
  seed: string,
  index: number,
  move: Move,
  track: string,
  issue: string | null,
): Quote | null {
  if (move.type !== "statement") return null;
  const fits = (line: Line) =>
    line.actor === move.actor &&
    line.tone === move.tone &&
    (line.track === undefined || line.track === track);
  const candidates = s.lines.filter(fits);
  const onIssue = issue === null ? [] : candidates.filter((line) => line.issue === issue);
  const general = candidates.filter((line) => line.issue === undefined);
  const pool = onIssue.length > 0 ? onIssue : general.length > 0 ? general : candidates;
  const chosen = pool[Number.parseInt(hash64(`${seed}|${index}`).slice(0, 8), 16) % Math.max(1, pool.length)];
  if (chosen === undefined) return null;
  const head = speakerName(s, move.actor, track);
  return { text: chosen.text, speaker: chosen.speaker ?? head, sources: chosen.sources };
}

/** Where the game stood when a move was made: which meeting, what minute, which issue was discussed. */
export interface MovePlace {
  readonly track: string;
  readonly minute: number;
  readonly issue: string | null;
}

/** The place of the next move in a state. */
export function placeOf(c: CompiledScenario, state: GameState): MovePlace {
  const track = c.tracks[state.track.index];
  const onAgenda = state.track.phase === "agenda" || state.track.phase === "overrun";
  const issue =
    onAgenda && track !== undefined
      ? c.scenario.issues[track.agenda[state.track.agendaIndex] ?? -1]?.id
      : undefined;
  return {
    track: c.scenario.tracks[state.track.index]?.id ?? "",
    minute: state.track.clock,
    issue: issue ?? null,
  };
}

/**
 * The minute a move's consequences happened on its own meeting's clock: the clock after the move, or, when the
 * move ended the meeting, the minute it ended at.
 */
export function minuteAfter(before: MovePlace, after: GameState, c: CompiledScenario): number {
  const sameMeeting = c.scenario.tracks[after.track.index]?.id === before.track && !after.over;
  if (sameMeeting && after.results.every((r) => r.track !== before.track)) return after.track.clock;
  return after.results.find((r) => r.track === before.track)?.minutes ?? after.track.clock;
}

/**
 * The transcript lines of events, in order: each event belongs to the meeting open when it happened (a
 * meeting that opens starts at minute 0 and gets a header line), at `minute` until then.
 */
export function eventLines(
  s: Scenario,
  events: readonly GameEvent[],
  index: number,
  place: { track: string; minute: number },
): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  let track = place.track;
  let minute = place.minute;
  for (const event of events) {
    if (event.type === "track-opened") {
      track = event.track;
      minute = 0;
      const t = s.tracks.find((x) => x.id === track);
      const when = t === undefined ? "" : t.endDate === undefined ? t.date : `${t.date} to ${t.endDate}`;
      const text = t === undefined ? track : `${t.title}, ${t.venue}, ${when}`;
      lines.push({ move: index, track, minute, actor: null, kind: "meeting", text, quote: null });
      continue;
    }
    const text = eventText(s, event, track);
    if (text !== null)
      lines.push({ move: index, track, minute, actor: null, kind: "event", text, quote: null });
  }
  return lines;
}

/**
 * The transcript lines of one move: the move itself (with its quote) at the minute it was made, then what it
 * set off, at the minute the move ended (or in the next meeting, if one opened).
 */
export function moveLines(
  s: Scenario,
  seed: string,
  index: number,
  move: Move,
  events: readonly GameEvent[],
  before: MovePlace,
  minuteAfter: number,
): TranscriptLine[] {
  const quote = quoteFor(s, seed, index, move, before.track, before.issue);
  const text = moveText(s, move, before.track);
  return [
    { move: index, track: before.track, minute: before.minute, actor: move.actor, kind: "move", text, quote },
    ...eventLines(s, events, index, { track: before.track, minute: minuteAfter }),
  ];
}

/** The lines of the game's start: the first meeting's header and what happened at its opening. */
export function openingLines(c: CompiledScenario, seed: string): TranscriptLine[] {
  const events: GameEvent[] = [];
  initialState(c, seed, events);
  return openingEventLines(c, events);
}

function openingEventLines(c: CompiledScenario, events: readonly GameEvent[]): TranscriptLine[] {
  return eventLines(c.scenario, events, -1, { track: c.scenario.tracks[0]?.id ?? "", minute: 0 });
}

/**
 * The whole transcript of a game, rebuilt from its seed and moves on the simulation core (linear in the
 * game's length). A match keeps its transcript as it goes instead (`createMatch`).
 */
export function buildTranscript(c: CompiledScenario, state: GameState): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  let before: MovePlace = { track: "", minute: 0, issue: null };
  walkGame(c, state.seed, state.moves.flat(), {
    start: (_, events) => lines.push(...openingEventLines(c, events)),
    before: (now) => {
      before = placeOf(c, now);
    },
    after: (now, index, move, events) =>
      lines.push(
        ...moveLines(c.scenario, state.seed, index, move, events, before, minuteAfter(before, now, c)),
      ),
  });
  return lines;
}
