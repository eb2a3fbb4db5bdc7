import { parseScenario } from "../game/scenario.js";
import { formatScenarioIssue, jsonPath, type ScenarioIssue } from "../scenario/parse.js";
import type { ValidScenario } from "../scenario/schema.js";
import { closestMatch, didYouMean } from "../scenario/suggest.js";
import { err, ok, type Result } from "../vocabulary/result.js";

/**
 * Changing one number of a scenario by its path, for sweeps: `actors.russia.reservation`,
 * `actors.union.types.militant.probability`, `world.trust.russia.nato.value`, `world.tension`,
 * `tracks[0].scheduledMinutes`. A step is a field name, an index (`.2` or `[2]`), the id of an element of a
 * list, or, in `world.trust`, two actor ids: from whom, to whom.
 */

/** Longest path taken, in characters. */
export const MAX_PATH_LENGTH = 300;

/** Why a value cannot be changed: the path leads nowhere, or the changed scenario is not valid. */
export type VaryError =
  | { readonly code: "bad-path"; readonly message: string }
  | {
      readonly code: "bad-value";
      readonly message: string;
      readonly value: number;
      readonly problems: readonly ScenarioIssue[];
    };

/** Where a path leads in a scenario: the container and key of a number, and the path spelt canonically. */
interface Place {
  readonly container: Record<string, unknown> | unknown[];
  readonly key: string | number;
  /** Canonical JSON path (`actors[2].reservation`). */
  readonly path: string;
  readonly keys: readonly (string | number)[];
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function splitPath(path: string): Result<string[], VaryError> {
  const bad = (why: string) => err<VaryError>({ code: "bad-path", message: `The path '${path}' ${why}.` });
  if (typeof path !== "string" || path.length === 0) return bad("is empty");
  if (path.length > MAX_PATH_LENGTH) return bad(`is longer than ${MAX_PATH_LENGTH} characters`);
  const steps = path.replace(/\[(\d+)\]/g, ".$1").split(".");
  if (steps.some((s) => s === "")) return bad("has an empty step (two dots, or a dot at an end)");
  return ok(steps);
}

/** What a step may name in a list: an index, or its elements' ids. */
function listChoices(list: readonly unknown[]): string {
  const ids = list.flatMap((x) => (isRecord(x) && typeof x.id === "string" ? [x.id] : []));
  const indexes = list.length === 0 ? "it is empty" : `an index from 0 to ${list.length - 1}`;
  return ids.length === 0 ? indexes : `${indexes} or one of ${ids.join(", ")}`;
}

/** Whether a list holds pairs `{ from, to }` (the world's trust). */
function isPairList(list: readonly unknown[], keys: readonly (string | number)[]): boolean {
  return keys.length === 2 && keys[0] === "world" && keys[1] === "trust" && list.every(isRecord);
}

/** Follows a path to the number it names. `world.trust` pairs not listed are added at the default trust. */
function locate(root: Json, path: string): Result<Place, VaryError> {
  const split = splitPath(path);
  if (!split.ok) return split;
  const steps = split.value;
  const keys: (string | number)[] = [];
  let here: unknown = root;
  const where = () => jsonPath(keys);
  const bad = (why: string) => err<VaryError>({ code: "bad-path", message: `In '${path}': ${why}.` });
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] ?? "";
    const last = i === steps.length - 1;
    let key: string | number;
    let container: Json | unknown[];
    if (Array.isArray(here)) {
      container = here;
      const list = here;
      if (/^\d+$/.test(step) && Number(step) < list.length) key = Number(step);
      else if (isPairList(list, keys)) {
        const to = steps[++i];
        if (to === undefined) return bad(`${where()} is chosen by two actor ids, from whom and to whom`);
        const actors = (root.actors as Json[]).map((a) => String(a.id));
        for (const id of [step, to])
          if (!actors.includes(id))
            return bad(
              `no actor '${id}'${didYouMean(closestMatch(id, actors))}; the actors are ${actors.join(", ")}`,
            );
        let k = list.findIndex((x) => isRecord(x) && x.from === step && x.to === to);
        if (k === -1) {
          // Not listed: it starts at the default trust; list it so that it can be varied.
          list.push({ from: step, to, value: (root.world as Json).defaultTrust });
          k = list.length - 1;
        }
        key = k;
      } else {
        const k = list.findIndex((x) => isRecord(x) && x.id === step);
        if (k === -1) {
          const ids = list.flatMap((x) => (isRecord(x) && typeof x.id === "string" ? [x.id] : []));
          return bad(
            `${where()} has no '${step}'${didYouMean(closestMatch(step, ids))}; name ${listChoices(list)}`,
          );
        }
        key = k;
      }
    } else if (isRecord(here)) {
      const record = here;
      container = record;
      if (!Object.hasOwn(record, step)) {
        const fields = Object.keys(record).filter(
          (k) => typeof record[k] === "number" || typeof record[k] === "object",
        );
        return bad(
          `${where()} has no '${step}'${didYouMean(closestMatch(step, fields))}` +
            (fields.length > 0 ? `; it has ${fields.join(", ")}` : "") +
            " (a value the scenario leaves to its default cannot be varied: write it in the scenario first)",
        );
      }
      key = step;
    } else
      return bad(`${where()} is ${typeof here === "string" ? "text" : String(here)}, with nothing inside`);
    keys.push(key);
    const next: unknown = Array.isArray(container) ? container[key as number] : container[key as string];
    if (last) {
      if (typeof next !== "number")
        return bad(`${where()} is ${describe(next)}, not a number: a sweep varies a number`);
      return ok({ container, key, path: where(), keys });
    }
    here = next;
  }
  return bad("it names nothing");
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (isRecord(value)) return "an object";
  if (typeof value === "string") return "text";
  return String(value);
}

/** A path that names a number: spelt canonically, and the number the scenario gives it. */
export interface VaryTarget {
  /** Canonical JSON path (`actors[2].reservation`). */
  readonly path: string;
  readonly value: number;
}

/**
 * Where `path` leads in a scenario and the number there, or why it names no number. The scenario is not
 * changed.
 */
export function checkVaryPath(scenario: ValidScenario, path: string): Result<VaryTarget, VaryError> {
  const place = locate(JSON.parse(JSON.stringify(scenario)) as Json, path);
  if (!place.ok) return place;
  const { container, key } = place.value;
  const value = Array.isArray(container) ? container[key as number] : container[key as string];
  return ok({ path: place.value.path, value: value as number });
}

/**
 * A copy of `scenario` with the number at `path` set to `value`, checked by `parseScenario`. Its historical
 * record is left out: the record's moves were made under the real values, not these. Setting a hidden
 * type's probability scales the actor's other types so that the probabilities still sum to 1, in their
 * proportions.
 */
export function varyScenario(
  scenario: ValidScenario,
  path: string,
  value: number,
): Result<ValidScenario, VaryError> {
  if (typeof value !== "number" || !Number.isFinite(value))
    return err({
      code: "bad-value",
      message: `The value ${String(value)} is not a finite number.`,
      value,
      problems: [],
    });
  const copy = JSON.parse(JSON.stringify(scenario)) as Json;
  const place = locate(copy, path);
  if (!place.ok) return place;
  const { container, key, keys } = place.value;
  if (Array.isArray(container)) container[key as number] = value;
  else container[key as string] = value;
  shareTypeProbability(copy, keys, value);
  delete copy.history;
  const parsed = parseScenario(copy);
  if (parsed.ok) return parsed;
  const first = parsed.error[0];
  return err({
    code: "bad-value",
    message: `With ${place.value.path} = ${value} the scenario is not valid: ${first === undefined ? "" : formatScenarioIssue(first)}${parsed.error.length > 1 ? ` (and ${parsed.error.length - 1} more)` : ""}.`,
    value,
    problems: parsed.error,
  });
}

/** After a type's probability is set, the actor's other types share the rest in their proportions. */
function shareTypeProbability(root: Json, keys: readonly (string | number)[], value: number): void {
  const [actors, a, types, t, field] = keys;
  if (keys.length !== 5 || actors !== "actors" || types !== "types" || field !== "probability") return;
  const list = ((root.actors as Json[])[a as number]?.types ?? []) as Json[];
  const others = list.filter((_, i) => i !== t);
  const rest = others.reduce((sum, type) => sum + Number(type.probability), 0);
  if (rest <= 0) return;
  for (const type of others) type.probability = (Number(type.probability) * (1 - value)) / rest;
}
