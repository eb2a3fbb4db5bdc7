import { walkGame } from "../core/index.js";
import { admit } from "../game/admit.js";
import type { MoveError } from "../game/game.js";
import { readMove } from "../game/input.js";
import type { CompiledScenario } from "../rules/compile.js";
import type { GameEvent } from "../rules/events.js";
import { computeOutcome, type Outcome } from "../rules/outcome.js";
import type { CollapseCause, GameState, TrackResult } from "../rules/state.js";
import type { ValidScenario } from "../scenario/schema.js";
import type { ResultKind } from "../vocabulary/lists.js";
import type { Move, Terms } from "../vocabulary/moves.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { packageUtility } from "../vocabulary/utility.js";
import { type MovePlace, minuteAfter, placeOf } from "./transcript.js";

/**
 * The debrief of a game: what a teacher shows after the talks. Each meeting beside what really happened, the
 * actors' utilities against their status quo, fallback and the record, the hidden types revealed, what
 * happened next, and the game's course move by move. Plain data for any front end: the terminal's end report
 * and the browser's debrief render the same facts.
 */

/** A source as a reader sees it: its title (the key stays for links between facts). */
export interface SourceRef {
  readonly key: string;
  readonly title: string;
}

/** An outcome class (docs/scenarios-2022.md): the result kind and whether a follow-up was agreed. */
export interface OutcomeClass {
  readonly result: ResultKind;
  readonly followUp: boolean;
}

/** A meeting as this game played it. */
export interface PlayedMeeting extends OutcomeClass {
  readonly agreed: Terms;
  readonly tabled: TrackResult["tabled"];
  readonly minutes: number;
  readonly cause: CollapseCause | null;
  /** Tension when the meeting ended. */
  readonly tension: number;
}

/** A meeting as the scenario's historical record gives it (what the record leaves out is undefined). */
export interface RecordedMeeting {
  readonly result: ResultKind;
  readonly followUp: boolean | undefined;
  readonly agreed: Terms | undefined;
  readonly tabled: TrackResult["tabled"] | undefined;
  /** Tension when the meeting ended in the model's replay of the record. */
  readonly tension: number | undefined;
}

/** One meeting of the debrief. */
export interface MeetingDebrief {
  readonly track: string;
  readonly title: string;
  readonly venue: string;
  readonly date: string;
  readonly scheduledMinutes: number;
  /** This game's meeting; null when the talks ended before it was held. */
  readonly game: PlayedMeeting | null;
  /** The record's meeting; null when the scenario records none. */
  readonly record: RecordedMeeting | null;
  /** Whether the game's outcome class is the record's; null when either is missing. */
  readonly asRecorded: boolean | null;
  /** The lengths the sources report (where they disagree, every one). */
  readonly reportedLengths: readonly {
    readonly minutes: number;
    readonly note: string | undefined;
    readonly sources: readonly SourceRef[];
  }[];
}

/** One actor's standing at the end. */
export interface ActorDebrief {
  readonly actor: string;
  readonly name: string;
  /** Its utility of this game's outcome. */
  readonly utility: number;
  /** Its utility if nothing at all is agreed. */
  readonly statusQuo: number;
  /** What walking away was worth to it in this game (drawn and moved by events). */
  readonly fallback: number;
  /** Its utility of the record's outcome, where the scenario has a record. */
  readonly record: number | null;
  /** Its hidden type, revealed; null when it has none. */
  readonly type: { readonly id: string; readonly title: string; readonly description: string | null } | null;
}

/** The game after one move (or at the start, `move` -1): what the charts of the debrief plot. */
export interface CoursePoint {
  /** The move's index in the game; -1 for the start. */
  readonly move: number;
  readonly track: string;
  /** The minute on its meeting's clock. */
  readonly minute: number;
  readonly tension: number;
  readonly cohesion: number;
  /** `trust[from][to]`, by the scenario's actor order. */
  readonly trust: readonly (readonly number[])[];
  /** Each actor's utility of what is agreed so far. */
  readonly agreed: Readonly<Record<string, number>>;
  /**
   * Each actor's utility of the best it could have from the table: what is agreed plus the open proposal it
   * values most, taken as it stands (what is agreed alone when nothing is open).
   */
  readonly table: Readonly<Record<string, number>>;
  /** Events that came with this point: injects (news) and meetings opening or ending. */
  readonly marks: readonly CourseMark[];
}

/** A point of the course worth marking on a chart. */
export type CourseMark =
  | { readonly kind: "inject"; readonly inject: string; readonly text: string }
  | { readonly kind: "meeting-opened"; readonly track: string }
  | { readonly kind: "meeting-ended"; readonly track: string; readonly result: ResultKind };

/** The whole debrief of a game. */
export interface Debrief {
  readonly scenario: string;
  readonly finished: boolean;
  readonly overall: { readonly game: ResultKind; readonly record: ResultKind | null };
  readonly meetings: readonly MeetingDebrief[];
  readonly actors: readonly ActorDebrief[];
  /** What happened after the talks, dated and sourced. */
  readonly epilogue: readonly {
    readonly date: string;
    readonly title: string;
    readonly text: string;
    readonly sources: readonly SourceRef[];
  }[];
  /** The game's course: the start, then one point per move. */
  readonly course: readonly CoursePoint[];
}

function sourcesOf(s: ValidScenario, keys: readonly string[]): SourceRef[] {
  return keys.map((key) => ({ key, title: s.sources.find((x) => x.key === key)?.title ?? key }));
}

function optionTerms(c: CompiledScenario, options: readonly (number | null)[]): Terms {
  const terms: Record<string, string> = {};
  options.forEach((o, i) => {
    const issue = c.scenario.issues[i];
    const option = o === null || o < 0 ? undefined : issue?.options[o];
    if (issue !== undefined && option !== undefined) terms[issue.id] = option.id;
  });
  return terms;
}

function pointOf(
  c: CompiledScenario,
  s: GameState,
  move: number,
  place: MovePlace,
  minute: number,
  marks: CourseMark[],
): CoursePoint {
  const agreedTerms = optionTerms(c, s.agreed);
  const agreed: Record<string, number> = {};
  const table: Record<string, number> = {};
  for (const actor of c.scenario.actors) {
    const base = packageUtility(c.scenario, actor.id, agreedTerms);
    agreed[actor.id] = base;
    let best = base;
    for (const p of s.table) {
      const u = packageUtility(c.scenario, actor.id, { ...agreedTerms, ...optionTerms(c, p.options) });
      if (u > best) best = u;
    }
    table[actor.id] = best;
  }
  return {
    move,
    track: place.track,
    minute,
    tension: s.tension,
    cohesion: s.cohesion,
    trust: s.trust.map((row) => [...row]),
    agreed,
    table,
    marks,
  };
}

function marksOf(events: readonly GameEvent[]): CourseMark[] {
  const marks: CourseMark[] = [];
  for (const e of events) {
    if (e.type === "inject") marks.push({ kind: "inject", inject: e.inject, text: e.text });
    else if (e.type === "track-opened") marks.push({ kind: "meeting-opened", track: e.track });
    else if (e.type === "track-concluded")
      marks.push({ kind: "meeting-ended", track: e.track, result: e.result });
  }
  return marks;
}

/** Replays a game on the simulation core, point by point (linear in its length). */
function courseOf(c: CompiledScenario, seed: string, moves: readonly Move[]) {
  const course: CoursePoint[] = [];
  const endTension = new Map<string, number>();
  let before: MovePlace = { track: "", minute: 0, issue: null };
  const final = walkGame(c, seed, moves, {
    start: (state, events) => course.push(pointOf(c, state, -1, placeOf(c, state), 0, marksOf(events))),
    before: (state) => {
      before = placeOf(c, state);
    },
    after: (state, index, _move, events) => {
      for (const e of events) if (e.type === "track-concluded") endTension.set(e.track, state.tension);
      course.push(pointOf(c, state, index, before, minuteAfter(before, state, c), marksOf(events)));
    },
  });
  return { course, endTension, final };
}

function classOf(r: { result: ResultKind; followUp: boolean | undefined }): string {
  return `${r.result}|${r.followUp ?? "?"}`;
}

function meetingsOf(
  c: CompiledScenario,
  game: Outcome,
  gameTension: ReadonlyMap<string, number>,
  recordTension: ReadonlyMap<string, number> | null,
): MeetingDebrief[] {
  const s = c.scenario;
  return s.tracks.map((track) => {
    const played = game.tracks.find((t) => t.track === track.id);
    const real = s.history?.outcome.tracks?.find((t) => t.track === track.id);
    const gameMeeting: PlayedMeeting | null =
      played === undefined
        ? null
        : {
            result: played.result,
            followUp: played.followUp,
            agreed: played.agreed,
            tabled: played.tabled,
            minutes: played.minutes,
            cause: played.cause,
            tension: gameTension.get(track.id) ?? game.tension,
          };
    const record: RecordedMeeting | null =
      real === undefined
        ? null
        : {
            result: real.result,
            followUp: real.followUp,
            agreed: real.agreed,
            tabled: real.tabled,
            tension: recordTension?.get(track.id),
          };
    return {
      track: track.id,
      title: track.title,
      venue: track.venue,
      date: track.date,
      scheduledMinutes: track.scheduledMinutes,
      game: gameMeeting,
      record,
      asRecorded:
        gameMeeting === null || record === null || record.followUp === undefined
          ? null
          : classOf(gameMeeting) === classOf(record),
      reportedLengths: track.reportedLength.map((r) => ({
        minutes: r.minutes,
        note: r.note,
        sources: sourcesOf(s, r.sources),
      })),
    };
  });
}

/** The record replayed by the model, when the scenario has one whose moves replay. */
function recordReplay(c: CompiledScenario) {
  const h = c.scenario.history;
  if (h === undefined) return null;
  const played = courseOf(c, String(h.seed), h.moves);
  return { outcome: computeOutcome(c, played.final), endTension: played.endTension };
}

/**
 * The debrief of a game (finished or not: an unfinished one is debriefed as it stands). Replays the game and
 * the scenario's record on the simulation core, so it costs about two replays.
 */
export function debrief(state: GameState): Result<Debrief, MoveError> {
  const game = admit(state, readMove);
  if (!game.ok)
    return err({
      code: "invalid-state",
      params: { reason: game.error.reason },
      message: `This game state cannot be used: ${game.error.reason}. Load the game again from its save.`,
    });
  const { c } = game.value;
  const s = c.scenario;
  const played = courseOf(c, game.value.state.seed, game.value.state.moves.flat());
  const result = computeOutcome(c, game.value.state);
  const record = recordReplay(c);
  const actors: ActorDebrief[] = s.actors.map((actor) => {
    const typeId = result.types[actor.id];
    const type = typeId === undefined ? undefined : actor.types.find((t) => t.id === typeId);
    return {
      actor: actor.id,
      name: actor.name,
      utility: result.utilities[actor.id] ?? 0,
      statusQuo: packageUtility(s, actor.id, {}),
      fallback: result.reservations[actor.id] ?? actor.reservation,
      record: record?.outcome.utilities[actor.id] ?? null,
      type:
        type === undefined ? null : { id: type.id, title: type.title, description: type.description ?? null },
    };
  });
  return ok({
    scenario: s.id,
    finished: result.finished,
    overall: { game: result.overall, record: s.history?.outcome.overall ?? null },
    meetings: meetingsOf(c, result, played.endTension, record?.endTension ?? null),
    actors,
    epilogue: s.epilogue.map((e) => ({
      date: e.date,
      title: e.title,
      text: e.text,
      sources: sourcesOf(s, e.sources),
    })),
    course: played.course,
  });
}
