import { jsonPath, type PathKey } from "../problems.js";
import { quote, quoteAll } from "../words.js";
import { type Index, noActor, noIssue, notParticipant } from "./checker.js";
import type { Context } from "./context.js";
import { calendarDate, get, items, str, wholeMinutes } from "./read.js";

/** What later checks need to know of a track. */
export interface TrackFacts {
  /** The minute the track closes at the latest (scheduled + overrun), when both are readable. */
  readonly end: number | undefined;
  readonly scheduled: number;
  readonly overrun: number;
  /** False when fewer than two of its participants are actors, so that it can never be held. */
  readonly playable: boolean;
  readonly participants: Index;
  /** The issue ids on its agenda. */
  readonly agenda: ReadonlySet<string>;
}

/** The tracks as later checks see them. */
export interface Tracks {
  /** By track id (the first track with the id). */
  readonly facts: ReadonlyMap<string, TrackFacts>;
  /** The last day of the talks: the latest `date` or `endDate` of any track. */
  readonly lastDay: string | undefined;
}

/**
 * Tracks (meetings): dates in order, seats (participants, parties, chair, speaking order, delegations)
 * that make a meeting of the track's format, and an agenda that names issues, fits the time and suits the
 * negotiation mode.
 */
export function checkTracks(ctx: Context): Tracks {
  const facts = new Map<string, TrackFacts>();
  let previous: { date: string; ends: string; index: number } | undefined;
  let lastDay: string | undefined;
  ctx.c.each(get(ctx.data, "tracks"), (track, t) => {
    const base: PathKey[] = ["tracks", t];
    const date = calendarDate(get(track, "date"));
    const endDate = calendarDate(get(track, "endDate"));
    if (date !== undefined) {
      const ends = checkDates(ctx, base, date, endDate, previous);
      previous = { date, ends, index: t };
      if (lastDay === undefined || ends > lastDay) lastDay = ends;
    }
    const participants = checkSeats(ctx, track, base);
    const agenda = checkAgenda(ctx, track, base);
    const trackId = str(get(track, "id"));
    if (trackId !== undefined && !facts.has(trackId)) {
      const list = get(track, "participants");
      let known = 0;
      for (const id of participants.ids) if (ctx.actors.first.has(id)) known++;
      const playable = !ctx.actors.complete || !Array.isArray(list) || known >= 2;
      facts.set(trackId, { ...agenda, playable, participants });
    }
  });
  return { facts, lastDay };
}

/** Checks a track's dates against each other and the previous track's; returns the day it ends. */
function checkDates(
  ctx: Context,
  base: readonly PathKey[],
  date: string,
  endDate: string | undefined,
  previous: { date: string; ends: string; index: number } | undefined,
): string {
  const { c } = ctx;
  if (endDate !== undefined && endDate < date) {
    c.add(
      [...base, "endDate"],
      `${endDate} is before ${date}, the day the meeting starts; it ends on or after it`,
    );
  }
  if (previous !== undefined) {
    const before = jsonPath(["tracks", previous.index]);
    if (date < previous.date) {
      c.add(
        [...base, "date"],
        `${date} is before ${previous.date}, the date of ${before}; list tracks in date order`,
      );
    } else if (date < previous.ends) {
      c.add(
        [...base, "date"],
        `${date} is before ${previous.ends}, the day ${before} ends; tracks meet one after the other`,
      );
    }
  }
  return endDate !== undefined && endDate > date ? endDate : date;
}

/** Participants, parties, chair, speaking order and delegations; returns the participants. */
function checkSeats(ctx: Context, track: unknown, base: readonly PathKey[]): Index {
  const { c } = ctx;
  const participantList = get(track, "participants");
  c.each(participantList, (p, k) => {
    c.ref([...base, "participants", k], p, ctx.actors, noActor);
  });
  c.repeats(participantList, [...base, "participants"], "participant");
  const seated = c.indexValues(participantList);
  // With fewer than two participants the list is already reported as broken; comparing other lists with
  // it would only repeat that.
  const seatsKnown = Array.isArray(participantList) && seated.ids.length >= 2;
  const seatedRef = (path: readonly PathKey[], value: unknown, notFound = notParticipant): boolean => {
    if (!seatsKnown || typeof value !== "string" || seated.first.has(value)) return true;
    c.missing(path, value, seated.ids, notFound);
    return false;
  };

  const partyList = get(track, "parties");
  const partiesGiven = Array.isArray(partyList);
  let partiesSeated = true;
  c.each(partyList, (party, k) => {
    if (!seatedRef([...base, "parties", k], party)) partiesSeated = false;
  });
  c.repeats(partyList, [...base, "parties"], "party");
  const parties = partiesGiven ? c.indexValues(partyList) : seated;

  const format = get(track, "format");
  const chair = get(track, "chair");
  if (format === "bilateral") {
    if (partiesGiven && items(partyList).length >= 2 && parties.ids.length !== 2) {
      c.add(
        [...base, "parties"],
        `a bilateral track has exactly 2 parties, not ${parties.ids.length}; use "format": "multilateral" for more`,
      );
    } else if (!partiesGiven && items(participantList).length >= 2 && seated.ids.length !== 2) {
      c.add(
        [...base, "participants"],
        `a bilateral track has exactly 2 participants, not ${seated.ids.length}, when "parties" is left out (every participant is then a party); name the 2 parties in "parties" to seat a mediator as well, or use "format": "multilateral"`,
      );
    }
    let chairSeated = chair === null;
    if (typeof chair === "string" && c.ref([...base, "chair"], chair, ctx.actors, noActor)) {
      if (seatsKnown && !seated.first.has(chair)) {
        c.add(
          [...base, "chair"],
          `the chair ${quote(chair)} is not a participant of this track; add it to "participants"`,
        );
      } else if (parties.first.has(chair)) {
        c.add(
          [...base, "chair"],
          `a bilateral track has no chair among its parties, and ${quote(chair)} is one; write "chair": null, or give the chair to a mediator who is not a party`,
        );
      } else chairSeated = true;
    }
    // Seats beyond the parties and the chair, once the parties and the chair themselves are right.
    if (partiesGiven && partiesSeated && chairSeated && parties.ids.length === 2) {
      c.each(participantList, (p, k) => {
        if (typeof p === "string" && !parties.first.has(p) && p !== chair) {
          c.add(
            [...base, "participants", k],
            `${quote(p)} is neither one of the 2 parties nor the chair; a bilateral track seats only its parties and a mediator in the chair`,
          );
        }
      });
    }
  } else if (format === "multilateral") {
    if (chair === null) {
      c.add([...base, "chair"], "a multilateral track needs a chair: the participant who gives the floor");
    } else if (typeof chair === "string" && c.ref([...base, "chair"], chair, ctx.actors, noActor)) {
      if (seatsKnown && !seated.first.has(chair)) {
        c.add(
          [...base, "chair"],
          `the chair ${quote(chair)} is not a participant of this track; add it to "participants"`,
        );
      }
    }
  }

  const order = get(track, "speakingOrder");
  if (Array.isArray(order) && seatsKnown) {
    c.each(order, (speaker, k) => {
      seatedRef([...base, "speakingOrder", k], speaker);
    });
    c.repeats(order, [...base, "speakingOrder"], "speaker");
    const listed = c.indexValues(order);
    const left: string[] = [];
    for (const p of seated.ids) {
      c.tick();
      if (!listed.first.has(p)) left.push(p);
    }
    if (left.length > 0) {
      c.add(
        [...base, "speakingOrder"],
        `the speaking order must list every participant exactly once; it leaves out ${quoteAll(left.slice(0, 10))}${left.length > 10 ? ` and ${left.length - 10} more` : ""}`,
      );
    }
  }

  c.eachEntry(get(track, "delegations"), (actor) => {
    seatedRef(
      [...base, "delegations", actor],
      actor,
      (v) => `actor ${quote(v)} does not take part in this track`,
    );
  });
  return seated;
}

/** The agenda: issues that exist, minutes that fit the time, and enough issues for packages. */
function checkAgenda(
  ctx: Context,
  track: unknown,
  base: readonly PathKey[],
): Pick<TrackFacts, "end" | "scheduled" | "overrun" | "agenda"> {
  const { c } = ctx;
  const agendaList = get(track, "agenda");
  const onAgenda = new Set<string>();
  let agendaMinutes = 0;
  let complete = Array.isArray(agendaList);
  c.each(agendaList, (item, k) => {
    const issue = get(item, "issue");
    c.ref([...base, "agenda", k, "issue"], issue, ctx.issues, noIssue);
    if (typeof issue === "string") onAgenda.add(issue);
    const itemMinutes = wholeMinutes(get(item, "minutes"));
    if (itemMinutes === undefined) complete = false;
    else agendaMinutes += itemMinutes;
  });
  const scheduled = wholeMinutes(get(track, "scheduledMinutes"));
  const overrun = wholeMinutes(get(track, "maxOverrunMinutes"));
  const end = scheduled !== undefined && overrun !== undefined ? scheduled + overrun : undefined;
  if (complete && end !== undefined && agendaMinutes > end) {
    c.add(
      [...base, "agenda"],
      `the agenda items take ${agendaMinutes} minutes, more than the track's ${end} (${scheduled} scheduled + ${overrun} overrun); later items could never be reached`,
    );
  }
  if (get(track, "negotiation") === "packages" && complete && onAgenda.size < 2) {
    c.add(
      [...base, "negotiation"],
      `"packages" needs at least 2 different issues on the agenda to make a package of, and this agenda has ${onAgenda.size}; use "items"`,
    );
  }
  return { end, scheduled: scheduled ?? 0, overrun: overrun ?? 0, agenda: onAgenda };
}
