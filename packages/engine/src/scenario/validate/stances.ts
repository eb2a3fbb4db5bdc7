import type { PathKey } from "../problems.js";
import { quote } from "../words.js";
import { noActor, noIssue } from "./checker.js";
import { type Context, optionRef } from "./context.js";
import { get, str } from "./read.js";

/** The red line (by id) that forbids each option, by actor and issue: `forbidden.get(actor, issue, option)`. */
export interface Forbidden {
  get(actor: unknown, issue: unknown, option: unknown): string | undefined;
}

const pairKey = (actor: string, issue: string): string => `${actor}\u0000${issue}`;

/**
 * Red lines: their actor, issue and options exist, each option listed once, and at least one option of the
 * issue left allowed. Returns which options each actor forbids, for the demand and draft checks.
 */
export function checkRedLines(ctx: Context): Forbidden {
  const { c } = ctx;
  const byPair = new Map<string, Map<string, string>>();
  c.each(get(ctx.data, "redLines"), (line, r) => {
    const base: PathKey[] = ["redLines", r];
    const lineId = str(get(line, "id")) ?? `#${r}`;
    const actor = get(line, "actor");
    const issue = get(line, "issue");
    c.ref([...base, "actor"], actor, ctx.actors, noActor);
    const issueKnown = c.ref([...base, "issue"], issue, ctx.issues, noIssue);
    const forbiddenList = get(line, "forbidden");
    // Distinct options of the issue that the line forbids: all of them leaves nothing to agree on.
    const forbids = new Set<string>();
    c.each(forbiddenList, (option, k) => {
      if (optionRef(ctx, [...base, "forbidden", k], issue, option) && typeof option === "string") {
        forbids.add(option);
      }
    });
    c.repeats(forbiddenList, [...base, "forbidden"], "option");
    const options = ctx.optionsOf(issue);
    if (issueKnown && options?.complete && options.ids.length > 0 && typeof issue === "string") {
      if (forbids.size === options.ids.length) {
        c.add(
          [...base, "forbidden"],
          `forbids every option of issue ${quote(issue)}, so no agreement on it could respect this red line; leave at least one option allowed`,
        );
      }
    }
    if (typeof actor === "string" && typeof issue === "string") {
      const key = pairKey(actor, issue);
      const map = byPair.get(key) ?? new Map<string, string>();
      c.each(forbiddenList, (option) => {
        if (typeof option === "string" && !map.has(option)) map.set(option, lineId);
      });
      byPair.set(key, map);
    }
  });
  return {
    get: (actor, issue, option) =>
      typeof actor === "string" && typeof issue === "string" && typeof option === "string"
        ? byPair.get(pairKey(actor, issue))?.get(option)
        : undefined,
  };
}

/** Demands: actor, issue, option and addressees exist; not addressed to itself; not against its own red line. */
export function checkDemands(ctx: Context, forbidden: Forbidden): void {
  const { c } = ctx;
  c.each(get(ctx.data, "demands"), (demand, d) => {
    const base: PathKey[] = ["demands", d];
    const actor = get(demand, "actor");
    const issue = get(demand, "issue");
    const option = get(demand, "option");
    c.ref([...base, "actor"], actor, ctx.actors, noActor);
    c.ref([...base, "issue"], issue, ctx.issues, noIssue);
    optionRef(ctx, [...base, "option"], issue, option);
    c.each(get(demand, "addressees"), (addressee, k) => {
      const path = [...base, "addressees", k];
      if (addressee === actor && typeof actor === "string")
        c.add(path, "a demand cannot be addressed to its own actor");
      else c.ref(path, addressee, ctx.actors, noActor);
    });
    c.repeats(get(demand, "addressees"), [...base, "addressees"], "addressee");
    const line = forbidden.get(actor, issue, option);
    if (line !== undefined) {
      c.add(
        [...base, "option"],
        `actor ${quote(String(actor))} demands option ${quote(String(option))}, which its own red line ${quote(line)} forbids`,
      );
    }
  });
}
