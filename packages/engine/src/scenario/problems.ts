import type { WorkMeter } from "./limits.js";

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

/** The path of the whole scenario. */
export const ROOT_PATH = "(root)";

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
  return out === "" ? ROOT_PATH : out;
}

/** `path: message`, one line, as the CLI and the web editor show a problem. */
export function formatScenarioIssue(issue: ScenarioIssue): string {
  return `${issue.path}: ${issue.message}`;
}

/**
 * The problems found so far, at most `limit` of them: past it more are dropped, and `full` tells the checks
 * to stop looking. Carries the meter that the checks count their work on.
 */
export class ProblemList {
  readonly items: ScenarioIssue[] = [];
  constructor(
    private readonly limit: number,
    readonly meter: WorkMeter,
  ) {}

  /** Whether the list holds as many problems as it may. */
  get full(): boolean {
    return this.items.length >= this.limit;
  }

  /** Records a problem at `path`, unless the list is full. */
  add(path: readonly PathKey[], message: string, suggestion?: string): void {
    if (this.full) return;
    this.items.push(
      suggestion === undefined
        ? { path: jsonPath(path), message }
        : { path: jsonPath(path), message, suggestion },
    );
  }
}

/**
 * The problems as reported: with more than `max`, the first `max - 1` and a last one saying that checking
 * stopped there.
 */
export function capped(problems: readonly ScenarioIssue[], max: number): ScenarioIssue[] {
  if (problems.length <= max) return [...problems];
  const kept = problems.slice(0, max - 1);
  kept.push({
    path: ROOT_PATH,
    message: `more than ${max} problems; checking stopped after the first ${max - 1}. Fix these and check again`,
  });
  return kept;
}
