import type { CompiledScenario } from "../rules/compile.js";
import { standing } from "../rules/query.js";
import type { GameState } from "../rules/state.js";

/**
 * The packages a bot may compose over some open issues: every combination of the options no standing red
 * line forbids (terms across a standing red line cannot be agreed, so no bot composes them), at most
 * {@link MAX_COMPOSED} of them. Remembered per scenario, set of issues and standing red lines (a memo: it
 * changes no result).
 */

/** Most packages a bot enumerates to compose one; past this it composes none and uses the listed ones. */
export const MAX_COMPOSED = 4096;

/** Packages over `issues`: `options[n * issues.length + k]` is package n's option on `issues[k]`. */
export interface PackageSpace {
  readonly issues: readonly number[];
  readonly count: number;
  readonly options: Int16Array;
  /** `allowed[k]`: the options of `issues[k]` the packages take, in order (package n's digits, last fastest). */
  readonly allowed: readonly (readonly number[])[];
}

const EMPTY: PackageSpace = Object.freeze({ issues: [], count: 0, options: new Int16Array(0), allowed: [] });
const memo = new WeakMap<CompiledScenario, Map<string, PackageSpace>>();

/** Whether no standing red line of anyone forbids option `o` of issue `i`. */
export function agreeable(c: CompiledScenario, s: GameState, i: number, o: number): boolean {
  for (const r of c.forbidding[i]?.[o] ?? []) if (standing(s, r)) return false;
  return true;
}

function enumerate(c: CompiledScenario, s: GameState, issues: readonly number[]): PackageSpace {
  const allowed = issues.map((i) => {
    const out: number[] = [];
    const options = c.values[0]?.[i]?.length ?? 0;
    for (let o = 0; o < options; o++) if (agreeable(c, s, i, o)) out.push(o);
    return out;
  });
  let count = 1;
  for (const list of allowed) {
    count *= list.length;
    if (count > MAX_COMPOSED) return EMPTY;
  }
  if (count === 0) return EMPTY;
  const width = issues.length;
  const options = new Int16Array(count * width);
  const digits = new Array<number>(width).fill(0);
  for (let n = 0; n < count; n++) {
    for (let k = 0; k < width; k++) options[n * width + k] = allowed[k]?.[digits[k] ?? 0] ?? 0;
    for (let k = width - 1; k >= 0; k--) {
      digits[k] = (digits[k] ?? 0) + 1;
      if ((digits[k] ?? 0) < (allowed[k]?.length ?? 0)) break;
      digits[k] = 0;
    }
  }
  return { issues: [...issues], count, options, allowed };
}

/** The packages over `issues` (empty beyond {@link MAX_COMPOSED}). */
export function packageSpace(c: CompiledScenario, s: GameState, issues: readonly number[]): PackageSpace {
  if (issues.length === 0) return EMPTY;
  let byKey = memo.get(c);
  if (byKey === undefined) {
    byKey = new Map();
    memo.set(c, byKey);
  }
  let key = issues.join(",");
  key += "|";
  for (let r = 0; r < s.redLines.length; r++) key += standing(s, r) ? "1" : "0";
  let space = byKey.get(key);
  if (space === undefined) {
    space = enumerate(c, s, issues);
    byKey.set(key, space);
  }
  return space;
}

/** Writes package `n` of a space into `into` (an option per issue of the scenario, -1 elsewhere). */
export function packageAt(space: PackageSpace, n: number, into: number[]): number[] {
  into.fill(-1);
  const width = space.issues.length;
  for (let k = 0; k < width; k++) into[space.issues[k] ?? 0] = space.options[n * width + k] ?? -1;
  return into;
}
