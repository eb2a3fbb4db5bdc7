import { MOVE_TYPES } from "../vocabulary/moves.js";
import { closestMatch, didYouMean } from "./suggest.js";

/**
 * The meaning of a scenario: references between ids, duplicates, date order, tracks that can be held,
 * injects that can fire, values for every option that matters. The structure (types, ranges, required
 * fields) is `schema.ts`'s business; these checks read the data loosely, so that they still find what they
 * can when the structure is broken, and skip what they cannot check safely.
 */

/** One problem found in a scenario, located by its JSON path (`tracks[1].agenda[0].issue`). */
export interface ScenarioIssue {
  readonly path: string;
  /** What is wrong, for people; includes the "did you mean" text when there is a suggestion. */
  readonly message: string;
  /** The likely intended value, when the problem looks like a typo. */
  readonly suggestion?: string;
}

/** One step of a JSON path: a property name or an array index. */
export type PathKey = string | number;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** Longest property name shown in full in a path; longer ones are cut (paths are for people). */
const MAX_KEY_IN_PATH = 80;

/**
 * Formats a path as a JSON path such as `tracks[1].agenda[0]`; the empty path is `(root)`. Names that are
 * not plain words are quoted (`weights["two words"]`).
 */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "symbol") out += `[${String(key)}]`;
    else if (key.length > MAX_KEY_IN_PATH)
      out += `[${JSON.stringify(`${key.slice(0, MAX_KEY_IN_PATH - 3)}...`)}]`;
    else if (PLAIN_KEY.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === "" ? "(root)" : out;
}

// ---------------------------------------------------------------------------------------------------------
// Loose readers: every one of them accepts anything and never throws.

type Obj = Readonly<Record<string, unknown>>;

function isObj(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An own property of an object, or undefined. */
function get(value: unknown, key: string): unknown {
  return isObj(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

function items(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function entries(value: unknown): [string, unknown][] {
  return isObj(value) ? Object.entries(value) : [];
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

const quote = (value: string): string =>
  JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);

const quoteAll = (values: readonly string[]): string => values.map(quote).join(", ");

/** The ids of a list of things, where each first appears, and whether every entry had a readable id. */
interface Index {
  readonly ids: readonly string[];
  readonly first: ReadonlyMap<string, number>;
  /** False when some entry has no string id: then "no such id" cannot be told safely. */
  readonly complete: boolean;
}

function indexOf(list: unknown, key = "id"): Index {
  const ids: string[] = [];
  const first = new Map<string, number>();
  let complete = Array.isArray(list);
  items(list).forEach((item, i) => {
    const id = str(get(item, key));
    if (id === undefined) {
      complete = false;
      return;
    }
    if (!first.has(id)) {
      first.set(id, i);
      ids.push(id);
    }
  });
  return { ids, first, complete };
}

function indexOfValues(values: readonly string[]): Index {
  const first = new Map<string, number>();
  values.forEach((v, i) => {
    if (!first.has(v)) first.set(v, i);
  });
  return { ids: [...first.keys()], first, complete: true };
}

// ---------------------------------------------------------------------------------------------------------

class Checker {
  readonly problems: ScenarioIssue[] = [];
  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.problems.length >= this.limit;
  }

  add(path: readonly PathKey[], message: string, suggestion?: string): void {
    if (this.full) return;
    const problem: ScenarioIssue =
      suggestion === undefined
        ? { path: jsonPath(path), message }
        : { path: jsonPath(path), message, suggestion };
    this.problems.push(problem);
  }

  /**
   * Reports `value` when it is a string that `index` does not hold. `what` says what was looked for, e.g.
   * `no actor "x"`. Values that are not strings are the schema's business; incomplete indexes are skipped.
   */
  ref(path: readonly PathKey[], value: unknown, index: Index, what: (value: string) => string): boolean {
    if (typeof value !== "string" || index.first.has(value)) return true;
    if (!index.complete || this.full) return false;
    const suggestion = closestMatch(value, index.ids);
    this.add(path, `${what(value)}${didYouMean(suggestion)}`, suggestion);
    return false;
  }

  /** Reports every entry of `list` whose `key` repeats an earlier entry's. */
  duplicates(list: unknown, base: readonly PathKey[], noun: string, key = "id", where = ""): void {
    const seen = new Map<string, number>();
    items(list).forEach((item, i) => {
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

  /** Reports strings of a list that repeat an earlier one. */
  repeats(list: unknown, base: readonly PathKey[], noun: string): void {
    const seen = new Set<string>();
    items(list).forEach((value, i) => {
      if (typeof value !== "string") return;
      if (seen.has(value)) this.add([...base, i], `${noun} ${quote(value)} is listed twice`);
      seen.add(value);
    });
  }
}

const noActor = (v: string): string => `no actor ${quote(v)}`;
const noIssue = (v: string): string => `no issue ${quote(v)}`;
const noTrack = (v: string): string => `no track ${quote(v)}`;
const noRedLine = (v: string): string => `no red line ${quote(v)}`;
const noSource = (v: string): string => `no source ${quote(v)} in the scenario's sources`;
const noOption =
  (issue: string) =>
  (v: string): string =>
    `issue ${quote(issue)} has no option ${quote(v)}`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written YYYY-MM-DD. */
function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** A whole number of minutes, or undefined. */
function minutes(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** Deepest nesting the sources walk follows (the input guard in parse.ts already limits depth). */
const MAX_WALK_DEPTH = 64;

/**
 * Checks the meaning of a scenario and returns the problems found, at most `limit` of them. Reads `data`
 * loosely: parts whose structure is wrong are skipped, so this is safe on any JSON value. It expects plain
 * data (as `JSON.parse` makes, or as parse.ts's input guard copies it).
 */
export function validateScenario(data: unknown, limit = 200): ScenarioIssue[] {
  const c = new Checker(limit);
  const actors = get(data, "actors");
  const issues = get(data, "issues");
  const demands = get(data, "demands");
  const redLines = get(data, "redLines");
  const tracks = get(data, "tracks");
  const injects = get(data, "injects");

  const actorIndex = indexOf(actors);
  const issueIndex = indexOf(issues);
  const trackIndex = indexOf(tracks);
  const redLineIndex = indexOf(redLines);
  const sourceIndex = indexOf(get(data, "sources"), "key");

  /** The options of each issue (the first issue with that id). */
  const optionIndex = new Map<string, Index>();
  for (const issue of items(issues)) {
    const id = str(get(issue, "id"));
    if (id !== undefined && !optionIndex.has(id)) optionIndex.set(id, indexOf(get(issue, "options")));
  }
  const optionsOf = (issue: unknown): Index | undefined =>
    typeof issue === "string" ? optionIndex.get(issue) : undefined;

  /** Checks an option of an issue, once the issue itself is known. */
  const optionRef = (path: readonly PathKey[], issue: unknown, option: unknown): void => {
    const options = optionsOf(issue);
    if (options !== undefined && typeof issue === "string") c.ref(path, option, options, noOption(issue));
  };

  // --- ids that must be unique -------------------------------------------------------------------------
  c.duplicates(get(data, "sources"), ["sources"], "source key", "key");
  c.duplicates(actors, ["actors"], "actor id");
  c.duplicates(issues, ["issues"], "issue id");
  c.duplicates(demands, ["demands"], "demand id");
  c.duplicates(redLines, ["redLines"], "red line id");
  c.duplicates(tracks, ["tracks"], "track id");
  c.duplicates(injects, ["injects"], "inject id");

  // --- actors ------------------------------------------------------------------------------------------
  items(actors).forEach((actor, a) => {
    const id = str(get(actor, "id"));
    for (const [key] of entries(get(actor, "weights"))) {
      c.ref(["actors", a, "weights", key], key, issueIndex, noIssue);
    }
    items(get(actor, "allies")).forEach((ally, k) => {
      const path = ["actors", a, "allies", k];
      if (ally === id && id !== undefined) c.add(path, "an actor cannot be its own ally");
      else c.ref(path, ally, actorIndex, noActor);
    });
    c.repeats(get(actor, "allies"), ["actors", a, "allies"], "ally");
  });

  // --- issues ------------------------------------------------------------------------------------------
  items(issues).forEach((issue, i) => {
    const issueId = str(get(issue, "id"));
    const base: PathKey[] = ["issues", i];
    const options = indexOf(get(issue, "options"));
    const inIssue = issueId === undefined ? "" : ` in issue ${quote(issueId)}`;
    c.duplicates(get(issue, "options"), [...base, "options"], "option id", "id", inIssue);
    const sayNoOption = noOption(issueId ?? `#${i}`);
    c.ref([...base, "statusQuo"], get(issue, "statusQuo"), options, sayNoOption);
    const values = get(issue, "values");
    for (const [actorId, byOption] of entries(values)) {
      c.ref([...base, "values", actorId], actorId, actorIndex, noActor);
      for (const [optionId] of entries(byOption)) {
        c.ref([...base, "values", actorId, optionId], optionId, options, sayNoOption);
      }
    }
    if (issueId === undefined || !options.complete || !isObj(values)) return;
    // Every actor that cares about the issue must value every option of it.
    items(actors).forEach((actor) => {
      const actorId = str(get(actor, "id"));
      if (actorId === undefined || c.full) return;
      const care = caresAbout(actor, issueId, issueIndex);
      if (care === "no") return;
      const why =
        care === "equal"
          ? `actor ${quote(actorId)} weights no issue, so it cares about every issue equally`
          : `actor ${quote(actorId)} weights this issue`;
      const byOption = get(values, actorId);
      if (!isObj(byOption)) {
        if (byOption === undefined) {
          c.add(
            [...base, "values", actorId],
            `no values for actor ${quote(actorId)}, but ${why}; give each option a value from 0 to 1`,
          );
        }
        return;
      }
      const missing = options.ids.filter((o) => !Object.hasOwn(byOption, o));
      if (missing.length > 0) {
        const noun = missing.length === 1 ? "option" : "options";
        c.add([...base, "values", actorId], `no value for ${noun} ${quoteAll(missing)}, but ${why}`);
      }
    });
  });

  // --- red lines ---------------------------------------------------------------------------------------
  /** Options each actor forbids on each issue, with the red line that forbids them. */
  const forbiddenBy = new Map<string, Map<string, string>>();
  items(redLines).forEach((line, r) => {
    const base: PathKey[] = ["redLines", r];
    const lineId = str(get(line, "id")) ?? `#${r}`;
    const actor = get(line, "actor");
    const issue = get(line, "issue");
    c.ref([...base, "actor"], actor, actorIndex, noActor);
    const issueKnown = c.ref([...base, "issue"], issue, issueIndex, noIssue);
    const options = optionsOf(issue);
    const forbidden = items(get(line, "forbidden"));
    forbidden.forEach((option, k) => {
      optionRef([...base, "forbidden", k], issue, option);
    });
    c.repeats(forbidden, [...base, "forbidden"], "option");
    if (issueKnown && options?.complete && typeof issue === "string") {
      const all = options.ids.every((o) => forbidden.includes(o));
      if (all && options.ids.length > 0) {
        c.add(
          [...base, "forbidden"],
          `forbids every option of issue ${quote(issue)}, so no agreement on it could respect this red line; leave at least one option allowed`,
        );
      }
    }
    if (typeof actor === "string" && typeof issue === "string") {
      const key = `${actor}\u0000${issue}`;
      const map = forbiddenBy.get(key) ?? new Map<string, string>();
      for (const option of forbidden)
        if (typeof option === "string" && !map.has(option)) map.set(option, lineId);
      forbiddenBy.set(key, map);
    }
  });

  // --- demands -----------------------------------------------------------------------------------------
  items(demands).forEach((demand, d) => {
    const base: PathKey[] = ["demands", d];
    const actor = get(demand, "actor");
    const issue = get(demand, "issue");
    const option = get(demand, "option");
    c.ref([...base, "actor"], actor, actorIndex, noActor);
    c.ref([...base, "issue"], issue, issueIndex, noIssue);
    optionRef([...base, "option"], issue, option);
    items(get(demand, "addressees")).forEach((addressee, k) => {
      const path = [...base, "addressees", k];
      if (addressee === actor && typeof actor === "string")
        c.add(path, "a demand cannot be addressed to its own actor");
      else c.ref(path, addressee, actorIndex, noActor);
    });
    c.repeats(get(demand, "addressees"), [...base, "addressees"], "addressee");
    if (typeof actor === "string" && typeof issue === "string" && typeof option === "string") {
      const line = forbiddenBy.get(`${actor}\u0000${issue}`)?.get(option);
      if (line !== undefined) {
        c.add(
          [...base, "option"],
          `actor ${quote(actor)} demands option ${quote(option)}, which its own red line ${quote(line)} forbids`,
        );
      }
    }
  });

  // --- tracks ------------------------------------------------------------------------------------------
  /** Per track id: its minutes (scheduled + overrun) and whether it can be held at all. */
  const trackFacts = new Map<
    string,
    { end: number | undefined; scheduled: number; overrun: number; playable: boolean }
  >();
  let previous: { date: string; index: number } | undefined;
  items(tracks).forEach((track, t) => {
    const base: PathKey[] = ["tracks", t];
    const trackId = str(get(track, "id"));

    const date = str(get(track, "date"));
    if (date !== undefined && isCalendarDate(date)) {
      if (previous !== undefined && date < previous.date) {
        c.add(
          [...base, "date"],
          `${date} is before ${previous.date}, the date of ${jsonPath(["tracks", previous.index])}; list tracks in date order`,
        );
      }
      previous = { date, index: t };
    }

    const participantsRaw = get(track, "participants");
    const participants = items(participantsRaw);
    participants.forEach((p, k) => {
      c.ref([...base, "participants", k], p, actorIndex, noActor);
    });
    c.repeats(participantsRaw, [...base, "participants"], "participant");
    const names = participants.filter((p): p is string => typeof p === "string");
    const participantIndex = indexOfValues(names);
    const known = participantIndex.ids.filter((p) => actorIndex.first.has(p));

    const format = get(track, "format");
    const chair = get(track, "chair");
    if (format === "bilateral") {
      if (participants.length >= 2 && participantIndex.ids.length !== 2) {
        c.add(
          [...base, "participants"],
          `a bilateral track has exactly 2 participants, not ${participantIndex.ids.length}; use "format": "multilateral" for more`,
        );
      }
      if (chair !== null && chair !== undefined) {
        c.add([...base, "chair"], 'a bilateral track has no chair; write "chair": null');
      }
    } else if (format === "multilateral") {
      if (chair === null) {
        c.add([...base, "chair"], "a multilateral track needs a chair: the participant who gives the floor");
      } else if (typeof chair === "string" && c.ref([...base, "chair"], chair, actorIndex, noActor)) {
        if (participantIndex.ids.length >= 2 && !participantIndex.first.has(chair)) {
          c.add(
            [...base, "chair"],
            `the chair ${quote(chair)} is not a participant of this track; add it to "participants"`,
          );
        }
      }
    }

    const order = get(track, "speakingOrder");
    // With fewer than two participants the track's list is already reported as broken; comparing the
    // speaking order with it would only repeat that.
    if (Array.isArray(order) && participantIndex.ids.length >= 2) {
      items(order).forEach((speaker, k) => {
        const path = [...base, "speakingOrder", k];
        if (typeof speaker !== "string" || participantIndex.first.has(speaker)) return;
        const suggestion = closestMatch(speaker, participantIndex.ids);
        c.add(
          path,
          `${quote(speaker)} is not a participant of this track${didYouMean(suggestion)}`,
          suggestion,
        );
      });
      c.repeats(order, [...base, "speakingOrder"], "speaker");
      const listed = new Set(order.filter((s): s is string => typeof s === "string"));
      const left = participantIndex.ids.filter((p) => !listed.has(p));
      if (left.length > 0) {
        c.add(
          [...base, "speakingOrder"],
          `the speaking order must list every participant exactly once; it leaves out ${quoteAll(left)}`,
        );
      }
    }

    const agenda = items(get(track, "agenda"));
    let agendaMinutes = 0;
    let agendaComplete = Array.isArray(get(track, "agenda"));
    agenda.forEach((item, k) => {
      c.ref([...base, "agenda", k, "issue"], get(item, "issue"), issueIndex, noIssue);
      const itemMinutes = minutes(get(item, "minutes"));
      if (itemMinutes === undefined) agendaComplete = false;
      else agendaMinutes += itemMinutes;
    });
    const scheduled = minutes(get(track, "scheduledMinutes"));
    const overrun = minutes(get(track, "maxOverrunMinutes"));
    const end = scheduled !== undefined && overrun !== undefined ? scheduled + overrun : undefined;
    if (agendaComplete && end !== undefined && agendaMinutes > end) {
      c.add(
        [...base, "agenda"],
        `the agenda items take ${agendaMinutes} minutes, more than the track's ${end} (${scheduled} scheduled + ${overrun} overrun); later items could never be reached`,
      );
    }

    if (trackId !== undefined && !trackFacts.has(trackId)) {
      const playable = !actorIndex.complete || !Array.isArray(participantsRaw) || known.length >= 2;
      trackFacts.set(trackId, { end, scheduled: scheduled ?? 0, overrun: overrun ?? 0, playable });
    }
  });

  // --- injects -----------------------------------------------------------------------------------------
  items(injects).forEach((inject, j) => {
    const base: PathKey[] = ["injects", j];
    const track = get(inject, "track");
    c.ref([...base, "track"], track, trackIndex, noTrack);
    const facts = typeof track === "string" ? trackFacts.get(track) : undefined;
    const trigger = get(inject, "trigger");
    const kind = get(trigger, "kind");
    if (facts !== undefined && !facts.playable) {
      c.add(
        [...base, "track"],
        `track ${quote(String(track))} can never be held (it has fewer than two known participants), so this inject never fires`,
      );
    } else if (kind === "scheduled") {
      const at = num(get(trigger, "atMinute"));
      if (at !== undefined && facts?.end !== undefined && at > facts.end) {
        c.add(
          [...base, "trigger", "atMinute"],
          `minute ${at} is never reached: track ${quote(String(track))} ends by minute ${facts.end} (${facts.scheduled} scheduled + ${facts.overrun} overrun), so this inject never fires`,
        );
      }
    } else if (kind === "random" && get(trigger, "probability") === 0) {
      c.add(
        [...base, "trigger", "probability"],
        "a probability of 0 means this inject never fires; give it a chance above 0 or remove it",
      );
    }
    items(get(get(inject, "effect"), "trust")).forEach((change, k) => {
      trustEnds(c, [...base, "effect", "trust", k], change, actorIndex);
    });
  });

  // --- world -------------------------------------------------------------------------------------------
  const pairs = new Map<string, number>();
  items(get(get(data, "world"), "trust")).forEach((entry, k) => {
    const path: PathKey[] = ["world", "trust", k];
    trustEnds(c, path, entry, actorIndex);
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

  // --- rules -------------------------------------------------------------------------------------------
  const moveIndex = indexOfValues([...MOVE_TYPES]);
  for (const [key] of entries(get(get(data, "rules"), "minutes"))) {
    c.ref(["rules", "minutes", key], key, moveIndex, (v) => `no kind of move ${quote(v)}`);
  }

  // --- history -----------------------------------------------------------------------------------------
  const history = get(data, "history");
  items(get(history, "moves")).forEach((move, m) => {
    const base: PathKey[] = ["history", "moves", m];
    c.ref([...base, "actor"], get(move, "actor"), actorIndex, noActor);
    const issue = get(move, "issue");
    if (issue !== undefined) {
      c.ref([...base, "issue"], issue, issueIndex, noIssue);
      const option = get(move, "option");
      if (option !== undefined) optionRef([...base, "option"], issue, option);
    }
    const redLine = get(move, "redLine");
    if (redLine !== undefined) c.ref([...base, "redLine"], redLine, redLineIndex, noRedLine);
  });
  const outcome = get(history, "outcome");
  items(get(outcome, "tracks")).forEach((result, k) => {
    const base: PathKey[] = ["history", "outcome", "tracks", k];
    c.ref([...base, "track"], get(result, "track"), trackIndex, noTrack);
    for (const [issue, option] of entries(get(result, "agreed"))) {
      if (c.ref([...base, "agreed", issue], issue, issueIndex, noIssue)) {
        optionRef([...base, "agreed", issue], issue, option);
      }
    }
    items(get(result, "tabled")).forEach((tabled, n) => {
      const path: PathKey[] = [...base, "tabled", n];
      c.ref([...path, "issue"], get(tabled, "issue"), issueIndex, noIssue);
      optionRef([...path, "option"], get(tabled, "issue"), get(tabled, "option"));
      c.ref([...path, "by"], get(tabled, "by"), actorIndex, noActor);
    });
  });
  for (const [actor] of entries(get(outcome, "utilities"))) {
    c.ref(["history", "outcome", "utilities", actor], actor, actorIndex, noActor);
  }

  // --- sources cited anywhere below the root -----------------------------------------------------------
  if (isObj(data)) {
    for (const [key, value] of Object.entries(data)) {
      if (key !== "sources") citedSources(c, value, [key], sourceIndex, 1);
    }
  }

  return c.problems;
}

/** Whether an actor cares about an issue: a positive weight, or (weighting no issue at all) all equally. */
function caresAbout(actor: unknown, issueId: string, issueIndex: Index): "yes" | "no" | "equal" {
  const weights = get(actor, "weights");
  if (!isObj(weights)) return "no";
  let total = 0;
  for (const id of issueIndex.ids) total += Math.max(0, num(get(weights, id)) ?? 0);
  if (total === 0) return issueIndex.complete ? "equal" : "no";
  return (num(get(weights, issueId)) ?? 0) > 0 ? "yes" : "no";
}

function trustEnds(c: Checker, path: readonly PathKey[], entry: unknown, actorIndex: Index): void {
  const from = get(entry, "from");
  const to = get(entry, "to");
  c.ref([...path, "from"], from, actorIndex, noActor);
  c.ref([...path, "to"], to, actorIndex, noActor);
  if (typeof from === "string" && from === to)
    c.add([...path, "to"], "trust runs between two different actors");
}

/** Checks every `sources` list below the root against the scenario's list of sources. */
function citedSources(c: Checker, node: unknown, path: PathKey[], index: Index, depth: number): void {
  if (c.full || depth > MAX_WALK_DEPTH) return;
  if (Array.isArray(node)) {
    node.forEach((child, i) => {
      citedSources(c, child, [...path, i], index, depth + 1);
    });
    return;
  }
  if (!isObj(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "sources" && Array.isArray(value)) {
      value.forEach((source, i) => {
        c.ref([...path, key, i], source, index, noSource);
      });
    } else {
      citedSources(c, value, [...path, key], index, depth + 1);
    }
  }
}
