import type { PathKey } from "../problems.js";
import { quote, quoteAll } from "../words.js";
import { type Index, noActor, noOption } from "./checker.js";
import type { Context } from "./context.js";
import { get, isObj, num, type Obj, str } from "./read.js";

/** Most missing options a message names; the rest are counted. */
const MAX_NAMED = 10;

/** Why an actor must value the options of an issue. */
interface Carer {
  /** Position of the actor in `actors`, so that problems come in the actors' order. */
  readonly order: number;
  readonly id: string;
  /** Ends "…, but <why>": `actor "x" weights this issue`. */
  readonly why: string;
}

/**
 * Issues: unique option ids, a status quo among the options, `values` that name actors and options, and
 * a value for every option from every actor that cares about the issue (by its own weights or a type's).
 * Who cares about what is worked out once per actor, so the work grows with the input, not with
 * issues × actors.
 */
export function checkIssues(ctx: Context): void {
  const { c } = ctx;
  const carers = whoCares(ctx);
  c.each(get(ctx.data, "issues"), (issue, i) => {
    const issueId = str(get(issue, "id"));
    const base: PathKey[] = ["issues", i];
    const options = c.index(get(issue, "options"));
    const inIssue = issueId === undefined ? "" : ` in issue ${quote(issueId)}`;
    c.duplicates(get(issue, "options"), [...base, "options"], "option id", "id", inIssue);
    const sayNoOption = noOption(issueId ?? `#${i}`);
    c.ref([...base, "statusQuo"], get(issue, "statusQuo"), options, sayNoOption);
    const values = get(issue, "values");
    c.eachEntry(values, (actorId, byOption) => {
      c.ref([...base, "values", actorId], actorId, ctx.actors, noActor);
      c.eachEntry(byOption, (optionId) => {
        c.ref([...base, "values", actorId, optionId], optionId, options, sayNoOption);
      });
    });
    if (issueId === undefined || !options.complete || !isObj(values)) return;
    for (const carer of carers.of(issueId)) {
      if (c.full) return;
      c.tick();
      everyOptionValued(ctx, values, carer, options, [...base, "values", carer.id]);
    }
  });
}

/** Checks that `values[carer.id]` gives a value for every option. */
function everyOptionValued(
  ctx: Context,
  values: Obj,
  carer: Carer,
  options: Index,
  path: readonly PathKey[],
): void {
  const byOption = get(values, carer.id);
  if (byOption === undefined) {
    ctx.c.add(
      path,
      `no values for actor ${quote(carer.id)}, but ${carer.why}; give each option a value from 0 to 1`,
    );
    return;
  }
  if (!isObj(byOption)) return;
  // Count the options valued (work in step with the values given); list the missing ones only to report.
  let valued = 0;
  ctx.c.eachEntry(byOption, (optionId) => {
    if (options.first.has(optionId)) valued++;
  });
  if (valued === options.ids.length) return;
  const missing: string[] = [];
  let more = 0;
  for (const option of options.ids) {
    ctx.c.tick();
    if (Object.hasOwn(byOption, option)) continue;
    if (missing.length < MAX_NAMED) missing.push(option);
    else more++;
  }
  const noun = missing.length + more === 1 ? "option" : "options";
  const rest = more > 0 ? ` and ${more} more` : "";
  ctx.c.add(path, `no value for ${noun} ${quoteAll(missing)}${rest}, but ${carer.why}`);
}

/** The actors that care about each issue. */
function whoCares(ctx: Context): { of(issueId: string): Iterable<Carer> } {
  const { c } = ctx;
  const everything: Carer[] = [];
  const byIssue = new Map<string, Carer[]>();
  c.each(get(ctx.data, "actors"), (actor, a) => {
    const id = str(get(actor, "id"));
    if (id === undefined || ctx.actors.first.get(id) !== a) return;
    const maps: { weights: unknown; type?: string }[] = [{ weights: get(actor, "weights") }];
    c.each(get(actor, "types"), (type) => {
      const weights = get(type, "weights");
      if (isObj(weights)) maps.push({ weights, type: str(get(type, "id")) ?? "?" });
    });
    let everyIssue: string | undefined;
    const named = new Map<string, string>();
    for (const { weights, type } of maps) {
      if (!isObj(weights) || everyIssue !== undefined) continue;
      const when = type === undefined ? "" : ` when of type ${quote(type)}`;
      let total = 0;
      c.eachEntry(weights, (key, w) => {
        if (ctx.issues.first.has(key)) total += Math.max(0, num(w) ?? 0);
      });
      if (total === 0) {
        if (ctx.issues.complete) {
          everyIssue = `actor ${quote(id)} weights no issue${when}, so it cares about every issue equally`;
        }
        continue;
      }
      c.eachEntry(weights, (key, w) => {
        if (ctx.issues.first.has(key) && (num(w) ?? 0) > 0 && !named.has(key)) {
          named.set(key, `actor ${quote(id)} weights this issue${when}`);
        }
      });
    }
    if (everyIssue !== undefined) {
      everything.push({ order: a, id, why: everyIssue });
      return;
    }
    for (const [key, why] of named) {
      c.tick();
      const list = byIssue.get(key) ?? [];
      list.push({ order: a, id, why });
      byIssue.set(key, list);
    }
  });
  return {
    *of(issueId) {
      // Both lists are in the actors' order; merge them.
      const some = byIssue.get(issueId) ?? [];
      let i = 0;
      let j = 0;
      while (i < everything.length || j < some.length) {
        const x = everything[i];
        const y = some[j];
        if (y === undefined || (x !== undefined && x.order < y.order)) {
          i++;
          if (x !== undefined) yield x;
        } else {
          j++;
          yield y;
        }
      }
    },
  };
}
