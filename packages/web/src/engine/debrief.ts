import {
  type CourseMark,
  type Debrief,
  debrief,
  type Match,
  type ResultKind,
  type SourceRef,
  saveMatch,
  stateHash,
  type Terms,
  type ValidScenario,
} from "@parley/engine";
import type { CourseMarkModel, EndMeeting, EndModel, SourceModel } from "../models/index.js";
import { withoutSourceKeys } from "./cards.js";
import { controllerOf, type Seats } from "./seats.js";

/**
 * The engine's `debrief` of a finished game in the debrief's words: ids become names, titles and option
 * labels, result kinds become words. Every figure is the engine's; nothing is worked out again here.
 */

const RESULT_WORDS: Readonly<Record<ResultKind, string>> = {
  agreement: "Agreement",
  "partial-agreement": "Partial agreement",
  "procedural-agreement": "Agreement on process only",
  "no-breakthrough": "No breakthrough",
  collapse: "Collapse",
};

/** A result kind in words. */
export function resultWords(result: ResultKind): string {
  return RESULT_WORDS[result] ?? result;
}

function words(scenario: ValidScenario) {
  const issue = (id: string) => scenario.issues.find((i) => i.id === id);
  const actorName = (id: string) => scenario.actors.find((a) => a.id === id)?.name ?? id;
  const termLabel = (issueId: string, option: string) => {
    const found = issue(issueId);
    return `${found?.title ?? issueId}: ${found?.options.find((o) => o.id === option)?.label ?? option}`;
  };
  const trackTitle = (id: string) => scenario.tracks.find((t) => t.id === id)?.title ?? id;
  return {
    actorName,
    trackTitle,
    agreed: (terms: Terms) => Object.entries(terms).map(([i, o]) => termLabel(i, o)),
    tabled: (tabled: readonly { issue: string; option: string; by: string }[]) =>
      tabled.map((t) => `${termLabel(t.issue, t.option)} (${actorName(t.by)})`),
    sources: (refs: readonly SourceRef[]): SourceModel[] => refs.map((r) => ({ key: r.key, title: r.title })),
  };
}

function meetingsOf(d: Debrief, w: ReturnType<typeof words>): EndMeeting[] {
  return d.meetings.map((m) => ({
    title: m.title,
    venue: m.venue,
    date: m.date,
    scheduledMinutes: m.scheduledMinutes,
    game:
      m.game === null
        ? null
        : {
            result: resultWords(m.game.result),
            cause:
              m.game.cause === null
                ? null
                : m.game.cause.kind === "tension"
                  ? "tension hit its limit"
                  : `${w.actorName(m.game.cause.actor)} walked out`,
            followUp: m.game.followUp,
            agreed: w.agreed(m.game.agreed),
            tabled: w.tabled(m.game.tabled),
            minutes: m.game.minutes,
            tension: m.game.tension,
          },
    record:
      m.record === null
        ? null
        : {
            result: resultWords(m.record.result),
            followUp: m.record.followUp ?? null,
            agreed: m.record.agreed === undefined ? null : w.agreed(m.record.agreed),
            tabled: m.record.tabled === undefined ? null : w.tabled(m.record.tabled),
            tension: m.record.tension ?? null,
          },
    asRecorded: m.asRecorded,
    reportedLengths: m.reportedLengths.map((r) => ({
      minutes: r.minutes,
      note: r.note ?? null,
      sources: w.sources(r.sources),
    })),
  }));
}

function markOf(mark: CourseMark, w: ReturnType<typeof words>): CourseMarkModel {
  switch (mark.kind) {
    case "inject":
      return { kind: "news", text: withoutSourceKeys(mark.text) };
    case "meeting-opened":
      return { kind: "meeting-opened", text: `${w.trackTitle(mark.track)} opens` };
    case "meeting-ended":
      return {
        kind: "meeting-ended",
        text: `${w.trackTitle(mark.track)} ends: ${resultWords(mark.result).toLowerCase()}`,
      };
  }
}

/**
 * The debrief of a match (finished or not: an unfinished one is debriefed as it stands), or null should the
 * engine refuse its state. Costs about two replays of the game (the game's and the record's).
 */
export function endModel(match: Match, seats: Seats): EndModel | null {
  const made = debrief(match.state);
  if (!made.ok) return null;
  const d = made.value;
  const scenario = match.scenario;
  const w = words(scenario);
  const actors = scenario.actors.map((a) => ({ id: a.id, name: a.name }));
  return {
    scenarioTitle: scenario.title,
    overall: resultWords(d.overall.game),
    historicalOverall: d.overall.record === null ? null : resultWords(d.overall.record),
    meetings: meetingsOf(d, w),
    actors: d.actors.map((a) => ({
      id: a.actor,
      name: a.name,
      controller: controllerOf(seats, a.actor),
      utility: a.utility,
      statusQuo: a.statusQuo,
      fallback: a.fallback,
      record: a.record,
      type: a.type === null ? null : { title: a.type.title, description: a.type.description },
    })),
    epilogue: d.epilogue.map((e) => ({
      date: e.date,
      title: e.title,
      text: withoutSourceKeys(e.text),
      sources: w.sources(e.sources),
    })),
    course: {
      actors,
      points: d.course.map((p) => ({
        move: p.move + 1,
        meeting: w.trackTitle(p.track),
        minute: p.minute,
        tension: p.tension,
        cohesion: p.cohesion,
        agreed: actors.map((a) => p.agreed[a.id] ?? 0),
        table: actors.map((a) => p.table[a.id] ?? 0),
        // The engine orders trust by the scenario's actors, as `actors` is.
        trust: p.trust,
        marks: p.marks.map((m) => markOf(m, w)),
      })),
    },
    fingerprint: stateHash(match.state),
    moveCount: match.state.moveCount,
    gameSave: saveMatch(match),
    scenarioId: scenario.id,
    seed: match.state.seed,
  };
}
