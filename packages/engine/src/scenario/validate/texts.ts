import type { PathKey } from "../problems.js";
import { quote } from "../words.js";
import { noActor, noIssue, noTrack } from "./checker.js";
import { type Context, optionRef } from "./context.js";
import { calendarDate, get, isObj } from "./read.js";
import type { Forbidden } from "./stances.js";
import type { Tracks } from "./tracks.js";

/** Drafts an actor brought, lines statements quote, and the epilogue. */
export function checkTexts(ctx: Context, forbidden: Forbidden, tracks: Tracks): void {
  checkDrafts(ctx, forbidden);
  checkLines(ctx, tracks);
  checkEpilogue(ctx, tracks);
}

/** A draft's actor exists; its terms name one option of each of at least one existing issue. */
function checkDrafts(ctx: Context, forbidden: Forbidden): void {
  const { c } = ctx;
  const drafts = get(ctx.data, "drafts");
  c.duplicates(drafts, ["drafts"], "draft id");
  c.each(drafts, (draft, d) => {
    const base: PathKey[] = ["drafts", d];
    const actor = get(draft, "actor");
    c.ref([...base, "actor"], actor, ctx.actors, noActor);
    const terms = get(draft, "terms");
    let named = 0;
    c.eachEntry(terms, (issue, option) => {
      named++;
      const path = [...base, "terms", issue];
      if (!c.ref(path, issue, ctx.issues, noIssue) || !optionRef(ctx, path, issue, option)) return;
      const line = forbidden.get(actor, issue, option);
      if (line !== undefined) {
        c.add(
          path,
          `actor ${quote(String(actor))} drafts option ${quote(String(option))}, which its own red line ${quote(line)} forbids`,
        );
      }
    });
    if (isObj(terms) && named === 0) {
      c.add([...base, "terms"], "names no issue; a draft asks for an option on at least one issue");
    }
  });
}

/** A line's actor, issue and track exist, and a line tied to a track can be quoted there. */
function checkLines(ctx: Context, tracks: Tracks): void {
  const { c } = ctx;
  c.each(get(ctx.data, "lines"), (line, l) => {
    const base: PathKey[] = ["lines", l];
    const actor = get(line, "actor");
    const issue = get(line, "issue");
    const track = get(line, "track");
    const actorKnown = c.ref([...base, "actor"], actor, ctx.actors, noActor);
    const issueKnown = c.ref([...base, "issue"], issue, ctx.issues, noIssue);
    c.ref([...base, "track"], track, ctx.tracks, noTrack);
    const facts = typeof track === "string" ? tracks.facts.get(track) : undefined;
    if (facts === undefined || typeof track !== "string") return;
    const never = ", so this line is never quoted";
    if (actorKnown && typeof actor === "string" && facts.participants.ids.length >= 2) {
      if (!facts.participants.first.has(actor)) {
        c.add(
          [...base, "actor"],
          `actor ${quote(actor)} does not take part in track ${quote(track)}${never}`,
        );
      }
    }
    if (issueKnown && typeof issue === "string" && !facts.agenda.has(issue)) {
      c.add(
        [...base, "issue"],
        `issue ${quote(issue)} is not on the agenda of track ${quote(track)}${never}`,
      );
    }
  });
}

/** The epilogue's events come after the talks, in date order. */
function checkEpilogue(ctx: Context, tracks: Tracks): void {
  const { c } = ctx;
  let previous: { date: string; index: number } | undefined;
  c.each(get(ctx.data, "epilogue"), (event, e) => {
    const date = calendarDate(get(event, "date"));
    if (date === undefined) return;
    const path: PathKey[] = ["epilogue", e, "date"];
    if (tracks.lastDay !== undefined && date < tracks.lastDay) {
      c.add(
        path,
        `${date} is before ${tracks.lastDay}, the last day of the talks; the epilogue tells what came after`,
      );
    } else if (previous !== undefined && date < previous.date) {
      c.add(
        path,
        `${date} is before ${previous.date}, the date of epilogue[${previous.index}]; list events in date order`,
      );
    }
    previous = { date, index: e };
  });
}
