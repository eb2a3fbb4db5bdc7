import { jsonPath, type PathKey, type ProblemList } from "../problems.js";
import { closestMatch, didYouMean } from "../suggest.js";
import { quote } from "../words.js";
import { get, isObj, items, str } from "./read.js";

/** The ids of a list of things, where each first appears, and whether every entry had a readable id. */
export interface Index {
  readonly ids: readonly string[];
  readonly first: ReadonlyMap<string, number>;
  /** False when some entry has no text id: then "no such id" cannot be said safely. */
  readonly complete: boolean;
}

/** Says what was not found, e.g. `no actor "x"`. */
export type NotFound = (value: string) => string;

export const noActor: NotFound = (v) => `no actor ${quote(v)}`;
export const noIssue: NotFound = (v) => `no issue ${quote(v)}`;
export const noTrack: NotFound = (v) => `no track ${quote(v)}`;
export const noRedLine: NotFound = (v) => `no red line ${quote(v)}`;
export const noSource: NotFound = (v) => `no source ${quote(v)} in the scenario's sources`;
export const noOption =
  (issue: string): NotFound =>
  (v) =>
    `issue ${quote(issue)} has no option ${quote(v)}`;
export const notParticipant: NotFound = (v) => `${quote(v)} is not a participant of this track`;

/**
 * What the meaning checks share: the list of problems, and loops that count their steps on its meter and
 * stop once the list is full (nothing more could be reported). Every loop over scenario data goes through
 * `each` or `eachEntry`, so that the meter sees all the work.
 */
export class Checker {
  constructor(private readonly problems: ProblemList) {}

  /** Whether no more problems can be reported. */
  get full(): boolean {
    return this.problems.full;
  }

  /** Counts `n` steps of work. */
  tick(n = 1): void {
    this.problems.meter.steps += n;
  }

  /** Reports a problem. */
  add(path: readonly PathKey[], message: string, suggestion?: string): void {
    this.problems.add(path, message, suggestion);
  }

  /** Calls `visit` on each item of `list` (if it is a list) until the problems are full. */
  each(list: unknown, visit: (item: unknown, index: number) => void): void {
    const all = items(list);
    for (let i = 0; i < all.length && !this.full; i++) {
      this.tick();
      visit(all[i], i);
    }
  }

  /** Calls `visit` on each own entry of `object` (if it is an object) until the problems are full. */
  eachEntry(object: unknown, visit: (key: string, value: unknown) => void): void {
    if (!isObj(object)) return;
    for (const key in object) {
      if (this.full) return;
      if (!Object.hasOwn(object, key)) continue;
      this.tick();
      visit(key, object[key]);
    }
  }

  /** The index of a list of things by their `key` field. */
  index(list: unknown, key = "id"): Index {
    const ids: string[] = [];
    const first = new Map<string, number>();
    let complete = Array.isArray(list);
    const all = items(list);
    this.tick(all.length);
    all.forEach((item, i) => {
      const id = str(get(item, key));
      if (id === undefined) complete = false;
      else if (!first.has(id)) {
        first.set(id, i);
        ids.push(id);
      }
    });
    return { ids, first, complete };
  }

  /** The index of a list of texts (non-texts are skipped). */
  indexValues(list: unknown): Index {
    const first = new Map<string, number>();
    const all = items(list);
    this.tick(all.length);
    all.forEach((v, i) => {
      if (typeof v === "string" && !first.has(v)) first.set(v, i);
    });
    return { ids: [...first.keys()], first, complete: true };
  }

  /**
   * Reports `value` when it is a text that `index` does not hold, with the closest id as a suggestion.
   * Values that are not texts are the schema's business; with an incomplete index nothing is reported.
   * Returns false when the value is a text the index does not hold, so that checks built on it are skipped.
   */
  ref(path: readonly PathKey[], value: unknown, index: Index, notFound: NotFound): boolean {
    this.tick();
    if (typeof value !== "string" || index.first.has(value)) return true;
    if (index.complete) this.missing(path, value, index.ids, notFound);
    return false;
  }

  /** Reports that `value` is not among `candidates`, suggesting the closest (computed only if reported). */
  missing(path: readonly PathKey[], value: string, candidates: readonly string[], notFound: NotFound): void {
    if (this.full) return;
    const suggestion = closestMatch(value, candidates, this.problems.meter);
    this.add(path, `${notFound(value)}${didYouMean(suggestion)}`, suggestion);
  }

  /** Reports every entry of `list` whose `key` repeats an earlier entry's. */
  duplicates(list: unknown, base: readonly PathKey[], noun: string, key = "id", where = ""): void {
    const seen = new Map<string, number>();
    this.each(list, (item, i) => {
      const id = str(get(item, key));
      if (id === undefined) return;
      const earlier = seen.get(id);
      if (earlier === undefined) seen.set(id, i);
      else
        this.add(
          [...base, i, key],
          `duplicate ${noun} ${quote(id)}${where}: ${jsonPath([...base, earlier])} already uses it`,
        );
    });
  }

  /** Reports texts of a list that repeat an earlier one. */
  repeats(list: unknown, base: readonly PathKey[], noun: string): void {
    const seen = new Set<string>();
    this.each(list, (value, i) => {
      if (typeof value !== "string") return;
      if (seen.has(value)) this.add([...base, i], `${noun} ${quote(value)} is listed twice`);
      seen.add(value);
    });
  }
}
