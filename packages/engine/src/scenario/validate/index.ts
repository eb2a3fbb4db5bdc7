import type * as z from "zod";
import type { ProblemList } from "../problems.js";
import { checkActors } from "./actors.js";
import { Checker } from "./checker.js";
import { scenarioContext } from "./context.js";
import { checkHistory } from "./history.js";
import { checkInjects } from "./injects.js";
import { checkIssues } from "./issues.js";
import { get, type Obj } from "./read.js";
import { checkCitedSources } from "./sources.js";
import { checkDemands, checkRedLines } from "./stances.js";
import { checkTexts } from "./texts.js";
import { checkTracks } from "./tracks.js";
import { checkWorldAndRules } from "./world.js";

/** How to check the meaning of a scenario. */
export interface MeaningOptions {
  /** The format the data is written in (it decides how history moves are read). */
  readonly format: 1 | 2;
  /** The schema of that format, which the sources check follows. */
  readonly schema: z.ZodType;
}

/**
 * Checks the meaning of a scenario: references between ids, duplicates, dates in order, meetings that can
 * be held, events that can fire, values for every option that matters. The structure is zod's business
 * (`structure.ts`); these checks read the data loosely, so that they still find what they can when the
 * structure is broken, and skip what they cannot check safely. Adds problems to `problems` until it is
 * full; every loop counts its steps on the list's meter, and the work grows in step with the data.
 */
export function checkMeaning(data: Obj, options: MeaningOptions, problems: ProblemList): void {
  const c = new Checker(problems);
  const ctx = scenarioContext(c, data, options.format);
  c.duplicates(get(data, "sources"), ["sources"], "source key", "key");
  c.duplicates(get(data, "actors"), ["actors"], "actor id");
  c.duplicates(get(data, "issues"), ["issues"], "issue id");
  c.duplicates(get(data, "demands"), ["demands"], "demand id");
  c.duplicates(get(data, "redLines"), ["redLines"], "red line id");
  c.duplicates(get(data, "tracks"), ["tracks"], "track id");
  c.duplicates(get(data, "injects"), ["injects"], "inject id");
  checkActors(ctx);
  checkIssues(ctx);
  const forbidden = checkRedLines(ctx);
  checkDemands(ctx, forbidden);
  const tracks = checkTracks(ctx);
  checkInjects(ctx, tracks);
  checkTexts(ctx, forbidden, tracks);
  checkWorldAndRules(ctx);
  checkHistory(ctx);
  checkCitedSources(ctx, options.schema);
}
