import { MOVE_TYPES } from "../../vocabulary/moves.js";
import { jsonPath, type PathKey } from "../problems.js";
import { quote } from "../words.js";
import { type Checker, type Index, noActor } from "./checker.js";
import type { Context } from "./context.js";
import { get, str } from "./read.js";

/** Starting trust names two different actors, each ordered pair once; `rules.minutes` names kinds of move. */
export function checkWorldAndRules(ctx: Context): void {
  const { c } = ctx;
  const pairs = new Map<string, number>();
  c.each(get(get(ctx.data, "world"), "trust"), (entry, k) => {
    const path: PathKey[] = ["world", "trust", k];
    trustEnds(c, path, entry, ctx.actors);
    const from = str(get(entry, "from"));
    const to = str(get(entry, "to"));
    if (from === undefined || to === undefined) return;
    const key = `${from}\u0000${to}`;
    const earlier = pairs.get(key);
    if (earlier === undefined) pairs.set(key, k);
    else {
      c.add(
        path,
        `trust from ${quote(from)} to ${quote(to)} is already given at ${jsonPath(["world", "trust", earlier])}`,
      );
    }
  });
  const moves = c.indexValues(MOVE_TYPES);
  c.eachEntry(get(get(ctx.data, "rules"), "minutes"), (key) => {
    c.ref(["rules", "minutes", key], key, moves, (v) => `no kind of move ${quote(v)}`);
  });
}

/** Trust runs `from` one actor `to` another, different one. */
export function trustEnds(c: Checker, path: readonly PathKey[], entry: unknown, actors: Index): void {
  const from = get(entry, "from");
  const to = get(entry, "to");
  c.ref([...path, "from"], from, actors, noActor);
  c.ref([...path, "to"], to, actors, noActor);
  if (typeof from === "string" && from === to)
    c.add([...path, "to"], "trust runs between two different actors");
}
