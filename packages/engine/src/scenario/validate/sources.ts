import * as z from "zod";
import type { PathKey } from "../problems.js";
import { childSchema, resolveSchema } from "../schema-walk.js";
import { noSource } from "./checker.js";
import type { Context } from "./context.js";
import { isObj } from "./read.js";

/**
 * Every `sources` list below the top level cites keys of the scenario's `sources`. The walk follows the
 * schema, so that only fields the format calls `sources` count (an actor whose id is "sources" is not a
 * list of sources), and it does not enter fields the format does not know.
 */
export function checkCitedSources(ctx: Context, schema: z.ZodType): void {
  const { c } = ctx;
  const path: PathKey[] = [];
  const walk = (node: unknown, part: z.ZodType): void => {
    const target = resolveSchema(part, node);
    if (Array.isArray(node)) {
      c.each(node, (item, i) => {
        const itemSchema = childSchema(target, i);
        if (itemSchema === undefined) return;
        path.push(i);
        walk(item, itemSchema);
        path.pop();
      });
      return;
    }
    if (!isObj(node)) return;
    c.eachEntry(node, (key, value) => {
      const field = childSchema(target, key);
      if (field === undefined) return;
      path.push(key);
      if (key === "sources" && path.length > 1 && target instanceof z.ZodObject) {
        c.each(value, (source, i) => {
          c.ref([...path, i], source, ctx.sources, noSource);
        });
      } else {
        walk(value, field);
      }
      path.pop();
    });
  };
  walk(ctx.data, schema);
}
