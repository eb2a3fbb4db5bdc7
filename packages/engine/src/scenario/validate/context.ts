import type { PathKey } from "../problems.js";
import { type Checker, type Index, noOption } from "./checker.js";
import { get, type Obj, str } from "./read.js";

/** The scenario being checked, with the indexes of its ids that most checks look things up in. */
export interface Context {
  readonly c: Checker;
  readonly data: Obj;
  /** The format the file is written in: it decides only how history moves name issues and options. */
  readonly format: 1 | 2;
  readonly actors: Index;
  readonly issues: Index;
  readonly tracks: Index;
  readonly redLines: Index;
  readonly sources: Index;
  /** The options of an issue (the first issue with that id), if the issue exists. */
  readonly optionsOf: (issue: unknown) => Index | undefined;
}

/** Builds the context: one pass over each list of things. */
export function scenarioContext(c: Checker, data: Obj, format: 1 | 2): Context {
  const issues = get(data, "issues");
  const options = new Map<string, Index>();
  c.each(issues, (issue) => {
    const id = str(get(issue, "id"));
    if (id !== undefined && !options.has(id)) options.set(id, c.index(get(issue, "options")));
  });
  return {
    c,
    data,
    format,
    actors: c.index(get(data, "actors")),
    issues: c.index(issues),
    tracks: c.index(get(data, "tracks")),
    redLines: c.index(get(data, "redLines")),
    sources: c.index(get(data, "sources"), "key"),
    optionsOf: (issue) => (typeof issue === "string" ? options.get(issue) : undefined),
  };
}

/** Checks that `option` is an option of `issue`, once the issue itself is known. */
export function optionRef(ctx: Context, path: readonly PathKey[], issue: unknown, option: unknown): boolean {
  const options = ctx.optionsOf(issue);
  if (options === undefined || typeof issue !== "string") return true;
  return ctx.c.ref(path, option, options, noOption(issue));
}
