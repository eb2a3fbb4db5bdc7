/** The bounds that keep checking a scenario quick whatever it is given. */
export const SCENARIO_LIMITS = Object.freeze({
  /** Longest scenario text `parseScenarioJson` reads, in characters (5 MB). */
  maxTextLength: 5 * 1024 * 1024,
  /** Deepest nesting of objects and lists. A scenario needs about 6 levels. */
  maxDepth: 64,
  /** Most values (objects, lists, texts, numbers…) in one scenario. */
  maxValues: 400_000,
  /** Most problems reported; past this, checking stops. */
  maxProblems: 200,
} as const);

/**
 * Counts the work a check does, in steps: a value visited, an entry looked up, a cell of an edit-distance
 * table. The checks only add to it; tests read it to show that the work grows in step with the input
 * (hostile input included) rather than with its square or cube.
 */
export interface WorkMeter {
  steps: number;
}

/** A fresh meter at zero steps. */
export function newMeter(): WorkMeter {
  return { steps: 0 };
}
