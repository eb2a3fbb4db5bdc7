import type { PathKey } from "../problems.js";
import { noActor, noIssue, noRedLine, noTrack } from "./checker.js";
import { type Context, optionRef } from "./context.js";
import { get } from "./read.js";

/**
 * The history names actors, issues, options, red lines and tracks that exist. Format 1 moves name an
 * `issue` (and an `option`); format 2 proposals name `terms` (option by issue) and acceptances `issues`.
 * Whether each move is legal is for the replay to say.
 */
export function checkHistory(ctx: Context): void {
  const { c } = ctx;
  const history = get(ctx.data, "history");
  c.each(get(history, "moves"), (move, m) => {
    const base: PathKey[] = ["history", "moves", m];
    c.ref([...base, "actor"], get(move, "actor"), ctx.actors, noActor);
    const issue = get(move, "issue");
    if (issue !== undefined && c.ref([...base, "issue"], issue, ctx.issues, noIssue) && ctx.format === 1) {
      const option = get(move, "option");
      if (option !== undefined) optionRef(ctx, [...base, "option"], issue, option);
    }
    if (ctx.format === 2) {
      c.eachEntry(get(move, "terms"), (termIssue, option) => {
        const path = [...base, "terms", termIssue];
        if (c.ref(path, termIssue, ctx.issues, noIssue)) optionRef(ctx, path, termIssue, option);
      });
      const issues = get(move, "issues");
      c.each(issues, (named, k) => {
        c.ref([...base, "issues", k], named, ctx.issues, noIssue);
      });
      c.repeats(issues, [...base, "issues"], "issue");
    }
    const redLine = get(move, "redLine");
    if (redLine !== undefined) c.ref([...base, "redLine"], redLine, ctx.redLines, noRedLine);
  });
  const outcome = get(history, "outcome");
  c.each(get(outcome, "tracks"), (result, k) => {
    const base: PathKey[] = ["history", "outcome", "tracks", k];
    c.ref([...base, "track"], get(result, "track"), ctx.tracks, noTrack);
    c.eachEntry(get(result, "agreed"), (issue, option) => {
      const path = [...base, "agreed", issue];
      if (c.ref(path, issue, ctx.issues, noIssue)) optionRef(ctx, path, issue, option);
    });
    c.each(get(result, "tabled"), (tabled, n) => {
      const path: PathKey[] = [...base, "tabled", n];
      c.ref([...path, "issue"], get(tabled, "issue"), ctx.issues, noIssue);
      optionRef(ctx, [...path, "option"], get(tabled, "issue"), get(tabled, "option"));
      c.ref([...path, "by"], get(tabled, "by"), ctx.actors, noActor);
    });
  });
  c.eachEntry(get(outcome, "utilities"), (actor) => {
    c.ref(["history", "outcome", "utilities", actor], actor, ctx.actors, noActor);
  });
}
